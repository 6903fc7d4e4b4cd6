import { describe, expect, it } from 'vitest';
import { exportDocumentSchema } from '../../../shared/export';
import { BUILT_IN_TEMPLATES, builtInTemplate, templateSchema, type LocalText } from '../../../shared/templates';
import { buildTestimonyExport, draftTestimonyDocument } from '../../../shared/testimony';
import { filledTestimony } from '../../support/fill-template';

const byId = (id: string) => builtInTemplate(id)!;
const paragraphTexts = (blocks: { type: string; runs?: { text: string }[] }[]) =>
  blocks.filter((b) => b.type === 'paragraph').map((b) => b.runs!.map((r) => r.text).join(''));

function localTexts(value: unknown): LocalText[] {
  if (Array.isArray(value)) return value.flatMap(localTexts);
  if (typeof value !== 'object' || value === null) return [];
  const keys = Object.keys(value);
  if (keys.length === 2 && keys.includes('en') && keys.includes('es')) return [value as LocalText];
  return Object.values(value).flatMap(localTexts);
}

describe('built-in templates', () => {
  it('ships the six kinds the issue asks for (and the coalition sign-on letter, #19), each valid against the schema', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.kind).sort()).toEqual(
      ['briefing', 'congress-written', 'letter', 'letter', 'oral', 'state-written', 'uk-written-evidence'].sort(),
    );
    for (const t of BUILT_IN_TEMPLATES) expect(templateSchema.safeParse(t).success, t.id).toBe(true);
  });

  it('has every text in English and Spanish, none left empty', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const texts = localTexts(t);
      expect(texts.length).toBeGreaterThan(10);
      for (const { en, es } of texts) {
        expect(en.trim(), t.id).not.toBe('');
        expect(es.trim(), `${t.id}: ${en}`).not.toBe('');
      }
      // Guidance must really be translated (layout lines like "{witness}" may be the same).
      for (const s of t.sections) expect(s.guidance.es, `${t.id}/${s.id}`).not.toBe(s.guidance.en);
    }
  });

  it('speaks to the person as "tú" in Spanish, as the app does; words for lawmakers stay formal', () => {
    // Formal (usted) forms a guidance line would use; none is a tú form or an impersonal phrase.
    const word = (w: string) => `(?<!\\p{L})(?:${w})(?!\\p{L})`;
    const usted = new RegExp(
      [
        'usted|Úselo|Diga|Comparta|Agradezca|Repita|Revise|Incluya|Relacione|Inserte|Cierre|Pídalo|Diríjase|Dé',
        'hable|termine|esté|quiera|vive|quiere|Puede (?:insertar|preguntar|pedir)',
        '(?:le|su|sus) (?:parezca|interrumpe|enseñó|gustaría|historias|nombre|postura|declaración|propio|propias|ideas|puntos|ciudad|estado)',
      ]
        .map(word)
        .join('|'),
      'iu',
    );
    for (const t of BUILT_IN_TEMPLATES) {
      const toThePerson = [
        t.description,
        t.whenToUse,
        ...t.fields.flatMap((f) => (f.help ? [f.help] : [])),
        ...t.sections.map((s) => s.guidance),
        ...t.warnings,
      ];
      for (const { es } of toThePerson) expect(es, t.id).not.toMatch(usted);
    }
    // What the document says to the committee keeps "su": "Gracias por su tiempo".
    const thanks = byId('us-state-written').sections.find((s) => s.id === 'thanks')!;
    expect(thanks.prompts?.[0]?.es).toBe('Gracias por su tiempo y por considerar mi testimonio.');
    expect(thanks.guidance.es).toBe('Agradece al comité su tiempo y su lectura.');
  });

  it('never asks for the witness name as a field', () => {
    for (const t of BUILT_IN_TEMPLATES) expect(t.fields.map((f) => f.id as string)).not.toContain('name');
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s fills, previews and builds a valid ExportDocument',
    (_id, template) => {
      for (const language of ['en', 'es'] as const) {
        const t = filledTestimony(template, language);
        const doc = draftTestimonyDocument(t, { language, witness: 'M.', title: 'My testimony' });
        expect(exportDocumentSchema.safeParse(doc).success).toBe(true);
        expect(doc.language).toBe(language);
        const all = JSON.stringify(doc.blocks);
        for (const section of template.sections) expect(all).toContain(section.id);
        const printed = template.sections.filter((s) => s.printTitle).map((s) => s.title[language]);
        // A spoken script's time marks are cues before the sections, not section titles.
        const headings = doc.blocks
          .filter((b) => b.type === 'heading' && !b.timeMark)
          .map((b) => (b.type === 'heading' ? b.runs[0]!.text : ''));
        expect(headings).toEqual(printed);
      }
    },
  );

  it('state testimony: "Chair …, Vice Chair …, and Members of the … Committee", and the committee caption block', () => {
    const t = filledTestimony(byId('us-state-written'));
    const doc = draftTestimonyDocument(t, { language: 'en', witness: 'M.', title: null });
    expect(doc.salutation).toBe('Chair Ruiz, Vice Chair Lee, and Members of the Judiciary Committee:');
    expect(doc.headingBlock).toEqual([
      'Testimony of M. in Support of SB 123 (Senator Okafor) — Survivor Protection Act',
      'Judiciary Committee, Senate',
      'Hearing of March 1, 2027',
    ]);
    expect(doc.signature).toEqual(['M.', 'Tacoma', 'Harbor Light', 'maria@example.org']);
  });

  it('falls back to a shorter salutation and drops empty heading parts', () => {
    const t = filledTestimony(byId('us-state-written'));
    delete t.metadata.viceChair;
    delete t.metadata.hearingDate;
    t.metadata.committee = 'la Comisión Judicial';
    const doc = draftTestimonyDocument(t, { language: 'es', witness: 'Anónimo', title: null });
    expect(doc.salutation).toBe('Presidencia, Ruiz, y miembros de la Comisión Judicial:');
    delete t.metadata.sponsor;
    expect(draftTestimonyDocument(t, { language: 'es', witness: 'Anónimo', title: null }).headingBlock).toEqual([
      'Testimonio de Anónimo a favor de SB 123 — Survivor Protection Act',
      'Ante la Comisión Judicial, Senate',
    ]);
  });

  it.each(['el Comité Judicial', 'la Comisión de Justicia'])(
    'Spanish wording agrees with a committee of either gender, its article typed in the field (%s)',
    (committee) => {
      const state = filledTestimony(byId('us-state-written'));
      state.metadata.committee = committee;
      const stateDoc = draftTestimonyDocument(state, { language: 'es', witness: 'M.', title: null });
      expect(stateDoc.salutation).toBe(`Presidencia, Ruiz; Vicepresidencia, Lee; y miembros de ${committee}:`);
      expect(stateDoc.headingBlock?.[1]).toBe(`Ante ${committee}, Senate`);
      delete state.metadata.chair;
      expect(draftTestimonyDocument(state, { language: 'es', witness: 'M.', title: null }).salutation).toBe(
        `Miembros de ${committee}:`,
      );
      const congress = filledTestimony(byId('us-congress-written'));
      congress.metadata.committee = committee;
      const congressDoc = draftTestimonyDocument(congress, { language: 'es', witness: 'M.', title: null });
      expect(congressDoc.headingBlock).toContain(`ante ${committee}, Senate`);
      expect([stateDoc, congressDoc].flatMap((d) => [d.salutation, ...(d.headingBlock ?? [])]).join('\n')).not.toMatch(
        /\bdel (el|la) |\b(el|la) (el|la) /,
      );
    },
  );

  it.each(['letter', 'coalition-sign-on'])(
    '%s: the Spanish salutation is gender-neutral, with no slash, recipient or not',
    (id) => {
      const t = filledTestimony(byId(id));
      t.metadata.recipient = 'Senadora Ruiz';
      const es = (m: typeof t) => draftTestimonyDocument(m, { language: 'es', witness: 'M.', title: null }).salutation;
      expect(es(t)).toBe('Saludos cordiales, Senadora Ruiz:');
      expect(draftTestimonyDocument(t, { language: 'en', witness: 'M.', title: null }).salutation).toBe(
        'Dear Senadora Ruiz:',
      );
      delete t.metadata.recipient;
      expect(es(t)).toBe('A quien corresponda:');
      for (const line of byId(id).layout.salutation ?? []) expect(line.es).not.toMatch(/\//);
    },
  );

  it('the Spanish committee hint asks for the article, which the English document does not need', () => {
    for (const id of ['us-state-written', 'us-congress-written']) {
      const field = byId(id).fields.find((f) => f.id === 'committee');
      expect(field?.help?.es).toMatch(/Con su artículo/);
      expect(field?.help?.en).not.toMatch(/example: the /i);
    }
  });

  it('UK written evidence: headed "Written evidence submitted by …", numbered paragraphs, bullet summary, A4, DOCX only', () => {
    const t = filledTestimony(byId('uk-written-evidence'));
    const source = buildTestimonyExport(t, { language: 'en', witness: 'M.' });
    expect(source.formats).toEqual(['docx']);
    const doc = draftTestimonyDocument(t, { language: 'en', witness: 'M.', title: null });
    expect(doc.headingBlock?.[0]).toBe('Written evidence submitted by M.');
    expect(doc.numberedParagraphs).toBe(true);
    expect(doc.paper).toBe('a4');
    const summaryIndex = doc.blocks.findIndex((b) => b.type === 'heading');
    expect(doc.blocks[summaryIndex + 1]).toMatchObject({ type: 'list', ordered: false });
    expect(byId('uk-written-evidence').limits.words).toBe(3000);
  });

  it('oral script offers 1, 2, 3 or 5 minutes; Congress warns about Truth in Testimony and a named CV', () => {
    expect(byId('oral-script').limits.minuteChoices).toEqual([1, 2, 3, 5]);
    const warnings = byId('us-congress-written')
      .warnings.map((w) => w.en)
      .join(' ');
    expect(warnings).toMatch(/Truth in Testimony/);
    expect(warnings).toMatch(/CV/);
    expect(byId('us-congress-written').sections[0]!.id).toBe('summary');
  });

  it('every legislative template is marked public record; the advocate briefing is not', () => {
    for (const t of BUILT_IN_TEMPLATES) expect(t.publicRecord, t.id).toBe(t.kind !== 'briefing');
  });

  it('quotes story excerpts as block quotes and lists their stories', () => {
    const t = filledTestimony(byId('briefing'));
    t.sections.perspectives!.excerpts = [
      {
        id: 'ex-1',
        storyId: 'story-0001',
        storyTitle: 'A',
        doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'I was afraid.' }] }] },
      },
      {
        id: 'ex-2',
        storyId: 'story-0002',
        storyTitle: 'B',
        doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nobody listened.' }] }] },
      },
      {
        id: 'ex-3',
        storyId: 'story-0001',
        storyTitle: 'A',
        doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Again.' }] }] },
      },
    ];
    const source = buildTestimonyExport(t, { language: 'en', witness: 'Harbor Light' });
    expect(source.quotedStoryIds).toEqual(['story-0001', 'story-0002']);
    const doc = draftTestimonyDocument(t, { language: 'en', witness: 'x', title: null });
    const quotes = doc.blocks.filter((b) => b.type === 'blockquote');
    expect(quotes).toHaveLength(3);
  });

  it('leaves out empty sections and their headings', () => {
    const t = filledTestimony(byId('us-congress-written'));
    t.sections.recommendations = { text: '  \n\n ', excerpts: [] };
    const doc = draftTestimonyDocument(t, { language: 'en', witness: 'M.', title: null });
    const headings = doc.blocks
      .filter((b) => b.type === 'heading')
      .map((b) => (b.type === 'heading' ? b.runs[0]!.text : ''));
    expect(headings).not.toContain('Recommendations');
    expect(paragraphTexts(doc.blocks as never)).toContain('Text of summary.');
  });
});
