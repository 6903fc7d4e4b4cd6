import { describe, expect, it } from 'vitest';
import {
  addCleared,
  clearedKey,
  clearedListSchema,
  clearedTextSchema,
  CLEARED_LIMITS,
} from '../../../shared/consent/cleared';
import type { AuthorName } from '../../../shared/consent/identity';
import type { DocNode as PMNode, StoryDoc, WalkedNode } from '../../../shared/core/story-doc';
import { checkBlocks, storyCandidates, unmarkedCandidates } from '../../../shared/consent/unmarked-check';
import { releaseDocument } from '../../../shared/release/release-gate';
import { registerFromDoc } from '../../../shared/story/detail-register';
import { terms } from '../export/helpers/fixtures';

const text = (t: string, marks?: PMNode['marks']): PMNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const para = (...content: PMNode[]): PMNode => ({ type: 'paragraph', content });
const sensitive = (t: string) => text(t, [{ type: 'sensitive', attrs: { category: 'contact', id: 'd1' } }]);
// Built loosely, as stored JSON the check must read defensively (a code block, a text node without text).
const stored = (content: PMNode[]) => content as WalkedNode[];
const story = (content: PMNode[], cleared?: string[]) => ({
  doc: { type: 'doc', content } as StoryDoc,
  ...(cleared ? { cleared } : {}),
});

describe('the identifying-detail gate (storyCandidates)', () => {
  const doc = [
    para(text('The boss called me from 555-123-4567 every night.')),
    { type: 'heading', content: [text('Write to maria@example.org')] },
    para(text('Again 555-123-4567, and later ')),
    { type: 'privateNote', content: [para(text('My sister is at 555-987-6543'))] },
  ];

  it('lists each unmarked candidate once, with its kind and where it is, and skips private notes', () => {
    const found = storyCandidates(story(doc), 'en');
    expect(found.map((c) => [c.kind, c.text])).toEqual([
      ['phone', '555-123-4567'],
      ['email', 'maria@example.org'],
    ]);
    expect(found[0]!.context).toContain('called me from 555-123-4567');
    expect(found.some((c) => c.text.includes('987'))).toBe(false);
  });

  it('does not ask about words already marked sensitive', () => {
    const marked = [para(text('The boss called me from '), sensitive('555-123-4567'), text(' every night.'))];
    expect(storyCandidates(story(marked), 'en')).toEqual([]);
  });

  it('asks about a candidate only partly marked, whose unmarked part would leave; other marks decide nothing', () => {
    const bold = { type: 'bold' };
    const personMark = { type: 'sensitive', attrs: { category: 'person', id: 'p1' } };
    // "Carlos" marked (and bold), " Ruiz" not: withholding the mark still lets "Ruiz" out, so it is asked.
    const partly = [para(text('Later '), text('Carlos', [bold, personMark]), text(' Ruiz came back.'))];
    expect(storyCandidates(story(partly), 'en').map((c) => c.text)).toEqual(['Carlos Ruiz']);
    // Marked whole, across two runs: nothing is left to decide.
    const whole = [
      para(text('Later '), text('Carlos', [bold, personMark]), text(' Ruiz', [personMark]), text(' came.')),
    ];
    expect(storyCandidates(story(whole), 'en')).toEqual([]);
    // Other marks are not a decision: a bold or italic name is asked about.
    const formatted = [para(text('Later '), text('Rosa Delgado', [bold, { type: 'italic' }]), text(' came.'))];
    expect(storyCandidates(story(formatted), 'en').map((c) => c.text)).toEqual(['Rosa Delgado']);
    // A mark that ends where a name starts, or starts where it ends, does not touch it.
    const around = [para(sensitive('Call '), text('Rosa Delgado'), sensitive(' tonight'))];
    expect(storyCandidates(story(around), 'en').map((c) => c.text)).toEqual(['Rosa Delgado']);
  });

  it('takes a marked range as decided even before any register knows its words (a mark just made)', () => {
    const line = 'Call 555-123-4567 now';
    const start = line.indexOf('555');
    expect(unmarkedCandidates([{ text: line, marked: [] }], 'en', new Set()).map((c) => c.text)).toEqual([
      '555-123-4567',
    ]);
    expect(unmarkedCandidates([{ text: line, marked: [[start, start + 12]] }], 'en', new Set())).toEqual([]);
    // Marked only in part: the rest of the number would leave, so it is still asked about.
    expect(
      unmarkedCandidates([{ text: line, marked: [[start, start + 7]] }], 'en', new Set()).map((c) => c.text),
    ).toEqual(['555-123-4567']);
    // Read from the document (as the export does, with no register saved yet): the mark is the decision,
    // bold or not.
    const doc = stored([
      para(
        text('Call '),
        text('Rosa Delgado', [{ type: 'bold' }]),
        text(' at '),
        text('555-123-4567', [{ type: 'bold' }, ...sensitive('').marks!]),
      ),
    ]);
    expect(checkBlocks(doc)).toEqual([{ text: 'Call Rosa Delgado at 555-123-4567', marked: [[21, 33]] }]);
    expect(unmarkedCandidates(checkBlocks(doc), 'en', new Set()).map((c) => c.text)).toEqual(['Rosa Delgado']);
  });

  it('does not ask again about words cleared as fine to share, whatever their case or accents', () => {
    const cleared = addCleared([], ['555-123-4567', 'MARÍA@example.org']);
    const withAccent = [...doc, para(text('Or maría@example.org'))];
    expect(storyCandidates(story(withAccent, cleared), 'en')).toEqual([]);
    // Clearing one detail leaves the other to decide.
    expect(storyCandidates(story(doc, addCleared([], ['555-123-4567'])), 'en').map((c) => c.text)).toEqual([
      'maria@example.org',
    ]);
  });

  it('finds Spanish names and numbers in a Spanish story', () => {
    const es = [para(text('Ayer Juan Pérez me llamó al 612 345 678.'))];
    const found = storyCandidates(story(es), 'es').map((c) => [c.kind, c.text]);
    expect(found).toContainEqual(['person', 'Juan Pérez']);
    expect(found).toContainEqual(['phone', '612 345 678']);
  });

  it('reads nested blocks (lists, quotes) and counts a line break as one character', () => {
    const nested = [
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [para(text('Call'), { type: 'hardBreak' }, text('555-123-4567'))] }],
      },
    ];
    expect(checkBlocks(stored(nested))).toEqual([{ text: 'Call\n555-123-4567', marked: [] }]);
    // A code block's text is read like a paragraph's; a text node without text adds nothing.
    const code = [{ type: 'codeBlock', content: [{ type: 'text' }, text('maria@example.org')] }];
    expect(checkBlocks(stored(code))).toEqual([{ text: 'maria@example.org', marked: [] }]);
    expect(storyCandidates(story(code), 'en').map((c) => c.text)).toEqual(['maria@example.org']);
    expect(storyCandidates(story(nested), 'en').map((c) => c.text)).toEqual(['555-123-4567']);
  });
});

