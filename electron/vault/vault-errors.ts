import type { ErrorMessage, ErrorMessageKey } from '../../shared/error-text/error-catalog';
import { HarborError } from '../../shared/errors';

type VaultMessageKey = Extract<ErrorMessageKey, `vault.${string}`>;

/**
 * Every error the vault raises, worded for a person who may be frightened or tired: plain, warm,
 * never blaming, never containing story text. `details` carries ids only.
 */
export const vaultErrors = {
  wrongPassphrase: () => new HarborError('wrong_passphrase', 'vault.wrongPassphrase'),
  wrongRecoveryKey: () => new HarborError('wrong_recovery_key', 'vault.wrongRecoveryKey'),
  malformedRecoveryKey: () => new HarborError('wrong_recovery_key', 'vault.malformedRecoveryKey'),
  noRecoveryKey: () => new HarborError('wrong_recovery_key', 'vault.noRecoveryKey'),
  weakKdf: () => new HarborError('weak_kdf', 'vault.weakKdf'),
  weakKdfRequested: () => new HarborError('weak_kdf', 'vault.weakKdfRequested'),
  // An edited header, so damage (exit 3), and never counted as a wrong passphrase.
  kdfTooCostly: () => new HarborError('integrity', 'vault.kdfTooCostly'),
  headerDamaged: (problem: string) =>
    new HarborError('integrity', 'vault.headerDamaged', { file: 'vault.json', problem }),
  newerFormat: () => new HarborError('unsupported', 'vault.newerFormat'),
  itemDamaged: (itemIds: string[]) =>
    new HarborError(
      'integrity',
      itemIds.length === 1
        ? 'vault.itemDamagedOne'
        : { key: 'vault.itemDamagedMany', params: { count: itemIds.length } },
      { itemIds },
    ),
  revisionDamaged: (itemId: string, revision: number) =>
    new HarborError('integrity', 'vault.revisionDamaged', { itemIds: [itemId], revision }),
  backupDamaged: (problem: string, itemIds: string[] = []) =>
    new HarborError('integrity', 'vault.backupDamaged', { problem, itemIds }),
  inUse: () => new HarborError('in_use', 'vault.inUse'),
  lockLost: () => new HarborError('in_use', 'vault.lockLost'),
  locked: () => new HarborError('locked', 'vault.locked'),
  noVault: () => new HarborError('not_found', 'vault.noVault'),
  noItem: () => new HarborError('not_found', 'vault.noItem'),
  noRevision: () => new HarborError('not_found', 'vault.noRevision'),
  vaultExists: () => new HarborError('exists', 'vault.vaultExists'),
  folderNotEmpty: () => new HarborError('exists', 'vault.folderNotEmpty'),
  invalid: (text: ErrorMessage<VaultMessageKey>) => new HarborError('invalid_input', text),
  io: (code: string | undefined) =>
    new HarborError(
      'io',
      code === 'ENOSPC' ? 'vault.diskFull' : code === 'EACCES' || code === 'EPERM' ? 'vault.notAllowed' : 'vault.io',
      { cause: code ?? 'unknown' },
    ),
  internal: () => new HarborError('internal', 'vault.internal'),
};

/** Turns anything thrown by Node into a HarborError without leaking paths or contents. */
export function asHarborError(error: unknown): HarborError {
  if (error instanceof HarborError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return vaultErrors.io(code);
  return vaultErrors.internal();
}
