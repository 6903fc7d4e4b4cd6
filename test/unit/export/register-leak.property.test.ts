import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGrantStore } from '../../../electron/consent/grant-store';
import { createProfileStore } from '../../../electron/consent/profile-store';
import { createExportPipeline } from '../../../electron/export-pipeline/export-pipeline';
import type { SourceResolver } from '../../../electron/export-pipeline/source-resolver';
import { SOURCE_RESOLVERS } from '../../../electron/export-pipeline/source-resolvers';
import { storySource } from '../../../electron/export-pipeline/story-source';
import type { PdfPrinter } from '../../../electron/export/pdf-printer';
import { exportDocx, exportPdf } from '../../../electron/export/index';
import { createSentPackages } from '../../../electron/share/sent-packages';
import { openPackage } from '../../../electron/share/share-seal';
import { createStoryService } from '../../../electron/stories/index';
import type { StoryDoc } from '../../../shared/story/doc-types';
import { grantTerms, outDir, removeOutDirs, TODAY } from '../../support/pipeline-fixtures';
import { cachedDerive, FLOOR_KDF } from '../../support/share-fixtures';
import { FakeVault } from '../../support/fake-vault';
import { docxHaystacks } from './helpers/export-haystacks';
import { findLeak, prepare, type Haystack } from './helpers/leak-check';
import { allPdfHaystacks } from './helpers/pdfjs-text';
import {
  buildRegisterLeakCase,
  leakCaseArb,
  secretsAreDistinct,
  type RegisterLeakCase,
} from './helpers/register-leak-case';
import { FILLER } from './helpers/leak-doc';
import { useChromiumPrinter } from './helpers/shared-printer';

/**
 * Through the real pipeline (vault, story service and its register, grant store, release gate,
 * renderers, share packager): whatever the consent withholds — a marked detail in any spelling
 * the register knows, marked or not, split across runs or line breaks; a template field in a
 * withheld category; a part of the author's own name the identity hides — appears nowhere that
 * leaves: not in any DOCX part, any PDF text or stream, the share package, the file name or the
 * history entry.
 */

const printer = useChromiumPrinter();
afterAll(removeOutDirs);

/** The files' own boilerplate (theme font names, font programs): a secret spelled inside it is skipped. */
let baseline: ReturnType<typeof prepare> = [];
beforeAll(async () => {
  const doc = {
    language: 'en' as const,
    title: 'Testimony',
    byline: null,
    blocks: FILLER.map((t) => ({
      type: 'paragraph' as const,
      runs: [{ text: t }, { text: t, bold: true, italic: true }],
    })),
    paper: 'letter' as const,
  };
  baseline = prepare([
    ...docxHaystacks(await exportDocx(doc)),
    ...(await allPdfHaystacks(await exportPdf(doc, printer()))),
  ]);
});
const usable = (c: RegisterLeakCase) =>
  c.secrets.length > 0 && secretsAreDistinct(c) && c.secrets.every((s) => findLeak(s, baseline) === null);

async function vaultFor(c: RegisterLeakCase) {
  const vault = new FakeVault();
  const clock = () => TODAY;
  await createProfileStore(vault).set({ fullName: c.author });
  const story = await createStoryService(vault, { now: clock }).create({ title: c.title, doc: c.doc as StoryDoc });
  const grant = await createGrantStore(vault, clock).create([story.id], grantTerms({ ...c.terms, coverNote: true }));
  // A template-like source: the story's text under a heading block and a signature with fields.
  const templated: SourceResolver = async (v, id, ctx) => ({
    ...(await storySource(v, id, ctx)),
    headingBlock: c.headingBlock,
    signature: c.signature,
    fields: c.fields,
    signed: true,
    byline: false,
  });
  const pipeline = (p: PdfPrinter) =>
    createExportPipeline({ vault, printer: p, clock, resolvers: { ...SOURCE_RESOLVERS, testimony: templated } });
  const options = (format: 'docx' | 'pdf') => ({
    source: { kind: 'testimony' as const, id: story.id },
    grantId: grant.id,
    format,
    paper: 'letter' as const,
    language: 'en' as const,
    title: c.title,
  });
  return { vault, story, grant, pipeline, options };
}

