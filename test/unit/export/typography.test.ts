import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../../shared/export/export-document';
import { typesetDocument, typesetLine } from '../../../shared/export/typography';

const NBSP = '\u00A0';
const doc = (patch: Partial<ExportDocument>): ExportDocument => ({
  language: 'en',
  title: null,
  byline: null,
  blocks: [],
  paper: 'letter',
  ...patch,
});

describe('typography of released text', () => {
  it('curls English quotes and apostrophes, single inside double', () => {
    expect(typesetLine(`She said "don't call me 'the girl' again."`, 'en')).toBe(
      'She said \u201Cdon\u2019t call me \u2018the girl\u2019 again.\u201D',
    );
    expect(typesetLine(`The witnesses' rights ("all of them")`, 'en')).toBe(
      'The witnesses\u2019 rights (\u201Call of them\u201D)',
    );
  });

  it('uses Spanish angular quotes, with English quotes inside', () => {
    expect(typesetLine('Me dijo: "no digas "nada" a nadie".', 'es')).toBe(
      'Me dijo: \u00ABno digas \u201Cnada\u201D a nadie\u00BB.',
    );
    expect(typesetLine('¿"Trabajo"?', 'es')).toBe('¿\u00ABTrabajo\u00BB?');
  });

  it('follows a quote across runs of different formatting in one paragraph', () => {
    const out = typesetDocument(
      doc({
        blocks: [
          { type: 'paragraph', runs: [{ text: 'He wrote "' }, { text: 'never', italic: true }, { text: '".' }] },
        ],
      }),
    );
    expect(out.blocks).toEqual([
      {
        type: 'paragraph',
        runs: [{ text: 'He wrote \u201C' }, { text: 'never', italic: true }, { text: '\u201D.' }],
      },
    ]);
    // A run without quotes still says how the next one starts: after a space, a quote opens.
    const opened = typesetDocument(
      doc({ blocks: [{ type: 'paragraph', runs: [{ text: 'He wrote ' }, { text: `"never" and 'no'` }] }] }),
    );
    expect(opened.blocks[0]).toEqual({
      type: 'paragraph',
      runs: [{ text: 'He wrote ' }, { text: '\u201Cnever\u201D and \u2018no\u2019' }],
    });
    // …and after a word, a quote in the next run closes.
    const closed = typesetDocument(
      doc({ blocks: [{ type: 'paragraph', runs: [{ text: 'He wrote "never ' }, { text: 'again' }, { text: '".' }] }] }),
    );
    expect(closed.blocks[0]).toEqual({
      type: 'paragraph',
      runs: [{ text: 'He wrote \u201Cnever ' }, { text: 'again' }, { text: '\u201D.' }],
    });
  });

  it('holds every placeholder on one line and changes nothing else of it', () => {
    const out = typesetDocument(
      doc({
        language: 'es',
        headingBlock: ['Declaración de [nombre omitido]'],
        blocks: [
          { type: 'paragraph', runs: [{ text: 'Me llevó a ' }, { text: '[lugar omitido]', change: 'redacted' }] },
        ],
        signature: ['[contacto omitido]'],
      }),
    );
    expect(out.headingBlock).toEqual([`Declaración de [nombre${NBSP}omitido]`]);
    expect(out.blocks[0]).toEqual({
      type: 'paragraph',
      runs: [{ text: 'Me llevó a ' }, { text: `[lugar${NBSP}omitido]`, change: 'redacted' }],
    });
    expect(out.signature).toEqual([`[contacto${NBSP}omitido]`]);
    // Only spaces inside placeholders change: the words around them keep their ordinary spaces.
    expect(typesetLine('I met [name withheld] in [place withheld].', 'en')).toBe(
      `I met [name${NBSP}withheld] in [place${NBSP}withheld].`,
    );
  });

  it('leaves the letters of the text alone: only quote marks and placeholder spaces differ', () => {
    const text = `"A" 'b' c's [organization withheld] — "d"`;
    const out = typesetLine(text, 'en');
    expect(out.length).toBe(text.length);
    expect(out.replace(/[\u201C\u201D\u2018\u2019]/g, 'Q').replace(/\u00A0/g, ' ')).toBe(text.replace(/["']/g, 'Q'));
  });
});
