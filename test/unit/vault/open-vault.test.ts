import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HarborError } from '../../../shared/errors';
import { readCache } from '../../../electron/vault/cache-file';
import { openVault } from '../../../electron/vault/index';
import {
  activeItemsPath,
  nodeVaultFs,
  openVaultWithFs,
  rawVaultKey,
  type VaultFs,
} from '../../../electron/vault/testing';
import { expectHarborError, newVault, PASS, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

describe('an open vault', () => {
  it('once closed refuses every operation as locked, and another window can then open it', async () => {
    const { dir, vault } = await newVault({ recoveryKey: true });
    const item = await vault.create('story', { v: 1 });
    await vault.close();
    const attempts: [string, () => Promise<unknown>][] = [
      ['heads', () => vault.heads()],
      ['create', () => vault.create('story', {})],
      ['putJson', () => vault.putJson(item.id, [Buffer.from('{}')])],
      ['destroy', () => vault.destroy(item.id)],
      ['revisions', () => vault.revisions(item.id)],
      ['getRevision', () => vault.getRevision(item.id, 1)],
      ['nameRevision', () => vault.nameRevision(item.id, 1, 'x')],
      ['readCache', () => vault.readCache('notes')],
      ['writeCache', () => vault.writeCache('notes', {})],
      ['verifyPassphrase', () => vault.verifyPassphrase(PASS)],
      ['changePassphrase', () => vault.changePassphrase('another long passphrase')],
      ['setRecoveryKey', () => vault.setRecoveryKey()],
      ['removeRecoveryKey', () => vault.removeRecoveryKey()],
      ['backup', async () => vault.backup(path.join(await tempDir('backup'), 'b.harbor-backup'))],
    ];
    for (const [name, attempt] of attempts) {
      const error = await expectHarborError(attempt(), 'locked');
      expect(error, name).toBeInstanceOf(HarborError);
    }
    expect(() => vault.kdf).toThrow(HarborError);
    const again = await openVault(dir, PASS);
    expect((await again.get(item.id)).data).toEqual({ v: 1 });
    await again.close();
  });

  it('syncs every save to disk, the file and its folder, before it returns', async () => {
    const { dir, vault: made } = await newVault();
    const story = await made.create('story', { v: 1 });
    await made.close();
    const synced: string[] = [];
    const vfs: VaultFs = {
      ...nodeVaultFs,
      syncFile: async (handle) => {
        synced.push('file');
        return nodeVaultFs.syncFile(handle);
      },
      syncDir: async (folder) => {
        synced.push(`folder ${path.basename(folder)}`);
        return nodeVaultFs.syncDir(folder);
      },
    };
    const vault = await openVaultWithFs(dir, PASS, vfs);
    synced.length = 0;
    await vault.put(story.id, { v: 2 });
    expect(synced).toContain('file');
    expect(synced).toContain(`folder ${story.id}`);
    await vault.close();
  });

  it('says whether it has a recovery key', async () => {
    const { vault: withKey } = await newVault({ recoveryKey: true });
    expect(withKey.hasRecoveryKey).toBe(true);
    await withKey.removeRecoveryKey();
    expect(withKey.hasRecoveryKey).toBe(false);
    await withKey.close();
    const { vault: without } = await newVault();
    expect(without.hasRecoveryKey).toBe(false);
    await without.close();
  });

  it('hands out its key settings as a copy: changing them changes nothing', async () => {
    const { vault } = await newVault();
    const kdf = vault.kdf as { iterations: number };
    const iterations = kdf.iterations;
    kdf.iterations = 1;
    expect(vault.kdf.iterations).toBe(iterations);
    await vault.close();
  });

  it("keeps its caches in the active items folder, bound to the vault's id as bytes (the format)", async () => {
    const { vault } = await newVault();
    await vault.writeCache('story-summaries', { titles: ['Rosa Delgado'] });
    const items = activeItemsPath(vault);
    const place = {
      vaultKey: rawVaultKey(vault),
      vaultId: Buffer.from(vault.id, 'hex'),
      itemsDir: path.basename(items),
      itemsPath: items,
    };
    expect(await readCache(place, 'story-summaries')).toEqual({ titles: ['Rosa Delgado'] });
    expect(await readCache({ ...place, vaultId: Buffer.from(vault.id, 'utf8') }, 'story-summaries')).toBeNull();
    expect(await vault.readCache('story-summaries')).toEqual({ titles: ['Rosa Delgado'] });
    await vault.close();
  });

  it('lets no error of the file system out unworded: a failed backup is a HarborError naming the cause', async () => {
    const { vault } = await newVault();
    await vault.create('story', { v: 1 });
    const error = await expectHarborError(vault.backup(path.join(await tempDir(), 'missing', 'b.harbor-backup')), 'io');
    expect(error.message).not.toMatch(/ENOENT|\/tmp/);
    await vault.close();
  });
});
