import type { ExportSource } from '../../shared/ipc/contract-consent';
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
