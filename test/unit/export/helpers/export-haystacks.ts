import { decodedStream, extractText, scanObjects } from './pdf-inspect';
import { decodeEntities, docxParts, joinedText } from '../../../support/docx-inspect';
import { looksBinary, type Haystack } from './leak-check';

/** Every unzipped part as written, entity-decoded, and with its runs' text joined. */
export function docxHaystacks(docx: Buffer): Haystack[] {
  return [...docxParts(docx)].flatMap(([name, xml]) => [
    { label: `docx ${name}`, text: xml },
    { label: `docx ${name} (decoded)`, text: decodeEntities(xml) },
    { label: `docx ${name} (runs joined)`, text: joinedText(xml) },
  ]);
}

/** The file's bytes, every stream decompressed, and the text a reader would extract. */
export function pdfHaystacks(pdf: Buffer): Haystack[] {
  const objects = scanObjects(pdf);
  const streams = objects.flatMap((o) => {
    const data = decodedStream(o);
    if (!data) return [];
    const binary = looksBinary(data.toString('latin1'));
    return [
      { label: `pdf stream ${o.num} (bytes)`, text: data.toString('latin1'), binary },
      { label: `pdf stream ${o.num} (utf8)`, text: data.toString('utf8'), binary },
    ];
  });
  return [
    { label: 'pdf file bytes', text: pdf.toString('latin1'), binary: true },
    // Everything outside stream data (dictionaries, strings, the Info dictionary), as text.
    { label: 'pdf object dictionaries', text: objects.map((o) => o.head).join('\n') },
    ...streams,
    { label: 'pdf extracted text', text: extractText(pdf) },
    // Right-to-left text is drawn, and so extracted, in visual order: read backwards it is the text.
    // Only its runs are read backwards: Latin text read backwards spells names by chance ("places"
    // holds "Seca"), which would be reported as a leak of a name that never left.
    { label: 'pdf extracted text, right to left', text: rightToLeftRuns(extractText(pdf)) },
  ];
}

const RTL_LETTER = String.raw`\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}`;
/** A run of right-to-left letters, with the marks, spaces and punctuation between its words. */
const RTL_RUN = new RegExp(`[${RTL_LETTER}](?:[${RTL_LETTER}\\p{M}\\s\\p{P}]*[${RTL_LETTER}\\p{M}])?`, 'gu');

/** Each right-to-left run of the text, read backwards, one per line. */
export function rightToLeftRuns(text: string): string {
  return (text.match(RTL_RUN) ?? []).map((run) => [...run].reverse().join('')).join('\n');
}
