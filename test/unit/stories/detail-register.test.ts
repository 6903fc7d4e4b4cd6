import { describe, expect, it, vi } from 'vitest';
import {
  detailRegisterSchema,
  listMarkedOccurrences,
  matchVariants,
  proposeVariants,
  registerFromDoc,
  type DetailRegister,
} from '../../../shared/story/index';
import { DOC_LIMITS } from '../../../shared/story/doc-limits';
import type { BlockNode } from '../../../shared/story/doc-types';
import { bold, doc, para, sensitive, text } from '../../support/doc-fixtures';

const texts = (variants: { text: string }[]) => variants.map((v) => v.text);
const found = (t: string, register: DetailRegister) => matchVariants(t, register).map((m) => t.slice(m.start, m.end));

describe('proposeVariants', () => {
  it('proposes, for a person, each name part of 3+ letters, possessives and English titles, all on', () => {
    const variants = proposeVariants('person', 'Teodoro Vance');
    expect(variants.every((v) => v.on && !v.added)).toBe(true);
    expect(texts(variants)).toEqual(
      expect.arrayContaining([
        'Teodoro Vance',
        'Teodoro',
        'Vance',
        "Vance's",
        "Teodoro Vance's",
        'Mr. Vance',
        'Mrs. Vance',
        'Ms. Vance',
        'Miss Vance',
        'Dr. Vance',
        'Mr. Teodoro Vance',
      ]),
    );
  });

  it('proposes one possessive that also finds the curly apostrophe', () => {
    const register = [
      {
        id: 'p',
        category: 'person' as const,
        text: 'Teodoro Vance',
        variants: proposeVariants('person', 'Teodoro Vance'),
      },
    ];
    expect(matchVariants('Vance’s car', register).map((m) => m.variant)).toEqual(["Vance's"]);
  });

  it('proposes Spanish titles, with the surname and with the first name for Don and Doña', () => {
    const variants = texts(proposeVariants('person', 'Ana de la Cruz'));
    expect(variants).toEqual(
      expect.arrayContaining([
        'Sr. Cruz',
        'Sra. Cruz',
        'Srta. Cruz',
        'Señor Cruz',
        'Señora Cruz',
        'Doña Ana',
        'Don Ana',
      ]),
    );
    // "de" and "la" are under three letters: never proposed on their own.
    expect(variants).not.toContain('de');
    expect(variants).not.toContain('la');
  });

  it('proposes only the marked text for other categories', () => {
    expect(proposeVariants('place', ' Fresno ')).toEqual([{ text: 'Fresno', on: true }]);
    expect(proposeVariants('contact', '(559) 555-0199')).toEqual([{ text: '(559) 555-0199', on: true }]);
  });
});

