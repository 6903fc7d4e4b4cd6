import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HarborError } from '../../../shared/errors';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../../shared/templates';
import { createSharingHistory } from '../../../electron/consent/sharing-history';
import { createProfileStore } from '../../../electron/consent/profile-store';
import { docxParts, joinedText, paragraphsWithNumbers } from '../../support/docx-inspect';
import { extractText } from '../export/helpers/pdf-inspect';
import { para, text } from '../export/helpers/fixtures';
import { useChromiumPrinter } from '../export/helpers/shared-printer';
import { asRead, documentLines, squeezed } from '../export-pipeline/document-text';
import { noPrinter, outDir, refusal, removeOutDirs } from '../../support/pipeline-fixtures';
import { excerptOf, grantTerms, testimonySetup } from './testimony-pipeline-fixtures';
import { worded } from '../worded';

const printer = useChromiumPrinter();
afterAll(() => removeOutDirs());

const docxText = (docx: Buffer) => joinedText(docxParts(docx).get('word/document.xml')!);
const pdfBodyText = (pdf: Buffer) => extractText(pdf).replace(/Page\s*\d+\s*of\s*\d+/g, '');
/** What must never leave: the author's full name and the story's withheld details and private note. */
const NEVER = /Vantongeren|Quirina|María|Juárez|Rogelio|Baptiste|storage unit/;