describe('details marked one by one and joined by a connector ("de la", "y", "of")', () => {
  /** What the check asks about in `line` with each of `marked` (every occurrence) marked. */
  const asked = (line: string, lang: 'en' | 'es', ...marked: string[]) => {
    const ranges: [number, number][] = [];
    for (const m of marked)
      for (const at of line.matchAll(new RegExp(m, 'gu'))) ranges.push([at.index, at.index + m.length]);
    return unmarkedCandidates([{ text: line, marked: ranges }], lang, new Set()).map((c) => c.text);
  };

  it('in Spanish, asks nothing once every detail on either side of the connector is marked', () => {
    const cases: [string, string[]][] = [
      [
        'Me tuvieron en Ciudad Juárez y Rogelio Baptiste se quedó con mi pasaporte.',
        ['Ciudad Juárez', 'Rogelio Baptiste'],
      ],
      ['Conocí a María de la Cruz.', ['María', 'Cruz']],
      ['Conocí a Rosa de las Nieves.', ['Rosa', 'Nieves']],
      ['Conocí a Rosa de los Ángeles.', ['Rosa', 'Ángeles']],
      ['Conocí a Juan del Río.', ['Juan', 'Río']],
      ['Conocí a Juan las Palmas.', ['Juan', 'Palmas']],
      ['Vivía en el Paseo el Prado 5.', ['Paseo', 'Prado 5']],
    ];
    for (const [line, marked] of cases) {
      expect(asked(line, 'es'), line).not.toEqual([]);
      expect(asked(line, 'es', ...marked), line).toEqual([]);
    }
  });

  it('in English, the same for the words compromise joins names with', () => {
    const cases: [string, string[]][] = [
      ['We sailed to the Isle of Man.', ['Isle', 'Man']],
      ['I met Maria de la Cruz there.', ['Maria', 'Cruz']],
      ['I met Rosa de las Nieves there.', ['Rosa', 'Nieves']],
      ['Maria de los Angeles was there.', ['Maria', 'Angeles']],
      ['I lived in Ciudad Juárez y Rogelio Baptiste drove.', ['Juárez', 'Rogelio Baptiste']],
      ['Then Rosa e Isabel came.', ['Rosa', 'Isabel']],
      ['He knew Vincent van Gogh.', ['Vincent', 'Gogh']],
      ['Then Pierre du Pont came.', ['Pierre', 'Pont']],
    ];
    for (const [line, marked] of cases) {
      expect(asked(line, 'en'), line).not.toEqual([]);
      expect(asked(line, 'en', ...marked), line).toEqual([]);
    }
  });

  it('still asks about a name on either side of the connector that is not marked', () => {
    expect(asked('Conocí a María de la Cruz.', 'es', 'María')).toEqual(['María de la Cruz']);
    expect(asked('Conocí a María de la Cruz.', 'es', 'Cruz')).toEqual(['María de la Cruz']);
    expect(asked('Conocí a María de la Cruz.', 'es', 'María de la')).toEqual(['María de la Cruz']);
    const pedro = 'Me tuvieron en Ciudad Juárez y Pedro Ramírez se quedó con mi pasaporte.';
    expect(asked(pedro, 'es', 'Ciudad Juárez')).toEqual(['Ciudad Juárez y Pedro Ramírez']);
    expect(asked(pedro, 'es', 'Ciudad Juárez', 'Pedro')).toEqual(['Ciudad Juárez y Pedro Ramírez']);
    expect(asked('I met Maria de la Cruz there.', 'en', 'Maria')).toEqual(['Maria de la Cruz']);
    expect(asked('We sailed to the Isle of Man.', 'en', 'Man')).toEqual(['Isle of Man']);
    // A mark that stops inside a word leaves the rest of it ("z" of "Ruiz") to go out as written.
    expect(asked('Conocí a María de la Cruz.', 'es', 'María', 'Cru')).toEqual(['María de la Cruz']);
    expect(asked('Later Carlos Ruiz came.', 'en', 'Carlos', 'Rui')).toEqual(['Carlos Ruiz']);
  });

  it('asks about a name without the connector after it, and nothing more once the name is marked', () => {
    expect(asked('Rosa de la ciudad told me.', 'en')).toEqual(['Rosa']);
    expect(asked('Then Carlos van left the house.', 'en')).toEqual(['Carlos']);
    expect(asked('Vi a María De en la casa.', 'es')).toEqual(['María']);
    // Before, "María De" was asked about again with "María" marked: the capital "De" was left over.
    expect(asked('Vi a María De en la casa.', 'es', 'María')).toEqual([]);
    expect(asked('Fui con Rosa Del', 'es', 'Rosa')).toEqual([]);
  });

  it('takes a connector only as a whole word: inside an address or written with a capital it is a detail', () => {
    // "de" and "la" inside an e-mail address are part of it, and leave unless marked.
    const mail = 'Escribe a carlos.de.la.cruz@correo.es hoy.';
    expect(asked(mail, 'es', 'carlos', 'cruz@correo.es')).toEqual(['carlos.de.la.cruz@correo.es']);
    // "Del" and "Y" with a capital are words of the name, not joins.
    expect(asked('Conocí a Juan Del Río.', 'es', 'Juan', 'Río')).toEqual(['Juan Del Río']);
    expect(asked('Conocí a Ana Y Rosa.', 'es', 'Ana', 'Rosa')).toEqual(['Ana Y Rosa']);
  });
});