describe('registerFromDoc', () => {
  const story = doc(
    para(text('I met '), text('Victor ', sensitive('person', 'p1')), text('Salgado', sensitive('person', 'p1'), bold)),
    para(text('in '), text('Fresno', sensitive('place', 'l1')), text('. Victor said nothing.')),
  );

  it('lists every marked detail once, joining a name split by formatting, with proposed variants', () => {
    const register = registerFromDoc(story);
    expect(register.map((d) => [d.id, d.category, d.text])).toEqual([
      ['p1', 'person', 'Victor Salgado'],
      ['l1', 'place', 'Fresno'],
    ]);
    expect(texts(register[0]!.variants)).toEqual(expect.arrayContaining(['Victor', 'Salgado', 'Mr. Salgado']));
    expect(detailRegisterSchema.safeParse(register).success).toBe(true);
  });

  it('joins a second marking with the same id into the same detail, proposing its variants too', () => {
    const more = doc(...story.content!, para(text('Later '), text('Vic Salgado-Ruiz', sensitive('person', 'p1'))));
    const register = registerFromDoc(more, registerFromDoc(story));
    expect(register).toHaveLength(2);
    expect(register[0]!.text).toBe('Victor Salgado');
    expect(texts(register[0]!.variants)).toEqual(expect.arrayContaining(['Victor', 'Vic Salgado-Ruiz']));
  });

  it('keeps a variant the person turned off, and the variants they added, across saves', () => {
    const first = registerFromDoc(story);
    const edited = first.map((d) =>
      d.id === 'p1'
        ? {
            ...d,
            variants: [
              ...d.variants.map((v) => (v.text === 'Victor' ? { ...v, on: false } : v)),
              { text: 'Vicky', on: true, added: true },
            ],
          }
        : d,
    );
    const again = registerFromDoc(doc(...story.content!, para(text('typed later'))), edited);
    const person = again.find((d) => d.id === 'p1')!;
    expect(person.variants.find((v) => v.text === 'Victor')).toEqual({ text: 'Victor', on: false });
    expect(person.variants.find((v) => v.text === 'Vicky')).toEqual({ text: 'Vicky', on: true, added: true });
  });

  it('drops a detail whose marks are gone, and proposes for one newly marked', () => {
    const saved = registerFromDoc(story);
    const unmarked = doc(para(text('Victor Salgado in '), text('Lima', sensitive('place', 'l2'))));
    expect(registerFromDoc(unmarked, saved).map((d) => d.id)).toEqual(['l2']);
  });
});

describe('matchVariants', () => {
  const register = registerFromDoc(
    doc(
      para(
        text('Ana Pérez', sensitive('person', 'p1')),
        text(' at '),
        text('Fresno', sensitive('place', 'l1')),
        text(' '),
        text('(559) 555-0199', sensitive('contact', 'c1')),
      ),
    ),
  );

  it('finds every spelling regardless of case, accents and width', () => {
    expect(found('ANA PEREZ, ana pérez and Ａｎａ Ｐéｒｅｚ', register)).toEqual([
      'ANA PEREZ',
      'ana pérez',
      'Ａｎａ Ｐéｒｅｚ',
    ]);
    // A decomposed accent (e + combining acute) is covered with its letter.
    expect(found('Pe\u0301rez left', register)).toEqual(['Pe\u0301rez']);
  });

  it('respects word boundaries: "Ana" is not in "Banana", nor Fresno in "Fresnos"', () => {
    expect(found('Banana bread from Fresnos', register)).toEqual([]);
    expect(found('Ana, Fresno.', register)).toEqual(['Ana', 'Fresno']);
  });

  it('prefers the longest spelling and never overlaps', () => {
    const matches = matchVariants('Mr Pérez and Ana Pérez’s cousin', register);
    expect(matches.map((m) => m.variant)).toEqual(['Mr. Pérez', "Ana Pérez's"]);
    expect(matches.every((m) => m.detailId === 'p1')).toBe(true);
  });

  it('finds a name across a line break and extra spaces, a phone number after a letter', () => {
    expect(found('Ana\nPérez and Ana   Pérez', register)).toEqual(['Ana\nPérez', 'Ana   Pérez']);
    expect(found('call(559) 555-0199 now', register)).toEqual(['(559) 555-0199']);
  });

  it('skips variants that are turned off, but always finds the detail as marked', () => {
    const off = register.map((d) => ({ ...d, variants: d.variants.map((v) => ({ ...v, on: false })) }));
    expect(found('Ana came; Ana Pérez came', off)).toEqual(['Ana Pérez']);
  });

  it('goes on searching after a spelling refused at a word boundary', () => {
    const dashed = [{ id: 'c', category: 'contact' as const, text: 'b-b', variants: [] }];
    expect(matchVariants('xb-b-b', dashed).map((m) => [m.start, m.end])).toEqual([[3, 6]]);
  });

  it('returns UTF-16 offsets into the text given', () => {
    const t = '😀 Ana';
    const [m] = matchVariants(t, register);
    expect(t.slice(m!.start, m!.end)).toBe('Ana');
  });
});

