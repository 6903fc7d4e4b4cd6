import type { ExportSource } from '../../shared/ipc/contract-consent';
import { quotedStoryIds } from '../../shared/testimony/testimony-data';
import { createStoryService } from '../stories/story-service';
import { createTemplateStore, createTestimonyService } from '../testimony/index';
import type { OpenVault } from '../vault/types';

/**
 * What a consent for this source must cover: a story itself; a testimony and every story it
 * quotes (the export checks each). Not found → exit 4.
 */
export async function sourceCoverIds(vault: OpenVault, source: ExportSource): Promise<string[]> {
  if (source.kind === 'story') return [(await createStoryService(vault).get(source.id)).id];
  const testimony = await createTestimonyService(vault, createTemplateStore(vault)).get(source.id);
  return [testimony.id, ...quotedStoryIds(testimony)];
}
