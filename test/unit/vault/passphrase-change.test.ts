import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openVault, recoverVault, restoreBackup } from '../../../electron/vault/index';
import {
  activeItemsPath,
  decodeAt,
  nodeVaultFs,
  openVaultWithFs,
  rawVaultKey,
  type VaultFs,
} from '../../../electron/vault/testing';
import { atHeaderRename, atOldGenerationRemoval, crashingFs } from './crashing-fs';
import { expectHarborError, newVault, PASS, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

const NEW_PASS = 'a different passphrase now';

async function copyDir(from: string, to: string): Promise<void> {
  await fs.cp(from, to, { recursive: true });
  await fs.rm(path.join(to, 'vault.lock'), { force: true });
}

describe('a passphrase change rotates the keys', () => {
  it('an old copy of vault.json and the old passphrase read nothing written after the change', async () => {
    const { dir, vault } = await newVault();
    const before = await vault.create('story', { title: 'before' });
    const oldHeader = await fs.readFile(path.join(dir, 'vault.json'));
    const oldKey = rawVaultKey(vault);
    await vault.changePassphrase(NEW_PASS);
    const after = await vault.create('story', { title: 'written after the change' });
    const afterFile = path.join(activeItemsPath(vault), after.id, '0000000001');
    await vault.close();

    // Someone who kept the old vault.json puts it back into a copy of the folder.
    const copy = path.join(await tempDir('copy'), 'v');
    await copyDir(dir, copy);
    await fs.writeFile(path.join(copy, 'vault.json'), oldHeader);
    const stale = await openVault(copy, PASS).catch(() => null);
    if (stale) {
      const ids = (await stale.list()).map((r) => r.id);
      expect(ids).not.toContain(after.id);
      await stale.close();
    }
    // And the old key cannot open the new story's file, wherever it is put.
    const bytes = await fs.readFile(afterFile);
    expect(decodeAt(oldKey, vault.id, after.id, 1, bytes).ok).toBe(false);

    // The person, meanwhile, has everything under the new passphrase.
    const mine = await openVault(dir, NEW_PASS);
    expect((await mine.list()).map((r) => r.id).sort()).toEqual([before.id, after.id].sort());
    await mine.close();
    await expectHarborError(openVault(dir, PASS), 'wrong_passphrase');
  });

  it('a backup made before still opens with the old passphrase, and holds only what it held', async () => {
    const { vault } = await newVault();
    await vault.create('story', { title: 'old' });
    const work = await tempDir('backup');
    const backup = path.join(work, 'before.harbor-backup');
    await vault.backup(backup);
    await vault.changePassphrase(NEW_PASS);
    await vault.create('story', { title: 'new' });
    await vault.close();
    const restored = await restoreBackup(backup, path.join(work, 'restored'), PASS);
    expect((await restored.list<{ title: string }>()).map((r) => r.data.title)).toEqual(['old']);
    await restored.close();
  });

  it('gives a new recovery key: the old one no longer opens the vault', async () => {
    const { dir, vault, recoveryKey } = await newVault({ recoveryKey: true });
    const a = await vault.create('story', { v: 1 });
    const result = await vault.changePassphrase(NEW_PASS);
    expect(result.recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(result.recoveryKey).not.toBe(recoveryKey);
    await vault.close();
    await expectHarborError(recoverVault(dir, recoveryKey!, 'whatever passphrase'), 'wrong_recovery_key');
    const recovered = await recoverVault(dir, result.recoveryKey!, 'recovered passphrase');
    expect((await recovered.vault.get(a.id)).data).toEqual({ v: 1 });
    await recovered.vault.close();
  });

  it('recovery does the same: new keys, a new recovery key, the used one and the old passphrase refused', async () => {
    const { dir, vault, recoveryKey } = await newVault({ recoveryKey: true });
    const story = await vault.create('story', { title: 'Mine', body: 'Rosa told me' });
    await vault.put(story.id, { title: 'Mine', body: 'Rosa told me more' }, { revisionName: 'sent' });
    const grant = await vault.create('grant', { to: 'advocate' });
    const oldKey = rawVaultKey(vault);
    await vault.close();

    const recovered = await recoverVault(dir, recoveryKey!, NEW_PASS);
    expect(recovered.recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(recovered.recoveryKey).not.toBe(recoveryKey);
    expect(recovered.skipped).toBeUndefined();
    const { vault: mine } = recovered;
    expect(rawVaultKey(mine).equals(oldKey)).toBe(false);
    // Every story, version and name is still there, now under the new keys only.
    expect((await mine.get(story.id)).data).toEqual({ title: 'Mine', body: 'Rosa told me more' });
    expect((await mine.revisions(story.id)).map((r) => [r.revision, r.revisionName])).toEqual([
      [2, 'sent'],
      [1, undefined],
    ]);
    expect((await mine.getRevision(story.id, 1)).data).toEqual({ title: 'Mine', body: 'Rosa told me' });
    expect((await mine.get(grant.id)).data).toEqual({ to: 'advocate' });
    const file = path.join(activeItemsPath(mine), story.id, '0000000002');
    expect(decodeAt(oldKey, mine.id, story.id, 2, await fs.readFile(file)).ok).toBe(false);
    expect(mine.hasRecoveryKey).toBe(true);
    await mine.close();

    await expectHarborError(recoverVault(dir, recoveryKey!, 'yet another passphrase'), 'wrong_recovery_key');
    await expectHarborError(openVault(dir, PASS), 'wrong_passphrase');
    const again = await openVault(dir, NEW_PASS);
    expect((await again.list()).map((r) => r.id).sort()).toEqual([story.id, grant.id].sort());
    await again.close();
    const next = await recoverVault(dir, recovered.recoveryKey, 'yet another passphrase');
    expect((await next.vault.get(story.id)).revision).toBe(2);
    await next.vault.close();
  });

  it('an empty new passphrase is refused before anything changes: the recovery key still works', async () => {
    const { dir, vault, recoveryKey } = await newVault({ recoveryKey: true });
    const story = await vault.create('story', { title: 'kept' });
    await vault.close();
    await expectHarborError(recoverVault(dir, recoveryKey!, ''), 'invalid_input');
    const recovered = await recoverVault(dir, recoveryKey!, NEW_PASS);
    expect((await recovered.vault.get(story.id)).data).toEqual({ title: 'kept' });
    await recovered.vault.close();
  });

  it('recovery reports the versions too damaged to carry over to the new keys, and keeps the rest', async () => {
    const { dir, vault, recoveryKey } = await newVault({ recoveryKey: true });
    const story = await vault.create('story', { v: 1 });
    await vault.put(story.id, { v: 2 });
    await fs.writeFile(path.join(activeItemsPath(vault), story.id, '0000000001'), 'damaged');
    await vault.close();
    const recovered = await recoverVault(dir, recoveryKey!, NEW_PASS);
    expect(recovered.skipped).toEqual([{ itemId: story.id, revision: 1 }]);
    expect((await recovered.vault.get(story.id)).data).toEqual({ v: 2 });
    expect((await recovered.vault.verify()).ok).toBe(true);
    await recovered.vault.close();
  });

  it('takes a passphrase of up to 4096 characters; refuses an empty, longer or non-text one', async () => {
    const { dir, vault } = await newVault();
    const story = await vault.create('story', { v: 1 });
    const longest = 'ñ'.repeat(4096);
    const refusals: [unknown, string][] = [
      ['', 'vault.passphraseMissing'],
      [`${longest}x`, 'vault.passphraseTooLong'],
      [null, 'vault.passphraseMissing'],
    ];
    for (const [passphrase, key] of refusals) {
      const refused = await expectHarborError(vault.changePassphrase(passphrase as string), 'invalid_input');
      expect(refused.messageKey).toBe(key);
      expect((await expectHarborError(vault.verifyPassphrase(passphrase as string), 'invalid_input')).messageKey).toBe(
        key,
      );
    }
    expect(await vault.verifyPassphrase(PASS)).toBe(true);
    await vault.changePassphrase(longest);
    expect(await vault.verifyPassphrase(PASS)).toBe(false);
    expect(await vault.verifyPassphrase(longest)).toBe(true);
    await vault.close();
    const again = await openVault(dir, longest);
    expect((await again.get(story.id)).data).toEqual({ v: 1 });
    await again.close();
  });

  it('without a recovery key none is made', async () => {
    const { vault } = await newVault();
    expect(await vault.changePassphrase(NEW_PASS)).toEqual({});
    expect(vault.hasRecoveryKey).toBe(false);
    await vault.close();
  });
});

describe('a passphrase change cut short', () => {
  async function expectOpensWithExactlyOne(dir: string, works: string, fails: string, id: string) {
    await expectHarborError(openVault(dir, fails), 'wrong_passphrase');
    const v = await openVault(dir, works);
    expect((await v.get(id)).data).toEqual({ v: 1 });
    expect((await v.verify()).damaged).toEqual([]);
    await v.close();
  }

  it('before the switch: the old passphrase and old keys, untouched', async () => {
    const { dir, vault: made } = await newVault();
    const a = await made.create('story', { v: 1 });
    await made.close();
    const vfs = crashingFs(atHeaderRename);
    const vault = await openVaultWithFs(dir, PASS, vfs);
    await expect(vault.changePassphrase(NEW_PASS)).rejects.toThrow();
    expect(vfs.crashed()).toBe(true);
    await vault.close();
    await expectOpensWithExactlyOne(dir, PASS, NEW_PASS, a.id);
  });

  it('after the switch: the new passphrase and new keys', async () => {
    const { dir, vault: made } = await newVault();
    const a = await made.create('story', { v: 1 });
    await made.close();
    const vfs = crashingFs(atOldGenerationRemoval);
    const vault = await openVaultWithFs(dir, PASS, vfs);
    await expect(vault.changePassphrase(NEW_PASS)).rejects.toThrow();
    expect(vfs.crashed()).toBe(true);
    await vault.close();
    await expectOpensWithExactlyOne(dir, NEW_PASS, PASS, a.id);
    expect((await fs.readdir(dir)).filter((n) => n.startsWith('items-'))).toEqual(['items-000002']);
  });
});

describe('a key change that fails and is tried again', () => {
  /** File operations where the next replacement of vault.json fails (a full disk), and later ones work. */
  function flakyHeader(): VaultFs & { failNext(): void } {
    let fail = false;
    return {
      ...nodeVaultFs,
      rename: async (from, to) => {
        if (fail && to.endsWith('vault.json')) {
          fail = false;
          throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
        }
        return nodeVaultFs.rename(from, to);
      },
      failNext: () => {
        fail = true;
      },
    };
  }

  it('keeps every story and the passphrase that works, and the next rotation and change succeed', async () => {
    const { dir, vault } = await newVault();
    const story = await vault.create('story', { v: 1 });
    await vault.close();
    const flaky = flakyHeader();

    const first = await openVaultWithFs(dir, PASS, flaky);
    flaky.failNext();
    await expect(first.rotateKeys()).rejects.toThrow();
    expect((await first.get(story.id)).data).toEqual({ v: 1 });
    await first.rotateKeys();
    await first.rotateKeys();
    await first.close();

    const second = await openVaultWithFs(dir, PASS, flaky);
    expect((await second.get(story.id)).data).toEqual({ v: 1 });
    flaky.failNext();
    await expect(second.changePassphrase(NEW_PASS)).rejects.toThrow();
    expect((await second.get(story.id)).data).toEqual({ v: 1 });
    expect(await second.verifyPassphrase(PASS)).toBe(true);
    await second.changePassphrase(NEW_PASS);
    await second.rotateKeys();
    await second.close();

    await expectHarborError(openVault(dir, PASS), 'wrong_passphrase');
    const third = await openVault(dir, NEW_PASS);
    expect((await third.get(story.id)).data).toEqual({ v: 1 });
    await third.close();
  });
});