describe('the register as saved', () => {
  // Loaded inside the test: a schema built once when the module loads would hide a changed limit.
  const load = async () => {
    vi.resetModules();
    return import('../../../shared/story/detail-register');
  };
  const detail = (variants: { text: string; on: boolean }[], n = 1) =>
    Array.from({ length: n }, (_, i) => ({ id: `detail-${i}`, category: 'person', text: 'Ana', variants }));

  it('keeps spellings of 1 to 300 characters (spaces around them trimmed) and at most 200 per detail', async () => {
    const { detailRegisterSchema, REGISTER_LIMITS } = await load();
    expect(REGISTER_LIMITS).toEqual({ details: 10_000, variants: 200, variantChars: 300 });
    const ok = (variants: { text: string; on: boolean }[]) => detailRegisterSchema.safeParse(detail(variants)).success;
    expect(ok([{ text: 'A', on: true }])).toBe(true);
    expect(ok([{ text: ' Ana ', on: false }])).toBe(true);
    expect(detailRegisterSchema.parse(detail([{ text: ' Ana ', on: false }]))[0]!.variants[0]!.text).toBe('Ana');
    expect(ok([{ text: '   ', on: true }])).toBe(false);
    expect(ok([{ text: 'x'.repeat(300), on: true }])).toBe(true);
    expect(ok([{ text: 'x'.repeat(301), on: true }])).toBe(false);
    expect(ok(Array.from({ length: 200 }, (_, i) => ({ text: `v${i}`, on: true })))).toBe(true);
    expect(ok(Array.from({ length: 201 }, (_, i) => ({ text: `v${i}`, on: true })))).toBe(false);
  });

  it('holds up to 10,000 details', async () => {
    const { detailRegisterSchema } = await load();
    expect(detailRegisterSchema.safeParse(detail([], 10_000)).success).toBe(true);
    expect(detailRegisterSchema.safeParse(detail([], 10_001)).success).toBe(false);
  });
});

