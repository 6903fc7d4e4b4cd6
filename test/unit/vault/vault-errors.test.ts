import { describe, expect, it } from 'vitest';
import { HarborError } from '../../../shared/errors';
import { asHarborError, vaultErrors } from '../../../electron/vault/vault-errors';

const thrown = (code: unknown, message = 'failed at /home/rosa/Harbor/vault/items-000001') =>
  Object.assign(new Error(message), { code });

describe('what a failed file operation tells the person', () => {
  it('a full disk, a file Harbor may not touch, and any other file error are each told apart', () => {
    expect(asHarborError(thrown('ENOSPC'))).toMatchObject({
      code: 'io',
      messageKey: 'vault.diskFull',
      details: { cause: 'ENOSPC' },
    });
    for (const code of ['EACCES', 'EPERM']) {
      expect(asHarborError(thrown(code))).toMatchObject({
        code: 'io',
        messageKey: 'vault.notAllowed',
        details: { cause: code },
      });
    }
    for (const code of ['EIO', 'EROFS', 'EMFILE']) {
      expect(asHarborError(thrown(code))).toMatchObject({
        code: 'io',
        messageKey: 'vault.io',
        details: { cause: code },
      });
    }
    expect(vaultErrors.io(undefined)).toMatchObject({
      code: 'io',
      messageKey: 'vault.io',
      details: { cause: 'unknown' },
    });
  });

  it('anything else thrown is an internal error, never its own text (which may hold a path)', () => {
    // Not a system error code: Node's own ERR_ codes, a lower-case or padded spelling, a number, nothing.
    for (const code of ['ERR_INVALID_ARG_TYPE', 'eio', 'XEIO', 'EIO1', ' EIO', 'E', ['EIO'], 5, null, undefined]) {
      const error = asHarborError(thrown(code));
      expect(error).toMatchObject({ code: 'internal', messageKey: 'vault.internal' });
      expect(error.message).not.toContain('rosa');
    }
    for (const value of [null, undefined, 'a string', 42]) {
      expect(asHarborError(value)).toMatchObject({ code: 'internal', messageKey: 'vault.internal' });
    }
  });

  it('a HarborError already worded is passed on as it is', () => {
    const error = vaultErrors.inUse();
    expect(asHarborError(error)).toBe(error);
    const withCode = Object.assign(new HarborError('locked', 'vault.locked'), { errno: 5 });
    expect(asHarborError(withCode)).toBe(withCode);
  });
});

describe('the damage the vault reports', () => {
  it('one damaged item is told as one; several by their number', () => {
    const one = vaultErrors.itemDamaged(['a1']);
    expect(one).toMatchObject({ code: 'integrity', messageKey: 'vault.itemDamagedOne', details: { itemIds: ['a1'] } });
    const two = vaultErrors.itemDamaged(['a1', 'b2']);
    expect(two).toMatchObject({
      messageKey: 'vault.itemDamagedMany',
      params: { count: 2 },
      details: { itemIds: ['a1', 'b2'] },
    });
    expect(two.message).toContain('2');
    expect(vaultErrors.itemDamaged([])).toMatchObject({ messageKey: 'vault.itemDamagedMany', params: { count: 0 } });
  });

  it('a damaged header, version or backup names what is damaged, for the log', () => {
    expect(vaultErrors.headerDamaged('too large')).toMatchObject({
      code: 'integrity',
      messageKey: 'vault.headerDamaged',
      details: { file: 'vault.json', problem: 'too large' },
    });
    expect(vaultErrors.revisionDamaged('a1', 7)).toMatchObject({
      code: 'integrity',
      messageKey: 'vault.revisionDamaged',
      details: { itemIds: ['a1'], revision: 7 },
    });
    expect(vaultErrors.backupDamaged('cut short')).toMatchObject({
      code: 'integrity',
      messageKey: 'vault.backupDamaged',
      details: { problem: 'cut short', itemIds: [] },
    });
    expect(vaultErrors.backupDamaged('bad item', ['c3']).details).toEqual({ problem: 'bad item', itemIds: ['c3'] });
  });
});

describe('each refusal of the vault', () => {
  it('has its own code and its own words', () => {
    // What each error is to whoever handles it (the code: exit codes, which screen) and to the person (the words).
    const expected: [HarborError, string, string][] = [
      [vaultErrors.wrongPassphrase(), 'wrong_passphrase', 'vault.wrongPassphrase'],
      [vaultErrors.wrongRecoveryKey(), 'wrong_recovery_key', 'vault.wrongRecoveryKey'],
      [vaultErrors.malformedRecoveryKey(), 'wrong_recovery_key', 'vault.malformedRecoveryKey'],
      [vaultErrors.noRecoveryKey(), 'wrong_recovery_key', 'vault.noRecoveryKey'],
      [vaultErrors.weakKdf(), 'weak_kdf', 'vault.weakKdf'],
      [vaultErrors.weakKdfRequested(), 'weak_kdf', 'vault.weakKdfRequested'],
      [vaultErrors.kdfTooCostly(), 'integrity', 'vault.kdfTooCostly'],
      [vaultErrors.newerFormat(), 'unsupported', 'vault.newerFormat'],
      [vaultErrors.inUse(), 'in_use', 'vault.inUse'],
      [vaultErrors.lockLost(), 'in_use', 'vault.lockLost'],
      [vaultErrors.locked(), 'locked', 'vault.locked'],
      [vaultErrors.noVault(), 'not_found', 'vault.noVault'],
      [vaultErrors.noItem(), 'not_found', 'vault.noItem'],
      [vaultErrors.noRevision(), 'not_found', 'vault.noRevision'],
      [vaultErrors.vaultExists(), 'exists', 'vault.vaultExists'],
      [vaultErrors.folderNotEmpty(), 'exists', 'vault.folderNotEmpty'],
      [vaultErrors.invalid('vault.kdfNotWhole'), 'invalid_input', 'vault.kdfNotWhole'],
      [vaultErrors.internal(), 'internal', 'vault.internal'],
    ];
    for (const [error, code, key] of expected) {
      expect(error).toBeInstanceOf(HarborError);
      expect({ code: error.code, key: error.messageKey }).toEqual({ code, key });
      expect(error.message).not.toBe('');
    }
    expect(new Set(expected.map(([, , key]) => key)).size).toBe(expected.length);
  });
});
