import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { GrantTerms } from '../../shared/consent/grant';
import { HarborError } from '../../shared/errors';
import type { StoryDoc } from '../../shared/story/doc-types';
import { createGrantStore } from '../../electron/consent/grant-store';
import { createProfileStore } from '../../electron/consent/profile-store';
import { createExportPipeline } from '../../electron/export-pipeline/export-pipeline';
import type { ExportOptions } from '../../electron/export-pipeline/export-options';
import type { SourceResolvers } from '../../electron/export-pipeline/source-resolver';
import { SOURCE_RESOLVERS } from '../../electron/export-pipeline/source-resolvers';
import type { PdfPrinter } from '../../electron/export/pdf-printer';
import { createStoryService } from '../../electron/stories/index';
import { FakeVault } from './fake-vault';

export const AUTHOR = 'María Quirina Vantongeren';
export const TODAY = new Date('2027-02-01T10:00:00Z');

export function grantTerms(partial: Partial<GrantTerms> = {}): GrantTerms {
  return {
    audience: { kind: 'legislative-committee', name: 'Senate Judiciary Committee' },
    purpose: 'the hearing on SB 123',
    identity: { mode: 'initials' },
    redact: { categories: ['person', 'place'], keep: [] },
    formats: ['docx', 'pdf'],
    expiresOn: '2027-06-01',
    note: '',
    publicRecordAcknowledged: true,
    coverNote: false,
    ...partial,
  };
}

/** A vault with the author's name, one story and a clock that can be moved. */
export async function setup(doc: StoryDoc, opts: { author?: string; resolvers?: SourceResolvers } = {}) {
  const vault = new FakeVault();
  let now = TODAY;
  const clock = () => now;
  await createProfileStore(vault).set({ fullName: opts.author ?? AUTHOR });
  const story = await createStoryService(vault, { now: clock }).create({ title: 'My story', doc: doc as StoryDoc });
  const grants = createGrantStore(vault, clock);
  return {
    vault,
    story,
    grants,
    setNow: (d: Date) => {
      now = d;
    },
    pipeline: (printer: PdfPrinter) =>
      createExportPipeline({ vault, printer, clock, resolvers: { ...SOURCE_RESOLVERS, ...opts.resolvers } }),
    options: (grantId: string, partial: Partial<ExportOptions> = {}): ExportOptions => ({
      source: { kind: 'story', id: story.id },
      grantId,
      format: 'docx',
      paper: 'letter',
      language: 'en',
      title: null,
      ...partial,
    }),
  };
}

/** A printer that must not be reached (DOCX-only and refused paths). */
export const noPrinter: PdfPrinter = {
  print: () => Promise.reject(new Error('the PDF printer was called')),
};

const made: string[] = [];
export async function outDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'harbor-export-'));
  made.push(dir);
  return dir;
}
export async function removeOutDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
}

/** The consent_refused error an export ends with (fails the test if it ends any other way). */
export async function refusal(promise: Promise<unknown>): Promise<HarborError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HarborError);
  expect((error as HarborError).code).toBe('consent_refused');
  return error as HarborError;
}