describe('spellings a person would not tell apart', () => {
  const person = (t: string, variants: string[] = []): DetailRegister => [
    { id: 'p1', category: 'person', text: t, variants: variants.map((v) => ({ text: v, on: true })) },
  ];

  it('finds a name whatever the apostrophe, width or accents', () => {
    for (const written of ["O'Brien", 'O’Brien', 'O‘Brien', 'OʼBrien', 'Ｏ’ＢＲＩＥＮ', 'Ó’Brién'])
      expect(found(`Ask ${written} now`, person("O'Brien"))).toEqual([written]);
  });

  it('finds capitals A and Z in a text that has accents elsewhere', () => {
    expect(found('José met AZIZ and Aziz', person('aziz'))).toEqual(['AZIZ', 'Aziz']);
    expect(found('Zoë and ZOE', person('zoe'))).toEqual(['Zoë', 'ZOE']);
  });

  it('covers a separately written accent with the letter before it, even at the start', () => {
    const t = '\u0301José\u0301 left';
    const [m] = matchVariants(t, person('jose'));
    expect(t.slice(m!.start, m!.end)).toBe('José\u0301');
  });

  it('treats a letter outside the basic plane as a letter at a word boundary', () => {
    expect(found('𠀀Ana and Ana𠀀 and 😀Ana😀', person('Ana'))).toEqual(['Ana']);
    expect(matchVariants('😀Ana😀', person('Ana')).map((m) => [m.start, m.end])).toEqual([[2, 5]]);
  });

  it('looks one character back for a word boundary, or one whole letter outside the basic plane', () => {
    // "Ana" alone first: a block is searched only for the spellings whose first word it holds.
    expect(matchVariants('Ana, xAna', person('Ana')).map((m) => m.start)).toEqual([0]);
    expect(matchVariants('Ana, \u{203FF}Ana', person('Ana')).map((m) => m.start)).toEqual([0]);
    expect(matchVariants('Ana, \u{20000}Ana', person('Ana')).map((m) => m.start)).toEqual([0]);
    expect(matchVariants('\uDC00Ana', person('Ana')).map((m) => m.start)).toEqual([1]);
  });

  it('finds a detail ending in punctuation even when a letter follows it', () => {
    const reg: DetailRegister = [{ id: 'o1', category: 'organization', text: 'Acme Co.', variants: [] }];
    expect(found('at Acme Co.Ltd today', reg)).toEqual(['Acme Co.']);
  });

  it('finds the same text twice in a row against different registers', () => {
    const t = 'Ana met Rosa';
    expect(found(t, person('Ana'))).toEqual(['Ana']);
    expect(found(t, person('Rosa'))).toEqual(['Rosa']);
    const accented = 'Ána met Róśa';
    expect(found(accented, person('Ana'))).toEqual(['Ána']);
    expect(found(accented, person('Rosa'))).toEqual(['Róśa']);
  });

  it('makes a full stop ending a word optional, but not a lone full stop', () => {
    const reg = person('Mr. Vance', ['St. . Vance']);
    expect(found('Mr. Vance, Mr Vance, Mr.Vance', reg)).toEqual(['Mr. Vance', 'Mr Vance', 'Mr.Vance']);
    expect(found('St. . Vance but not St Vance', reg)).toEqual(['St. . Vance']);
  });

  it('finds nothing in an empty text or with an empty register', () => {
    expect(matchVariants('', person('Ana'))).toEqual([]);
    expect(matchVariants('Ana', [])).toEqual([]);
  });

  it('finds a detail with no letter or digit in it wherever it stands', () => {
    expect(found('a ★★ b★★c', [{ id: 's', category: 'other', text: '★★', variants: [] }])).toEqual(['★★', '★★']);
  });

  it('finds every detail of a register sharing a first word, the longest first', () => {
    const reg: DetailRegister = [
      { id: 'a', category: 'place', text: 'San Jose', variants: [] },
      { id: 'b', category: 'place', text: 'San Diego', variants: [] },
      { id: 'c', category: 'place', text: 'San', variants: [] },
    ];
    expect(matchVariants('San Diego, San Jose, San', reg).map((m) => m.detailId)).toEqual(['b', 'a', 'c']);
  });
});

describe('proposing spellings', () => {
  it('proposes nothing for an empty mark, and collapses spaces in any mark', () => {
    expect(proposeVariants('person', '  \n ')).toEqual([]);
    expect(proposeVariants('place', ' San   Jose\n')).toEqual([{ text: 'San Jose', on: true }]);
  });

  it('strips punctuation around name parts, and takes parts of exactly three letters', () => {
    const v = texts(proposeVariants('person', '(Ana) Ruiz,'));
    expect(v).toEqual(expect.arrayContaining(['Ana', 'Ruiz', "Ruiz's", 'Mr. Ruiz', 'Don Ana', 'Doña Ana']));
    expect(v).not.toContain('(Ana)');
    expect(v).not.toContain('Ruiz,');
    expect(v).not.toContain('Mr. Ana');
    expect(texts(proposeVariants('person', 'Al Bo'))).toEqual(
      expect.not.arrayContaining(['Al', 'Bo', 'Mr. Bo', 'Don Al']),
    );
  });

  it('proposes each spelling once, whatever its case', () => {
    const v = texts(proposeVariants('person', 'Vance'));
    expect(new Set(v.map((t) => t.toLowerCase())).size).toBe(v.length);
    expect(v.filter((t) => t === 'Mr. Vance')).toHaveLength(1);
  });
});

