import { HarborError } from '../../shared/errors';

/**
 * Every error the vault raises, worded for a person who may be frightened or tired: plain, warm,
 * never blaming, never containing story text. `details` carries ids only.
 */
export const vaultErrors = {
  wrongPassphrase: () => new HarborError('wrong_passphrase', "That passphrase doesn't open this vault."),
  wrongRecoveryKey: () =>
    new HarborError(
      'wrong_recovery_key',
      "That recovery key doesn't open this vault. Check each group of letters and numbers and try again.",
    ),
  malformedRecoveryKey: () =>
    new HarborError(
      'wrong_recovery_key',
      "That doesn't look like a Harbor recovery key. A recovery key has 32 letters and numbers in groups of four.",
    ),
  noRecoveryKey: () =>
    new HarborError(
      'wrong_recovery_key',
      "This vault doesn't have a recovery key, so only its passphrase can open it.",
    ),
  weakKdf: () =>
    new HarborError(
      'weak_kdf',
      "This vault's security settings are weaker than Harbor allows. It may have been tampered with, so Harbor won't open it.",
    ),
  weakKdfRequested: () =>
    new HarborError('weak_kdf', "Those security settings are weaker than Harbor allows, so Harbor won't use them."),
  kdfTooCostly: () =>
    new HarborError(
      'unsupported',
      "This vault's security settings ask for more memory or time than Harbor can give. It may have been tampered with, so Harbor won't open it.",
    ),
  headerDamaged: (problem: string) =>
    new HarborError(
      'integrity',
      "This vault's main file is damaged or was changed outside Harbor, so Harbor can't open it safely. A backup can bring the vault back.",
      { file: 'vault.json', problem },
    ),
  newerFormat: () =>
    new HarborError(
      'unsupported',
      'This vault was made by a newer version of Harbor. Please update Harbor to open it.',
    ),
  itemDamaged: (itemIds: string[]) =>
    new HarborError(
      'integrity',
      itemIds.length === 1
        ? "One saved item is damaged, so Harbor can't read it. Your other items are unaffected."
        : `${itemIds.length} saved items are damaged, so Harbor can't read them. Your other items are unaffected.`,
      { itemIds },
    ),
  revisionDamaged: (itemId: string, revision: number) =>
    new HarborError(
      'integrity',
      "That saved version is damaged, so Harbor can't read it. Other versions and your other items are unaffected.",
      { itemIds: [itemId], revision },
    ),
  backupDamaged: (problem: string, itemIds: string[] = []) =>
    new HarborError(
      'integrity',
      'This backup file is damaged or incomplete, so Harbor did not restore anything from it. Your existing files were not touched.',
      { problem, itemIds },
    ),
  inUse: () =>
    new HarborError('in_use', 'This vault is open in another Harbor window or program. Close it there first.'),
  lockLost: () =>
    new HarborError(
      'in_use',
      'Another Harbor window or program has taken over this vault, so this window stopped saving. Close this window and unlock the vault again.',
    ),
  locked: () => new HarborError('locked', 'This vault is locked. Unlock it with your passphrase to continue.'),
  noVault: () => new HarborError('not_found', "There's no Harbor vault in that folder."),
  noItem: () => new HarborError('not_found', "Harbor couldn't find that item in this vault. It may have been deleted."),
  noRevision: () => new HarborError('not_found', "Harbor couldn't find that saved version of this item."),
  vaultExists: () =>
    new HarborError('exists', "There's already a Harbor vault in that folder. Harbor won't write over it."),
  folderNotEmpty: () =>
    new HarborError(
      'exists',
      "That folder already has other files in it. Harbor won't write over them, so please choose an empty folder.",
    ),
  invalid: (what: string) => new HarborError('invalid_input', what),
  io: (code: string | undefined) =>
    new HarborError(
      'io',
      code === 'ENOSPC'
        ? "Your computer's disk is full, so Harbor couldn't save. Everything you saved before is safe. Free some space and try again."
        : code === 'EACCES' || code === 'EPERM'
          ? "Harbor isn't allowed to write to the vault's folder. Everything you saved before is safe."
          : "Harbor couldn't read or write the vault's files just now. Everything you saved before is safe. Please try again.",
      { cause: code ?? 'unknown' },
    ),
  internal: () =>
    new HarborError(
      'internal',
      'Something went wrong inside Harbor. Everything you saved before is safe. Please try again.',
    ),
};

/** Turns anything thrown by Node into a HarborError without leaking paths or contents. */
export function asHarborError(error: unknown): HarborError {
  if (error instanceof HarborError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return vaultErrors.io(code);
  return vaultErrors.internal();
}
