import { describe, expect, it } from 'vitest';
import {
  detailRegisterSchema,
  matchVariants,
  proposeVariants,
  registerFromDoc,
  type DetailRegister,
} from '../../../shared/story/index';
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