function expectNoLeak(c: RegisterLeakCase, haystacks: Haystack[]) {
  const prepared = prepare(haystacks);
  expect(c.secrets.map((s) => findLeak(s, prepared)).filter(Boolean)).toEqual([]);
}

/**
 * Ids and digests are random hex: a secret spelled only in the letters a–f ("Caca") turns up in
 * one by chance about once in a thousand cases. They carry no words, so they are left out of the search.
 */
const withoutHex = (json: string) => json.replace(/\b[0-9a-f]{16,}\b/g, '<hex>');

const SECA_IN_PLACES = {
  author: ['Jojo', 'Jojo'],
  details: [{ category: 'person', words: ['Séca'] }],
  blocks: [
    {
      kind: 'paragraph',
      segments: [{ kind: 'marked', pick: 0, variant: 0, spelling: 'as-is', split: 0.05, marksA: [], marksB: [] }],
    },
  ],
  fields: [],
  redact: ['person', 'place'],
  identity: 'full',
  titlePick: 0,
  linePick: 0,
} as unknown as Parameters<typeof buildRegisterLeakCase>[0];

const noPdf: PdfPrinter = { print: () => Promise.reject(new Error('no PDF here')) };

describe('nothing the consent withholds leaves, wherever it was written and however it was marked', () => {
  it('DOCX, the file name and the history entry', async () => {
    await fc.assert(
      fc.asyncProperty(leakCaseArb, async (spec) => {
        const c = buildRegisterLeakCase(spec);
        fc.pre(usable(c));
        const s = await vaultFor(c);
        const dir = await outDir();
        const result = await s
          .pipeline(noPdf)
          // Undecided candidates exported as written (--accept-unmarked): the gate alone is under test.
          .run({ ...s.options('docx'), fileName: c.fileName }, async (name) => path.join(dir, name), { accept: true });
        if (result.status !== 'saved') throw new Error('not saved');
        const record = result.value;
        const docx = await fs.readFile(path.join(dir, record.fileName));
        const preview = await s.pipeline(noPdf).preview(s.options('docx'));
        expectNoLeak(c, [
          ...docxHaystacks(docx),
          { label: 'file name', text: record.fileName },
          { label: 'history entry', text: withoutHex(JSON.stringify(record)) },
          { label: 'suggested file name', text: preview.suggestedFileName },
          { label: 'preview', text: withoutHex(JSON.stringify(preview.document)) },
        ]);
      }),
      { numRuns: 30 },
    );
  }, 300_000);

  it('the share package, its title and terms', async () => {
    const derive = cachedDerive();
    await fc.assert(
      fc.asyncProperty(leakCaseArb, async (spec) => {
        const c = buildRegisterLeakCase(spec);
        fc.pre(usable(c));
        const s = await vaultFor(c);
        const writer = createSentPackages({ vault: s.vault, clock: () => TODAY, kdf: FLOOR_KDF, derive });
        const p = await writer.prepare({ storyId: s.story.id, grantId: s.grant.id, title: c.shareTitle });
        const { payload } = await openPackage(p.bytes, p.shareCode, derive);
        const view = await p.commit(p.suggestedFileName);
        expectNoLeak(c, [
          { label: 'share package plaintext', text: withoutHex(JSON.stringify(payload)) },
          { label: 'share package bytes', text: p.bytes.toString('latin1'), binary: true },
          { label: 'sent package record', text: withoutHex(JSON.stringify(view)) },
          { label: 'package file name', text: p.suggestedFileName },
        ]);
      }),
      { numRuns: 12 },
    );
  }, 300_000);

  it('PDF: every stream and the extracted text', async () => {
    await fc.assert(
      fc.asyncProperty(leakCaseArb, async (spec) => {
        const c = buildRegisterLeakCase(spec);
        fc.pre(usable(c));
        const s = await vaultFor(c);
        const pdf = await s.pipeline(printer()).render(s.options('pdf'));
        expectNoLeak(c, await allPdfHaystacks(pdf));
      }),
      // Once reported as a leak: "Séca" read backwards in the cover note's "places" (Latin text is
      // no longer read backwards; only right-to-left runs are).
      { numRuns: 4, examples: [[SECA_IN_PLACES]] },
    );
  }, 300_000);
});
