import type { UseRecord } from '../../shared/share/use-record';
import type { OpenVault } from '../vault/types';

/**
 * After a file that quotes shared stories is written: one use record on each, which the advocate
 * can send back to its writer as a receipt (where their words went). The shared-story code loads
 * only for such a file.
 */
export async function recordSharedUses(
  vault: OpenVault,
  clock: () => Date,
  sharedStoryIds: readonly string[],
  use: UseRecord,
): Promise<void> {
  if (sharedStoryIds.length === 0) return;
  const { createSharedStories } = await import('../share/shared-stories');
  const shared = createSharedStories({ vault, clock });
  for (const id of sharedStoryIds) await shared.recordUse(id, use);
}
