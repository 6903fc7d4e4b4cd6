import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KDF_FLOOR, KDF_MAX } from '../../../electron/vault/constants';
import { createVault, openVault, recoverVault, vaultExists } from '../../../electron/vault/index';
import { expectHarborError, FAST_KDF, PASS, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

describe('making a vault with chosen key-derivation settings', () => {
  it('fills what was left out: 64 MiB, 3 passes, one lane', async () => {
    const dir = path.join(await tempDir(), 'v');
    const { vault } = await createVault(dir, PASS, { kdf: { memoryKiB: KDF_FLOOR.memoryKiB, iterations: 2 } });
    expect(vault.kdf).toMatchObject({
      algorithm: 'argon2id',
      memoryKiB: KDF_FLOOR.memoryKiB,
      iterations: 2,
      parallelism: 1,
    });
    await vault.close();
    const other = path.join(await tempDir(), 'v');
    const { vault: second } = await createVault(other, PASS, { kdf: { parallelism: 1, iterations: 2 } });
    expect(second.kdf).toMatchObject({ memoryKiB: 65536, iterations: 2, parallelism: 1 });
    await second.close();
  });

  it('keeps exactly the settings given, and the vault opens with them', async () => {
    const dir = path.join(await tempDir(), 'v');
    const { vault } = await createVault(dir, PASS, { kdf: { memoryKiB: 20000, iterations: 2, parallelism: 2 } });
    expect(vault.kdf).toMatchObject({ memoryKiB: 20000, iterations: 2, parallelism: 2 });
    await vault.close();
    const again = await openVault(dir, PASS);
    expect(again.kdf).toMatchObject({ memoryKiB: 20000, iterations: 2, parallelism: 2 });
    await again.close();
  });

  it('refuses settings that are not whole numbers or beyond what Harbor can use, and makes nothing', async () => {
    const dir = path.join(await tempDir(), 'v');
    for (const kdf of [
      { ...FAST_KDF, memoryKiB: 20000.5 },
      { ...FAST_KDF, iterations: 2.5 },
      { ...FAST_KDF, parallelism: 1.5 },
      { ...FAST_KDF, iterations: Number.POSITIVE_INFINITY },
    ]) {
      const error = await expectHarborError(createVault(dir, PASS, { kdf }), 'invalid_input');
      expect(error.message).toMatch(/whole numbers/);
    }
    for (const kdf of [
      { ...FAST_KDF, memoryKiB: KDF_MAX.memoryKiB + 1 },
      { ...FAST_KDF, iterations: KDF_MAX.iterations + 1 },
    ]) {
      const error = await expectHarborError(createVault(dir, PASS, { kdf }), 'invalid_input');
      expect(error.message).toMatch(/more than Harbor can use/);
    }
    await expectHarborError(createVault(dir, PASS, { kdf: { ...FAST_KDF, parallelism: 0 } }), 'weak_kdf');
    expect(await vaultExists(dir)).toBe(false);
    await expect(fs.readdir(dir)).rejects.toThrow();
  });

  it('clears what a create that crashed before its header left, and nothing of anyone else', async () => {
    const dir = path.join(await tempDir(), 'v');
    await fs.mkdir(path.join(dir, 'items-000001', 'a'.repeat(32)), { recursive: true, mode: 0o755 });
    await fs.chmod(dir, 0o755);
    await fs.mkdir(path.join(dir, 'items-000007'));
    await fs.writeFile(path.join(dir, 'items-000007', 'x'), 'leftover');
    await fs.writeFile(path.join(dir, 'readme.txt'), 'mine');
    const { vault } = await createVault(dir, PASS, { kdf: FAST_KDF });
    expect((await fs.readdir(dir)).sort()).toEqual(['items-000001', 'readme.txt', 'vault.json', 'vault.lock']);
    expect(await fs.readdir(path.join(dir, 'items-000001'))).toEqual([]);
    // The folder was there before, open to others: it is made private too.
    expect((await fs.stat(dir)).mode & 0o777).toBe(0o700);
    await vault.close();
  });
});

describe('recovering a vault', () => {
  it('refuses a new passphrase that is empty before touching the vault, and the recovery key still works', async () => {
    const dir = path.join(await tempDir(), 'v');
    const { vault, recoveryKey } = await createVault(dir, PASS, { kdf: FAST_KDF, recoveryKey: true });
    await vault.close();
    await expectHarborError(recoverVault(dir, recoveryKey!, ''), 'invalid_input');
    const { vault: recovered, recoveryKey: next } = await recoverVault(dir, recoveryKey!, 'a new long passphrase');
    expect(next).not.toBe(recoveryKey);
    await recovered.close();
    await expectHarborError(openVault(dir, PASS), 'wrong_passphrase');
  });

  it('a malformed or wrong recovery key, or a vault without one, is named as such', async () => {
    const dir = path.join(await tempDir(), 'v');
    const { vault, recoveryKey } = await createVault(dir, PASS, { kdf: FAST_KDF, recoveryKey: true });
    await vault.close();
    const malformed = await expectHarborError(
      recoverVault(dir, 'not a key', 'a new long passphrase'),
      'wrong_recovery_key',
    );
    const flipped = recoveryKey!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const wrong = await expectHarborError(recoverVault(dir, flipped, 'a new long passphrase'), 'wrong_recovery_key');
    expect(malformed.message).not.toBe(wrong.message);
    const plain = path.join(await tempDir(), 'v');
    const { vault: without } = await createVault(plain, PASS, { kdf: FAST_KDF });
    await without.close();
    const none = await expectHarborError(
      recoverVault(plain, recoveryKey!, 'a new long passphrase'),
      'wrong_recovery_key',
    );
    expect(new Set([malformed.message, wrong.message, none.message]).size).toBe(3);
    // Each refusal released the vault: it still opens.
    await (await openVault(dir, PASS)).close();
  });
});