describe('testimony exports through the consent pipeline', () => {
  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s fills, previews and exports to every format it allows, under the consent',
    async (_id, template) => {
      const s = await testimonySetup(template);
      const grant = await s.grants.create([s.testimony.id, s.story.id], grantTerms());
      const pipeline = s.pipeline(printer());
      for (const format of ['docx', 'pdf'] as const) {
        const options = s.options(grant.id, { format });
        const preview = await pipeline.preview(options);
        if (!template.formats.includes(format)) {
          expect(preview.refusals.map((r) => r.code)).toEqual(['format-not-accepted']);
          continue;
        }
        expect(preview.refusals).toEqual([]);
        const lines = documentLines(preview.document);
        // Every section the person wrote is there, the quoted story under the consent.
        for (const section of template.sections) expect(lines.join('\n')).toContain(section.id);
        expect(lines.join('\n')).toContain('[place withheld] and [name withheld] took my passport.');
        expect(lines.join('\n')).not.toMatch(NEVER);
        // The witness is named only as the grant says, wherever the template names them.
        const witnessLines = [...template.layout.headingBlock, ...template.layout.signature].filter((l) =>
          l.en.includes('{witness}'),
        );
        for (const pattern of witnessLines) {
          const expected = pattern.en.split(' • ')[0]!.replace('{witness}', 'M. Q. V.');
          expect(
            lines.some((l) => l.startsWith(expected)),
            `${pattern.en} in ${lines.join(' | ')}`,
          ).toBe(true);
        }
        expect(preview.document.numberedParagraphs).toBe(template.layout.numberedParagraphs);

        const target = path.join(await outDir(), `out.${format}`);
        const outcome = await pipeline.run({ ...options, fileName: `out.${format}` }, async () => target);
        expect(outcome.status).toBe('saved');
        const bytes = await fs.readFile(target);
        const fileText = format === 'docx' ? docxText(bytes) : pdfBodyText(bytes);
        expect(fileText).not.toMatch(NEVER);
        // The file holds exactly the previewed text, nothing more, nothing less.
        expect(squeezed(fileText)).toBe(squeezed(documentLines(preview.document).join('')));
      }
    },
  );

  it('UK written evidence: numbered paragraphs in the Word file, and PDF refused in plain words before asking where to save', async () => {
    const template = builtInTemplate('uk-written-evidence')!;
    const s = await testimonySetup(template);
    const grant = await s.grants.create([s.testimony.id, s.story.id], grantTerms({ identity: { mode: 'anonymous' } }));
    const pipeline = s.pipeline(noPrinter);
    const docx = await pipeline.render(s.options(grant.id));
    const paragraphs = paragraphsWithNumbers(docx).map(asRead);
    expect(paragraphs[0]).toBe('Written evidence submitted by Anonymous');
    expect(paragraphs[1]).toBe('Modern slavery inquiry • Judiciary Committee');
    // Every paragraph is numbered 1., 2., … through the document, the summary's points, quotations and
    // recommendations included, so a committee can cite each; headings are not.
    const numbered = paragraphs.filter((p) => /^\d+\. /.test(p));
    expect(numbered.slice(0, 4)).toEqual([
      '1. First point of summary',
      '2. Second point of summary',
      '3. Text of introduction.',
      '4. More about introduction.',
    ]);
    expect(numbered.some((p) => /^\d+\. (First point|Text) of recommendations/.test(p))).toBe(true);
    expect(numbered.map((p) => Number(p.split('.')[0]))).toEqual(numbered.map((_p, i) => i + 1));
    expect(paragraphs).toContain('Summary');
    expect(paragraphs.filter((p) => p.startsWith('•'))).toEqual([]);
    expect(paragraphs.some((p) => p.includes('[place withheld] and [name withheld] took my passport.'))).toBe(true);
    const quoted = paragraphs.filter((p) => p.includes('took my passport'));
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.every((p) => /^\d+\. /.test(p))).toBe(true);

    const pdf = s.options(grant.id, { format: 'pdf' });
    const preview = await pipeline.preview(pdf);
    expect(preview.refusals.map((r) => worded(r))).toEqual([
      {
        code: 'format-not-accepted',
        message:
          'This document can be exported only as DOCX. Those who receive “UK select committee: written evidence” do not accept PDF files.',
      },
    ]);
    let asked = false;
    const error = await refusal(
      pipeline.run({ ...pdf, fileName: 'evidence.pdf' }, async () => {
        asked = true;
        return path.join(await outDir(), 'evidence.pdf');
      }),
    );
    expect(error.message).toMatch(/only as DOCX/);
    expect(asked).toBe(false);
    expect(await createSharingHistory(s.vault).list()).toEqual([]);
  });

  it('needs a grant that covers the testimony and every story it quotes, including one quoted later', async () => {
    const s = await testimonySetup(builtInTemplate('us-state-written')!);
    const pipeline = s.pipeline(noPrinter);
    const storyOnly = await s.grants.create([s.story.id], grantTerms());
    const testimonyOnly = await s.grants.create([s.testimony.id], grantTerms());
    const both = await s.grants.create([s.testimony.id, s.story.id], grantTerms());
    expect((await pipeline.preview(s.options(storyOnly.id))).refusals.map((r) => r.code)).toEqual([
      'source-not-covered',
    ]);
    expect((await pipeline.preview(s.options(testimonyOnly.id))).refusals.map((r) => r.code)).toEqual([
      'source-not-covered',
    ]);
    expect((await pipeline.preview(s.options(both.id))).refusals).toEqual([]);

    // A second story quoted after the consent was given is not covered by it.
    const second = await s.stories.create({
      title: 'Another',
      doc: { type: 'doc', content: [para(text('Later.'))] } as never,
    });
    const sections = structuredClone(s.testimony.sections);
    sections[s.quoting.id]!.excerpts.push(
      excerptOf(second.id, { type: 'doc', content: [para(text('Later.'))] }, 'ex-0002'),
    );
    await s.testimonies.save(s.testimony.id, { sections });
    const refused = await pipeline.preview(s.options(both.id));
    expect(refused.refusals.map((r) => worded(r))).toEqual([
      { code: 'source-not-covered', message: 'This consent does not cover one of the stories this document quotes.' },
    ]);
    const all = await s.grants.create([s.testimony.id, s.story.id, second.id], grantTerms());
    const target = path.join(await outDir(), 'x.docx');
    await pipeline.run({ ...s.options(all.id), fileName: 'x.docx' }, async () => target);
    const [entry] = await createSharingHistory(s.vault).list();
    expect(entry!.sourceIds).toEqual([s.testimony.id, s.story.id, second.id]);
  });

  it('asks for the public-record acknowledgement for every legislative template, whoever the grant names', async () => {
    const unacknowledged = grantTerms({
      audience: { kind: 'advocacy-organization', name: 'Harbor Light' },
      publicRecordAcknowledged: false,
    });
    for (const template of BUILT_IN_TEMPLATES) {
      const s = await testimonySetup(template);
      const grant = await s.grants.create([s.testimony.id, s.story.id], unacknowledged);
      const preview = await s.pipeline(noPrinter).preview(s.options(grant.id));
      expect(
        preview.refusals.map((r) => r.code),
        template.id,
      ).toEqual(template.publicRecord ? ['public-record-not-acknowledged'] : []);
    }
  });

  it('names the witness by the grant even before the writer has entered their own name', async () => {
    const s = await testimonySetup(builtInTemplate('us-congress-written')!, { author: '' });
    await createProfileStore(s.vault).set({ fullName: '' });
    const grant = await s.grants.create(
      [s.testimony.id, s.story.id],
      grantTerms({ identity: { mode: 'pseudonym', pseudonym: 'Esperanza' } }),
    );
    const preview = await s.pipeline(noPrinter).preview(s.options(grant.id));
    expect(preview.document.headingBlock?.[0]).toBe('Statement of Esperanza, Harbor Light');
    expect(preview.document.signature?.[0]).toBe('Esperanza');
    expect(preview.document.byline).toBeNull();
  });

  it('replaces the author’s own name wherever they typed it, and writes Spanish layout words for a Spanish testimony', async () => {
    const s = await testimonySetup(builtInTemplate('us-state-written')!, { language: 'es' });
    const sections = structuredClone(s.testimony.sections);
    sections.introduction = { text: 'Me llamo María Quirina Vantongeren y vivo en Tacoma.', excerpts: [] };
    await s.testimonies.save(s.testimony.id, { sections });
    const grant = await s.grants.create([s.testimony.id, s.story.id], grantTerms({ identity: { mode: 'first' } }));
    const preview = await s.pipeline(noPrinter).preview(s.options(grant.id));
    const lines = documentLines(preview.document);
    expect(lines).toContain('Me llamo María y vivo en Tacoma.');
    expect(preview.document.headingBlock?.[0]).toBe(
      'Testimonio de María a favor de SB 123 (Senator Okafor) — Survivor Protection Act',
    );
    expect(lines.join('\n')).not.toMatch(/Vantongeren|Quirina/);
  });

  it.each([
    ['en', 'es'],
    ['es', 'en'],
  ] as const)(
    'a testimony written in %s, exported in %s: every fixed word follows the document language',
    async (written, chosen) => {
      const template = builtInTemplate('us-state-written')!;
      const s = await testimonySetup(template, { language: written });
      const grant = await s.grants.create(
        [s.testimony.id, s.story.id],
        grantTerms({ identity: { mode: 'anonymous' }, coverNote: true }),
      );
      const pipeline = s.pipeline(noPrinter);
      const doc = (await pipeline.preview(s.options(grant.id, { language: chosen }))).document;
      const words = {
        en: {
          salutation: 'Chair Ruiz, Vice Chair Lee, and Members of the Judiciary Committee:',
          heading: 'Testimony of a survivor witness in Support of SB 123 (Senator Okafor) — Survivor Protection Act',
          withheld: '[name withheld] took my passport.',
          note: /^The author shares this document with Senate Judiciary Committee/,
          page: /Page [\s\S]*PAGE[\s\S]* of [\s\S]*NUMPAGES/,
        },
        es: {
          salutation: 'Presidencia, Ruiz; Vicepresidencia, Lee; y miembros de Judiciary Committee:',
          heading:
            'Testimonio de una persona sobreviviente a favor de SB 123 (Senator Okafor) — Survivor Protection Act',
          withheld: '[nombre omitido] took my passport.',
          note: /^La autora o el autor comparte este documento con Senate Judiciary Committee/,
          page: /Página [\s\S]*PAGE[\s\S]* de [\s\S]*NUMPAGES/,
        },
      }[chosen];
      expect(doc.language).toBe(chosen);
      expect(doc.salutation).toBe(words.salutation);
      expect(doc.headingBlock?.[0]).toBe(words.heading);
      expect(doc.coverNote).toMatch(words.note);
      const headings = doc.blocks
        .filter((b) => b.type === 'heading')
        .map((b) => (b.type === 'heading' ? b.runs[0]!.text : ''));
      expect(headings).toEqual(template.sections.filter((sec) => sec.printTitle).map((sec) => sec.title[chosen]));
      expect(documentLines(doc).join('\n')).toContain(words.withheld);
      const docx = await pipeline.render(s.options(grant.id, { language: chosen }));
      // The page label of the first page's footer and of the later pages' running header.
      const pageParts = [...docxParts(docx)].filter(([name]) => /^word\/(header|footer)\d+\.xml$/.test(name));
      expect(pageParts.map(([, xml]) => xml).join('\n')).toMatch(words.page);
    },
  );

  it('refuses a testimony in the Trash', async () => {
    const s = await testimonySetup(builtInTemplate('letter')!);
    const grant = await s.grants.create([s.testimony.id, s.story.id], grantTerms());
    await s.testimonies.setTrashed(s.testimony.id, true);
    const error = await s
      .pipeline(noPrinter)
      .preview(s.options(grant.id))
      .then(
        () => null,
        (e: unknown) => e as HarborError,
      );
    expect(error?.code).toBe('not_found');
    expect(error?.message).toMatch(/Trash/);
  });
});