describe('the cleared list', () => {
  it('remembers no blank words, and nothing longer than its limit', () => {
    expect(addCleared(['lima'], ['   ', '\n'])).toEqual(['lima']);
    expect(clearedKey('x'.repeat(CLEARED_LIMITS.chars + 50))).toHaveLength(CLEARED_LIMITS.chars);
    // What is stored is checked on the way in: one word to the limit, a list to its length.
    expect(clearedTextSchema.safeParse('').success).toBe(false);
    expect(clearedTextSchema.safeParse('ab').success).toBe(true);
    expect(clearedTextSchema.safeParse('x'.repeat(CLEARED_LIMITS.chars)).success).toBe(true);
    expect(clearedTextSchema.safeParse('x'.repeat(CLEARED_LIMITS.chars + 1)).success).toBe(false);
    expect(clearedListSchema.safeParse(['lima']).success).toBe(true);
    const tooMany = Array.from({ length: CLEARED_LIMITS.entries + 1 }, (_, i) => `w${i}`);
    expect(clearedListSchema.safeParse(tooMany).success).toBe(false);
  });

  it('keeps folded words once each, and no more than its limit', () => {
    expect(clearedKey('  Juan   PÉREZ ')).toBe('juan perez');
    expect(addCleared(['juan perez'], ['Juan Pérez', 'Lima'])).toEqual(['juan perez', 'lima']);
    const many = Array.from({ length: CLEARED_LIMITS.entries + 3 }, (_, i) => `name ${i}`);
    const kept = addCleared([], many);
    expect(kept).toHaveLength(CLEARED_LIMITS.entries);
    expect(kept.at(-1)).toBe(`name ${CLEARED_LIMITS.entries + 2}`);
  });
});

