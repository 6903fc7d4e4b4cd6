import mammoth from 'mammoth';
import { checkDocxSize } from './docx-size-check';
import { dropHiddenDocxText } from './hidden-docx-text';
import { storyFromHtml } from './from-html';
import { importErrors } from './import-errors';
import type { ImportOptions, ImportedStory } from './imported-story';

/** Mammoth leaves underline out by default (it is often decoration); a survivor's emphasis is kept. */
const STYLE_MAP = ['u => u'];

/** Images are dropped by the HTML path anyway; an empty src spares decoding them to data: URIs. */
const noImages = mammoth.images.imgElement(async () => ({ src: '' }));

/** Word → HTML with mammoth (which maps styles to h1–h6, lists, bold …) → the HTML path. */
export async function storyFromDocx(docx: Buffer, fileName: string, opts: ImportOptions = {}): Promise<ImportedStory> {
  checkDocxSize(docx);
  // Hidden text is invisible in Word: it must not become visible, unmarked story text here.
  const { bytes, dropped } = dropHiddenDocxText(docx);
  let html: string;
  try {
    // externalFileAccess off: a document must not make Harbor read other files on this computer.
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      { styleMap: STYLE_MAP, externalFileAccess: false, convertImage: noImages },
    );
    html = result.value;
  } catch {
    throw importErrors.unreadableDocx();
  }
  const story = storyFromHtml(html, fileName, opts);
  if (!dropped) return story;
  return {
    ...story,
    notices: [{ key: 'import.hiddenTextDropped', params: { words: dropped.words, characters: dropped.characters } }],
  };
}
