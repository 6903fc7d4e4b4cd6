import StarterKit from '@tiptap/starter-kit';
import { DetailMentions } from './detail-mentions';
import { PrivateNote } from './private-note';
import { SensitiveMark } from './sensitive-mark';
import { TypedText } from './typed-text';

/**
 * The editor's schema matches the stored story model exactly (shared/story): anything else a paste
 * brings (links, images, code, tables, styles, scripts) has no node to land in and is dropped.
 */
export function harborExtensions() {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      link: false,
      dropcursor: false,
    }),
    SensitiveMark,
    DetailMentions,
    PrivateNote,
    TypedText,
  ];
}
