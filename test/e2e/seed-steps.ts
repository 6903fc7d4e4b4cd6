/**
 * What a test needs before it starts, made through the bridge (the same main-process handlers the
 * UI calls), so that each test sets up its own state in a moment instead of depending on the test
 * before it having clicked there.
 */
import type { Page } from 'playwright-core';
import { heading } from './vault-steps';
import { openStory } from './workspace-steps';

export interface SeededStory {
  storyId: string;
  grantId: string;
}

/** A story of one paragraph per line of `text`, as story:create stores it. */
export async function seedStory(page: Page, title: string, text: string): Promise<string> {
  const doc = {
    type: 'doc' as const,
    content: text.split('\n').map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
  };
  const created = await page.evaluate((input) => window.harbor.story.create(input), { title, doc });
  if (!created.ok) throw new Error(`story:create failed: ${created.error.message}`);
  return created.value.id;
}

/**
 * A consent for an advocacy organization, anonymous, for Word and PDF, for a year: the terms
 * consent-steps.ts grantConsent saves through the form.
 */
export async function seedConsent(page: Page, storyId: string, audience: string, purpose: string): Promise<string> {
  const expiresOn = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  const created = await page.evaluate((input) => window.harbor.consent.create(input), {
    sourceIds: [storyId],
    terms: {
      audience: { kind: 'advocacy-organization' as const, name: audience },
      purpose,
      identity: { mode: 'anonymous' as const },
      redact: { categories: [], keep: [] },
      formats: ['docx' as const, 'pdf' as const],
      expiresOn,
      note: '',
      publicRecordAcknowledged: false,
      coverNote: false,
    },
  });
  if (!created.ok) throw new Error(`consent:create failed: ${created.error.message}`);
  return created.value.id;
}

/**
 * A Word export under the consent, as the export flow's last step runs it (listed in the sharing
 * history), once the words in `fineToShare` were said to be fine to share, as the check asks.
 */
export async function seedExport(page: Page, seeded: SeededStory, fineToShare: string[] = []): Promise<void> {
  if (fineToShare.length > 0) {
    const cleared = await page.evaluate(({ id, texts }) => window.harbor.story.clearCandidates({ id, texts }), {
      id: seeded.storyId,
      texts: fineToShare,
    });
    if (!cleared.ok) throw new Error(`story:clear-candidates failed: ${cleared.error.message}`);
  }
  const ran = await page.evaluate(
    ({ storyId, grantId }) =>
      window.harbor.export.run({
        source: { kind: 'story', id: storyId },
        grantId,
        format: 'docx',
        paper: 'letter',
        language: 'en',
        title: null,
        purposeConfirmedFor: [],
        fileName: 'seeded-export.docx',
      }),
    seeded,
  );
  if (!ran.ok || ran.value.status !== 'saved') throw new Error(`export:run did not save: ${JSON.stringify(ran)}`);
}

/** A story with a consent for `audience`, opened in the editor from a freshly loaded library. */
export async function seedStoryWithConsent(
  page: Page,
  story: { title: string; text: string },
  consent: { audience: string; purpose: string },
): Promise<SeededStory> {
  const storyId = await seedStory(page, story.title, story.text);
  const grantId = await seedConsent(page, storyId, consent.audience, consent.purpose);
  await showLibrary(page);
  await openStory(page, story.title);
  return { storyId, grantId };
}

/** Reloads the window (so the renderer reads what was seeded) and waits for the library. */
export async function showLibrary(page: Page): Promise<void> {
  await page.reload();
  await heading(page, 'Library');
}

/** Whether the sharing history lists any export yet (the export flow's reflection step shows before the first only). */
export async function hasExported(page: Page): Promise<boolean> {
  const history = await page.evaluate(() => window.harbor.history.list());
  if (!history.ok) throw new Error(`history:list failed: ${history.error.message}`);
  return history.value.length > 0;
}