describe('reading marks into a register', () => {
  it('keeps two marks apart when a line break or an unmarked word comes between them', () => {
    const register = registerFromDoc(
      doc(
        para(text('Ana', sensitive('person', 'p1')), { type: 'hardBreak' }, text('Ruiz', sensitive('person', 'p1'))),
        para(text('Lima', sensitive('place', 'l1')), text('Quito', sensitive('place', 'l2'))),
      ),
    );
    expect(register.map((d) => [d.id, d.text])).toEqual([
      ['p1', 'Ana'],
      ['l1', 'Lima'],
      ['l2', 'Quito'],
    ]);
    expect(texts(register[0]!.variants)).toEqual(expect.arrayContaining(['Ana', 'Ruiz']));
  });

  it('keeps the detail’s saved text while it is still marked somewhere, else takes the first marking', () => {
    const saved: DetailRegister = [{ id: 'p1', category: 'person', text: 'ROSA DELGADO', variants: [] }];
    const both = doc(
      para(text('Rosa', sensitive('person', 'p1'))),
      para(text('Rosa Delgado', sensitive('person', 'p1'))),
    );
    expect(registerFromDoc(both, saved)[0]!.text).toBe('ROSA DELGADO');
    const one = doc(para(text('Rosa', sensitive('person', 'p1'))));
    expect(registerFromDoc(one, saved)[0]!.text).toBe('Rosa');
  });

  it('lists a detail marked only on blank text nowhere, and one marked twice the same way once', () => {
    const register = registerFromDoc(
      doc(
        para(text('  ', sensitive('person', 'p1'))),
        para(text('Lima', sensitive('place', 'l1')), text(' and LIMA')),
        para(text('lima', sensitive('place', 'l1'))),
      ),
    );
    expect(register.map((d) => d.id)).toEqual(['l1']);
    expect(register[0]!.variants).toEqual([{ text: 'Lima', on: true }]);
  });

  it('keeps at most 200 spellings of a detail', () => {
    const added = Array.from({ length: 250 }, (_, i) => ({ text: `alias ${i}`, on: true, added: true }));
    const saved: DetailRegister = [{ id: 'p1', category: 'person', text: 'Rosa', variants: added }];
    const register = registerFromDoc(doc(para(text('Rosa', sensitive('person', 'p1')))), saved);
    expect(register[0]!.variants).toHaveLength(200);
    expect(register[0]!.variants[0]!.text).toBe('Rosa');
  });

  it('reads marks in a deeply nested document down to the depth limit only', () => {
    let node: BlockNode = para(text('Lima', sensitive('place', 'l1')));
    for (let i = 0; i < DOC_LIMITS.maxDepth; i++) node = { type: 'blockquote', content: [node] };
    expect(registerFromDoc(doc(node))).toEqual([]);
    let shallow: BlockNode = para(text('Lima', sensitive('place', 'l1')));
    for (let i = 0; i < DOC_LIMITS.maxDepth - 3; i++) shallow = { type: 'blockquote', content: [shallow] };
    expect(registerFromDoc(doc(shallow)).map((d) => d.id)).toEqual(['l1']);
  });
});

