import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openVault, recoverVault } from '../../../electron/vault/index';
import { nodeVaultFs, openVaultWithFs, parseHeader, type VaultFs } from '../../../electron/vault/testing';
import { expectHarborError, newVault, PASS, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

const headerOf = async (dir: string) => parseHeader(await fs.readFile(path.join(dir, 'vault.json')));

describe('the keys that open a vault', () => {
  it('a new passphrase comes with a new salt; a rotation keeps the passphrase and its salt', async () => {
    const { dir, vault } = await newVault();
    const first = await headerOf(dir);
    await vault.rotateKeys();
    const rotated = await headerOf(dir);
    expect(rotated.kdf).toEqual(first.kdf);
    expect(rotated.itemsDir).toBe('items-000002');
    await vault.changePassphrase(PASS);
    const changed = await headerOf(dir);
    // Even the same words again: a new salt, so a new key-encryption key.
    expect(changed.kdf.salt).not.toBe(first.kdf.salt);
    expect({ ...changed.kdf, salt: '' }).toEqual({ ...first.kdf, salt: '' });
    expect(changed.itemsDir).toBe('items-000003');
    await vault.close();
  });

  it('two changes and a rotation in one session: only the latest passphrase opens, with every story', async () => {
    const { dir, vault } = await newVault();
    const story = await vault.create('story', { title: 'mine' });
    await vault.changePassphrase('the second passphrase');
    await vault.changePassphrase('the third passphrase');
    expect(await vault.verifyPassphrase('the third passphrase')).toBe(true);
    expect(await vault.verifyPassphrase('the second passphrase')).toBe(false);
    await vault.rotateKeys();
    await vault.close();
    for (const old of [PASS, 'the second passphrase']) await expectHarborError(openVault(dir, old), 'wrong_passphrase');
    const again = await openVault(dir, 'the third passphrase');
    expect((await again.get(story.id)).data).toEqual({ title: 'mine' });
    await again.close();
  });

  it('a recovery key added, replaced and removed: the header holds exactly the latest one', async () => {
    const { dir, vault } = await newVault();
    expect((await headerOf(dir)).recoveryWrap).toBeNull();
    const first = await vault.setRecoveryKey();
    const wrap = (await headerOf(dir)).recoveryWrap;
    expect(wrap).not.toBeNull();
    const second = await vault.setRecoveryKey();
    expect(second).not.toBe(first);
    expect((await headerOf(dir)).recoveryWrap).not.toEqual(wrap);
    const { recoveryKey } = await vault.rotateKeys();
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await vault.removeRecoveryKey();
    expect((await headerOf(dir)).recoveryWrap).toBeNull();
    expect(await vault.rotateKeys()).toEqual({});
    await vault.close();
  });

  /** File operations where every replacement of vault.json fails as on a full disk. */
  const fullDisk: VaultFs = {
    ...nodeVaultFs,
    rename: async (from, to) => {
      if (to.endsWith('vault.json')) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
      return nodeVaultFs.rename(from, to);
    },
  };

  for (const withRecovery of [false, true]) {
    it(`a rotation or new passphrase that fails says why, with a recovery key or not (${withRecovery ? 'with' : 'without'})`, async () => {
      const { dir, vault: made, recoveryKey } = await newVault({ recoveryKey: withRecovery });
      const story = await made.create('story', { title: 'mine' });
      await made.close();
      const vault = await openVaultWithFs(dir, PASS, fullDisk);
      // The person is told the disk is full (a catalog message), not "Something went wrong".
      for (const change of [() => vault.rotateKeys(), () => vault.changePassphrase('another passphrase')]) {
        const error = await expectHarborError(change(), 'io');
        expect(error.messageKey).toBe('vault.diskFull');
      }
      expect((await vault.get(story.id)).data).toEqual({ title: 'mine' });
      await vault.close();
      const again = await openVault(dir, PASS);
      expect((await again.get(story.id)).data).toEqual({ title: 'mine' });
      expect(again.hasRecoveryKey).toBe(withRecovery);
      await again.close();
      if (recoveryKey) {
        // A failed rotation must not have changed the recovery key either.
        const { vault: recovered } = await recoverVault(dir, recoveryKey, 'a new passphrase after recovery');
        expect((await recovered.get(story.id)).data).toEqual({ title: 'mine' });
        await recovered.close();
      }
    });
  }
});
