import type { UseRecord } from '../../shared/share/use-record';
import { createSharedStories } from '../share/shared-stories';
import type { OpenVault } from '../vault/types';

/**
 * After a file that quotes shared stories is written: one use record on each, which the advocate
 * can send back to its writer as a receipt (where their words went).
 */
export async function recordSharedUses(
  vault: OpenVault,
  clock: () => Date,
  sharedStoryIds: readonly string[],
  use: UseRecord,
): Promise<void> {
  if (sharedStoryIds.length === 0) return;
  const shared = createSharedStories({ vault, clock });
  for (const id of sharedStoryIds) await shared.recordUse(id, use);
}