describe('spellings as a person writes them (mutconsent6)', () => {
  const detail = (t: string): DetailRegister => [{ id: 'p1', category: 'person', text: t, variants: [] }];

  it('finds a detail whose stored text has spaces around or inside it, at the start of a paragraph too', () => {
    expect(found('Rosa came.', detail(' Rosa '))).toEqual(['Rosa']);
    expect(found('Ana Ruiz came.', detail('Ana  Ruiz'))).toEqual(['Ana Ruiz']);
  });

  it('takes name parts with inner punctuation whole, and strips every bracket, quote and comma around them', () => {
    const v = texts(proposeVariants('person', '"(Ana) O’Brien),'));
    expect(v).toEqual(expect.arrayContaining(['Ana', 'O’Brien', 'Mr. O’Brien', 'Don Ana']));
    for (const bad of ['(Ana', 'Ana)', 'O’Brien)', 'O’Brien,', 'OBrien']) expect(v).not.toContain(bad);
  });

  it('puts the titles before the last part of a three-part name, and the Spanish ones before the first', () => {
    const v = texts(proposeVariants('person', 'Ana María Ruiz'));
    expect(v).toEqual(expect.arrayContaining(['Sra. Ruiz', 'Doña Ana']));
    expect(v).not.toContain('Sra. María');
    expect(v).not.toContain('Doña María');
  });

  it('proposes only the whole name with titles when no part has three letters', () => {
    expect(texts(proposeVariants('person', 'Al Bo'))).toEqual([
      'Al Bo',
      "Al Bo's",
      'Mr. Al Bo',
      'Mrs. Al Bo',
      'Ms. Al Bo',
      'Miss Al Bo',
      'Mx. Al Bo',
      'Dr. Al Bo',
      'Prof. Al Bo',
      'Sr. Al Bo',
      'Sra. Al Bo',
      'Srta. Al Bo',
      'Dra. Al Bo',
      'Señor Al Bo',
      'Señora Al Bo',
      'Señorita Al Bo',
      'Don Al Bo',
      'Doña Al Bo',
    ]);
  });

  it('reads a stored document with junk among the runs, and a marked name with double spaces as written once', () => {
    const junk = [null, 7, 'junk'] as unknown as ReturnType<typeof text>[];
    const register = registerFromDoc(
      doc(
        para(text('Ana', sensitive('person', 'p1')), ...junk, text('Ruiz', sensitive('person', 'p1'))),
        para(text('Rosa  Delgado', sensitive('person', 'p2'))),
      ),
    );
    expect(register.map((d) => [d.id, d.text])).toEqual([
      ['p1', 'AnaRuiz'],
      ['p2', 'Rosa Delgado'],
    ]);
  });

  it('lists each distinct marked text of a detail once, whatever its case', () => {
    const d = doc(
      para(text('Lima', sensitive('place', 'l1')), text(' and '), text('LIMA', sensitive('place', 'l1'))),
      para(text('Cusco', sensitive('place', 'l1'))),
    );
    expect(listMarkedOccurrences(d)).toEqual([{ id: 'l1', category: 'place', occurrences: ['Lima', 'Cusco'] }]);
  });

  it('reads the marks inside a block that carries a stray text field of its own', () => {
    const odd = { ...para(text('Lima', sensitive('place', 'l1'))), text: 'stray' } as unknown as ReturnType<
      typeof para
    >;
    expect(registerFromDoc(doc(odd)).map((d) => d.id)).toEqual(['l1']);
  });

  it('withholds two details written one straight after the other, the shorter one too', () => {
    const register: DetailRegister = [
      { id: 'l1', category: 'place', text: 'Lima', variants: [] },
      { id: 'c1', category: 'contact', text: '(559)', variants: [] },
    ];
    expect(found('Lima(559) and Lima', register)).toEqual(['Lima', '(559)', 'Lima']);
  });
});

describe('folding a text as it is searched (mutreg7)', () => {
  const person = (t: string): DetailRegister => [{ id: 'p1', category: 'person', text: t, variants: [] }];

  it('finds a detail in a block written wholly in full-width letters', () => {
    expect(found('ＲＯＳＡ', person('Rosa'))).toEqual(['ＲＯＳＡ']);
    expect(found('ＲＯＳＡ　ＤＥＬＧＡＤＯ', person('rosa delgado'))).toEqual(['ＲＯＳＡ　ＤＥＬＧＡＤＯ']);
  });

  it('gives a separately written accent to the letter just before it, and to no letter before that', () => {
    const t = 'Ana Jose\u0301 and Ana';
    expect(found(t, person('Ana'))).toEqual(['Ana', 'Ana']);
    expect(found(t, person('José'))).toEqual(['Jose\u0301']);
  });

  it('finds a name straight after a character above the surrogates that is no letter, a letter before it', () => {
    // U+FFFD (a character damaged in a paste) and a private-use character are one unit, not half a pair.
    expect(found('x\uFFFDAna and x\uE000Ana', person('Ana'))).toEqual(['Ana', 'Ana']);
  });
});