describe('what the release gate already handles is not asked about', () => {
  const person = (t: string, id: string) => text(t, [{ type: 'sensitive', attrs: { category: 'person', id } }]);
  const author: AuthorName = { full: 'María Quirina Vantongeren' };
  const texts = (found: { text: string }[]) => found.map((c) => c.text);

  it("the author's own name, however written: the consent's identity replaces it", () => {
    const doc = [para(text('My name is MARIA Vantongeren and QUIRINA is what my mother called me.'))];
    // Without the author the name is a candidate like any other; with it, nothing is left to decide.
    expect(texts(storyCandidates(story(doc), 'es'))).toEqual(['MARIA Vantongeren', 'QUIRINA']);
    expect(storyCandidates(story(doc), 'es', author)).toEqual([]);
    // Someone else's name beside it is still asked about.
    const withOther = [para(text('María Vantongeren met Rosa Delgado.'))];
    expect(texts(storyCandidates(story(withOther), 'en', author))).toEqual(['Rosa Delgado']);
  });

  it('an unmarked mention of a marked detail, in any spelling the register knows', () => {
    const doc = [
      para(text('We worked for '), person('Carlos Vance', 'p1'), text('.')),
      para(text('Mr. Vance shouted at Carlos again. Carlos Vance’s truck was outside.')),
    ];
    expect(storyCandidates(story(doc), 'en')).toEqual([]);
  });

  it('a spelling the person turned off in the register is asked about again', () => {
    const doc = [para(text('We worked for '), person('Carlos Vance', 'p1'), text('. Later Carlos came back.'))];
    const details = registerFromDoc({ type: 'doc', content: doc }).map((d) => ({
      ...d,
      variants: d.variants.map((v) => (v.text === 'Carlos' ? { ...v, on: false } : v)),
    }));
    expect(texts(storyCandidates({ ...story(doc), details }, 'en'))).toEqual(['Carlos']);
  });

  it('a candidate the gate replaces only in part is still asked about: the rest of it would leave', () => {
    const doc = [para(person('Carlos', 'p1'), text(' drove. Later Carlos Ruiz came back.'))];
    expect(texts(storyCandidates(story(doc), 'en'))).toEqual(['Carlos Ruiz']);
    const last = [para(person('Delgado', 'p2'), text(' drove. Later Rosa Delgado came back.'))];
    expect(texts(storyCandidates(story(last), 'en'))).toEqual(['Rosa Delgado']);
    // Every part known (each marked on its own): nothing of it is left, the space between is no detail.
    const both = [
      para(person('Rosa', 'p1'), text(' and '), person('Delgado', 'p2'), text('. Later Rosa Delgado came.')),
    ];
    expect(storyCandidates(story(both), 'en')).toEqual([]);
    // Nor does a known name on one side of a line break cover a stranger on the other.
    const split = [
      para(person('Carlos', 'p1'), text(' said: Call'), { type: 'hardBreak' }, text('Carlos Ruiz tomorrow.')),
    ];
    expect(texts(storyCandidates(story(split), 'en'))).toEqual(['Carlos Ruiz']);
  });

  it("another story's register and an empty author name cover nothing", () => {
    const blocks = checkBlocks(stored([para(text('The boss called me from 555-123-4567. Rosa Delgado knew.'))]));
    const other = registerFromDoc({ type: 'doc', content: [para(person('Carlos Vance', 'p9'))] });
    const found = unmarkedCandidates(blocks, 'en', new Set(), { registers: [other], author: { full: '  ' } });
    expect(texts(found)).toEqual(['555-123-4567', 'Rosa Delgado']);
  });

  it('whatever the check leaves out for the gate, the gate withholds: none of it is in the released text', () => {
    const doc: PMNode[] = [
      para(text('I am María Vantongeren. We worked for '), person('Carlos Vance', 'p1'), text(' in Fresno.')),
      para(
        text('Mr. Vance called'),
        { type: 'hardBreak' },
        text('Quirina at night; Carlos Vance’s wife Rosa Delgado knew.'),
      ),
      { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('CARLOS VANCE, 555-123-4567'))] }] },
    ];
    // Without the gate's part: what the check would ask were the register and the author unknown.
    const all = unmarkedCandidates(checkBlocks(stored(doc)), 'en', new Set());
    const asked = storyCandidates(story(doc), 'en', author);
    const skipped = all.filter((c) => !asked.some((a) => a.key === c.key));
    expect(texts(skipped).length).toBeGreaterThan(2);
    const released = releaseDocument(
      { body: story(doc).doc },
      { terms: terms(['person', 'place', 'contact']), author, language: 'en' },
    );
    const out = JSON.stringify(released.body);
    for (const c of skipped) for (const word of c.text.split(/\s+/)) expect(out).not.toContain(word);
    expect(texts(asked)).toEqual(expect.arrayContaining(['Rosa Delgado', '555-123-4567']));
    // What is still asked about is what the gate would let out as written.
    for (const c of asked) expect(out).toContain(c.text);
  });
});
