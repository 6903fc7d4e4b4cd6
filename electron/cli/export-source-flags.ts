import type { ExportSource } from '../../shared/ipc/contract-consent';
import { quotedStoryIds } from '../../shared/testimony/testimony-data';
import { createStoryService } from '../stories/story-service';
import { createTemplateStore, createTestimonyService } from '../testimony/index';
import type { OpenVault } from '../vault/types';
import type { ParsedArgs } from './args';
import { stringFlag } from './command';
import { UsageError } from './usage-error';

/** --story <id> or --testimony <id>: exactly one, checked before the vault is unlocked. */
export function exportSourceFlag(args: ParsedArgs): ExportSource {
  const story = stringFlag(args, 'story')?.trim();
  const testimony = stringFlag(args, 'testimony')?.trim();
  if (story && testimony) throw new UsageError('Give --story or --testimony, not both.');
  if (story) return { kind: 'story', id: story };
  if (testimony) return { kind: 'testimony', id: testimony };
  throw new UsageError('--story or --testimony is needed.');
}

/**
 * What a consent for this source must cover: a story itself; a testimony and every story it
 * quotes (the export checks each). Not found → exit 4.
 */
export async function sourceCoverIds(vault: OpenVault, source: ExportSource): Promise<string[]> {
  if (source.kind === 'story') return [(await createStoryService(vault).get(source.id)).id];
  const testimony = await createTestimonyService(vault, createTemplateStore(vault)).get(source.id);
  return [testimony.id, ...quotedStoryIds(testimony)];
}
