import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withdrawalLetterDocx } from '../../../electron/consent/withdrawal-letter-file';
import { createTemplateStore, createTestimonyService } from '../../../electron/testimony';
import { docxParts } from '../../support/docx-inspect';
import { decodedStream, infoDictionary, scanObjects } from '../export/helpers/pdf-inspect';
import { useChromiumPrinter } from '../export/helpers/shared-printer';
import { grantTerms, setup, TODAY } from '../../support/pipeline-fixtures';
import type { StoryDoc } from '../../../shared/core/story-doc';

const DOC: StoryDoc = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'What I want you to know.' }] }],
};
const printer = useChromiumPrinter();

/** Every DOCX part that holds properties: core, app, custom, and any other docProps part. */
function expectNeutralDocx(docx: Buffer) {
  const parts = docxParts(docx);
  const props = [...parts].filter(([name]) => name.startsWith('docProps/'));
  expect(props.map(([name]) => name).sort()).toEqual(['docProps/app.xml', 'docProps/core.xml']);
  for (const [name, xml] of props) expect(xml, name).not.toMatch(/harbor/i);
  const core = parts.get('docProps/core.xml')!;
  expect(core).toContain('<dc:creator></dc:creator>');
  expect(core).toContain('<cp:lastModifiedBy></cp:lastModifiedBy>');
  expect(core).toContain('2000-01-01T00:00:00Z');
  expect(parts.get('docProps/app.xml')).toContain('<Application></Application>');
  expect(parts.get('docProps/app.xml')).not.toMatch(/Company|Manager|Template/);
}

/** The Info dictionary names no tool (not Harbor, not Chromium's Skia), and there is no XMP at all. */
function expectNeutralPdf(pdf: Buffer) {
  const info = infoDictionary(pdf);
  expect(info).not.toMatch(/harbor|skia|chrom/i);
  expect(info).not.toMatch(/CreationDate|ModDate|Author/);
  for (const obj of scanObjects(pdf)) {
    expect(obj.head, `object ${obj.num}`).not.toMatch(/\/Metadata|\/Subtype\s*\/XML/);
    const stream = decodedStream(obj)?.toString('latin1') ?? '';
    expect(stream, `object ${obj.num}`).not.toMatch(/xmpmeta|Skia\/PDF/i);
  }
}

describe('exported files name no application, author or company', () => {
  it('a story as DOCX and as PDF', async () => {
    const s = await setup(DOC);
    const grant = await s.grants.create([s.story.id], grantTerms());
    expectNeutralDocx(await s.pipeline(printer()).render(s.options(grant.id, { title: 'For the hearing' })));
    expectNeutralPdf(
      await s.pipeline(printer()).render(s.options(grant.id, { format: 'pdf', title: 'For the hearing' })),
    );
  }, 60_000);

  it('a testimony, and the withdrawal letter for its consent', async () => {
    const s = await setup(DOC);
    const testimonies = createTestimonyService(s.vault, createTemplateStore(s.vault));
    const t = await testimonies.create({ templateId: 'us-state-written', language: 'en', title: 'Testimony' });
    await testimonies.save(t.id, {
      sections: { ...t.sections, [Object.keys(t.sections)[0]!]: { text: 'I am here to speak.', excerpts: [] } },
    });
    const grant = await s.grants.create([t.id], grantTerms());
    const options = { ...s.options(grant.id), source: { kind: 'testimony' as const, id: t.id } };
    expectNeutralDocx(await s.pipeline(printer()).render(options));
    expectNeutralPdf(await s.pipeline(printer()).render({ ...options, format: 'pdf' }));
    expectNeutralDocx(await withdrawalLetterDocx(s.vault, grant.id, 'en', () => TODAY));
    expectNeutralDocx(await withdrawalLetterDocx(s.vault, grant.id, 'es', () => TODAY));
  }, 60_000);

  it('whatever the disguise is set to: nothing that makes files reads the preferences', async () => {
    // The disguise lives in the app shell and the preferences; the file makers never see either.
    const roots = ['electron/export', 'electron/export-pipeline', 'electron/consent', 'electron/testimony'];
    for (const root of roots) {
      // Subfolders too (the Word writer lives in electron/export/wordml).
      const files = (await fs.readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
      for (const file of files) {
        const name = path.join(file.parentPath, file.name);
        const source = await fs.readFile(name, 'utf8');
        expect(source, name).not.toMatch(/^import [^;]*(prefs|preferences)/m);
      }
    }
  });
});
