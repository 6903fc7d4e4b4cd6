import type { GrantTerms } from '../../shared/consent/grant';
import { builtInTemplate } from '../../shared/templates';
import type { SharedExcerpt } from '../../shared/testimony';
import { createGrantStore } from '../../electron/consent/grant-store';
import { createProfileStore } from '../../electron/consent/profile-store';
import { createExportPipeline } from '../../electron/export-pipeline/export-pipeline';
import type { ExportOptions } from '../../electron/export-pipeline/export-options';
import type { PdfPrinter } from '../../electron/export/pdf-printer';
import { createSentPackages, createSharedStories } from '../../electron/share/index';
import { createStoryService } from '../../electron/stories/index';
import { createTemplateStore, createTestimonyService } from '../../electron/testimony';
import { grantTerms } from './pipeline-fixtures';
import { FakeVault } from './fake-vault';
import { filledTestimony } from './fill-template';
import { doc, para, text } from './doc-fixtures';
import { cachedDerive, FLOOR_KDF, NOW, writerSetup } from './share-fixtures';

const derive = cachedDerive();

/** A second writer's story: plain words, nothing marked. */
const secondDoc = doc(para(text('Nobody asked where I slept.')), para(text('The law can ask.')));

export interface Writer {
  vault: FakeVault;
  packageId: string;
  bytes: Buffer;
  code: string;
  sent: ReturnType<typeof createSentPackages>;
}

/**
 * A writer shares one story through the real share code: María (the fixture story, initials) or
 * a second writer (anonymous by default), with the grant's terms changed by `patch`.
 */
export async function shareFrom(
  who: 'maria' | 'second',
  title: string,
  patch: Partial<GrantTerms> = {},
): Promise<Writer> {
  const vault = new FakeVault();
  const sent = createSentPackages({ vault, clock: () => NOW, kdf: FLOOR_KDF, derive });
  let storyId: string;
  let grantId: string;
  if (who === 'maria') {
    const { story, grant } = await writerSetup(vault, patch);
    storyId = story.id;
    grantId = grant.id;
  } else {
    const story = await createStoryService(vault).create({ title: 'Second', doc: secondDoc });
    await createProfileStore(vault).set({ fullName: 'Ana Torres' });
    const grant = await createGrantStore(vault, () => NOW).create(
      [story.id],
      grantTerms({ identity: { mode: 'anonymous' }, ...patch }),
    );
    storyId = story.id;
    grantId = grant.id;
  }
  const prepared = await sent.prepare({ storyId, grantId, title });
  await prepared.commit(`${title}.harbor-share`);
  return { vault, packageId: prepared.packageId, bytes: prepared.bytes, code: prepared.shareCode, sent };
}

/**
 * An advocate's vault that imported the given packages and has a policy briefing quoting every
 * top-level block of each, one excerpt per package in the survivor perspectives section, and
 * its own consent for the briefing (legislative committee, the hearing on SB 123).
 */
export async function advocateBriefing(
  writers: Pick<Writer, 'bytes' | 'code'>[],
  opts: { language?: 'en' | 'es'; grant?: Partial<GrantTerms>; now?: Date } = {},
) {
  const vault = new FakeVault();
  let now = opts.now ?? new Date('2027-02-01T10:00:00Z');
  const clock = () => now;
  await createProfileStore(vault).set({ fullName: 'Dana Advocate' });
  const sharedStories = createSharedStories({ vault, clock, derive });
  const imported = [];
  for (const w of writers) imported.push(await sharedStories.importPackage(w.bytes, w.code));
  const template = builtInTemplate('briefing')!;
  const language = opts.language ?? 'en';
  const testimonies = createTestimonyService(vault, createTemplateStore(vault), { now: clock });
  const created = await testimonies.create({ templateId: template.id, language });
  const filled = filledTestimony(template, language);
  const shared: SharedExcerpt[] = imported.map((s, i) => ({
    id: `sx-000${i + 1}`,
    sharedStoryId: s.id,
    blocks: (s.doc!.content ?? []).map((_b, n) => n),
  }));
  filled.sections.perspectives = { text: 'In their own words:', excerpts: [], shared };
  // The shared stories' secrets include "Ruiz": the briefing is for an office named otherwise.
  filled.metadata.recipient = 'Senator Okafor';
  await testimonies.save(created.id, { metadata: filled.metadata, sections: filled.sections, title: filled.title });
  const grant = await createGrantStore(vault, clock).create(
    [created.id],
    grantTerms({ expiresOn: '2027-12-01', ...opts.grant }),
  );
  return {
    vault,
    imported,
    sharedStories,
    testimonyId: created.id,
    grant,
    setNow: (d: Date) => {
      now = d;
    },
    pipeline: (printer: PdfPrinter) => createExportPipeline({ vault, printer, clock }),
    options: (partial: Partial<ExportOptions> = {}): ExportOptions => ({
      source: { kind: 'testimony', id: created.id },
      grantId: grant.id,
      format: 'docx',
      paper: 'letter',
      language,
      title: null,
      ...partial,
    }),
  };
}
