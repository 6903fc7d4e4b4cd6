import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KDF_FLOOR, KDF_MAX } from '../../../electron/vault/constants';
import { createVault, openVault, recoverVault, vaultExists } from '../../../electron/vault/index';
import { macOf, withMac } from '../../../electron/vault/header';
import {
  createVaultWithFs,
  kekFor,
  nodeVaultFs,
  openVaultWithFs,
  parseHeader,
  rawVaultKey,
  serializeHeader,
  type VaultFs,
} from '../../../electron/vault/testing';
import { expectHarborError, FAST_KDF, PASS, removeTempDirs, tempDir } from './helpers';

/** The real file operations, each sync recorded by what it syncs. */
function recordingSyncs() {
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
  return { synced, vfs };
}

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

describe('a vault made and opened to last', () => {
  it('is on the disk before it is handed out: its items folder first, then vault.json', async () => {
    const dir = path.join(await tempDir(), 'v');
    const { synced, vfs } = recordingSyncs();
    const { vault } = await createVaultWithFs(dir, PASS, { kdf: FAST_KDF }, vfs);
    // The vault folder holds the new items folder (synced), then vault.json (the file, then its folder).
    expect(synced).toEqual(['folder v', 'file', 'folder v']);
    synced.length = 0;
    const story = await vault.create('story', { v: 1 });
    expect(synced).toContain(`folder ${story.id}`);
    await vault.close();
    const { synced: atOpen, vfs: other } = recordingSyncs();
    const again = await openVaultWithFs(dir, PASS, other);
    // What clearing a crash's leftovers removed is made to last too.
    expect(atOpen).toEqual(['folder v']);
    await again.close();
  });

  it.skipIf(process.platform === 'win32')('makes a folder that already existed private', async () => {
    const dir = path.join(await tempDir(), 'v');
    await fs.mkdir(dir, { mode: 0o755 });
    await fs.chmod(dir, 0o755);
    const { vault } = await createVault(dir, PASS, { kdf: FAST_KDF });
    expect((await fs.stat(dir)).mode & 0o777).toBe(0o700);
    await vault.close();
  });

  it('refuses to make a vault where another Harbor made one a moment before, and leaves that one as it is', async () => {
    const dir = path.join(await tempDir(), 'v');
    const theirs = '{"format":"harbor-vault","theirs":true}';
    const chmod = fs.chmod.bind(fs);
    // Between the first look for a vault and taking the lock, someone else writes one.
    const spy = vi.spyOn(fs, 'chmod').mockImplementation(async (target, mode) => {
      await chmod(target, mode);
      await fs.writeFile(path.join(dir, 'vault.json'), theirs);
    });
    try {
      await expectHarborError(createVault(dir, PASS, { kdf: FAST_KDF }), 'exists');
    } finally {
      spy.mockRestore();
    }
    expect(await fs.readFile(path.join(dir, 'vault.json'), 'utf8')).toBe(theirs);
    expect(await fs.readdir(dir)).toEqual(['vault.json']);
  });
});

describe('what a failure leaves', () => {
  it('a recovery cut short by a full disk releases the vault: the passphrase and the recovery key still open it', async () => {
    const dir = path.join(await tempDir(), 'v');
    const { vault, recoveryKey } = await createVault(dir, PASS, { kdf: FAST_KDF, recoveryKey: true });
    await vault.close();
    const rename = nodeVaultFs.rename;
    // The new vault.json cannot take the old one's place.
    const spy = vi.spyOn(nodeVaultFs, 'rename').mockImplementation(async (from, to) => {
      if (path.basename(to) === 'vault.json') throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      return rename(from, to);
    });
    try {
      const error = await expectHarborError(recoverVault(dir, recoveryKey!, 'a new long passphrase'), 'io');
      expect(error.messageKey).toBe('vault.diskFull');
    } finally {
      spy.mockRestore();
    }
    await (await openVault(dir, PASS)).close();
    const { vault: recovered } = await recoverVault(dir, recoveryKey!, 'a new long passphrase');
    await recovered.close();
  });

  it.skipIf(process.platform === 'win32')(
    'a folder that cannot be looked into is said to be so, never "no vault here"',
    async () => {
      const loop = path.join(await tempDir(), 'loop');
      await fs.symlink(loop, loop);
      await expectHarborError(vaultExists(loop), 'io');
    },
  );
});

describe('opening a vault whose vault.json is not as Harbor left it', () => {
  async function withStory() {
    const dir = path.join(await tempDir(), 'v');
    const { vault } = await createVault(dir, PASS, { kdf: FAST_KDF });
    const story = await vault.create('story', { title: 'Rosa' });
    const key = rawVaultKey(vault);
    await vault.close();
    const file = path.join(dir, 'vault.json');
    return { dir, story, key, file, header: parseHeader(await fs.readFile(file)) };
  }

  it('where there is no folder at all: no vault, and nothing made there', async () => {
    const dir = path.join(await tempDir(), 'nothing here');
    expect((await expectHarborError(openVault(dir, PASS), 'not_found')).messageKey).toBe('vault.noVault');
    await expect(fs.stat(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('another items folder named, its digest remade but not its MAC: damage, never an empty vault', async () => {
    const { dir, file, header } = await withStory();
    // Anyone can remake the unkeyed digest; only the vault key makes the MAC (here a wrong key).
    await fs.writeFile(file, serializeHeader(withMac(Buffer.alloc(32, 7), { ...header, itemsDir: 'items-000002' })));
    const error = await expectHarborError(openVault(dir, PASS), 'integrity');
    expect(error.details).toMatchObject({ problem: 'does not authenticate' });
    expect((await fs.readdir(dir)).sort()).toEqual(['items-000001', 'vault.json']);
  });

  it('a key wrap changed and resealed by someone with the keys: the right passphrase is told it is damage', async () => {
    const { dir, file, header, key } = await withStory();
    const wrapKey = Buffer.from(header.passphraseWrap.key, 'base64');
    wrapKey[0]! ^= 1;
    const changed = { ...header, passphraseWrap: { ...header.passphraseWrap, key: wrapKey.toString('base64') } };
    await fs.writeFile(file, serializeHeader(withMac(key, changed, await kekFor(dir, PASS))));
    const error = await expectHarborError(openVault(dir, PASS), 'integrity');
    expect(error.details).toMatchObject({ problem: 'the key wrap does not authenticate' });
    await expectHarborError(openVault(dir, 'not the passphrase'), 'wrong_passphrase');
  });

  it('from before the KEK check or before the digest: gains both at once, and they last', async () => {
    const { dir, file, header, key, story } = await withStory();
    const { mac: _mac, digest: _digest, kekCheck: _check, ...bare } = header;
    const withoutDigest = { ...bare, kekCheck: header.kekCheck };
    for (const old of [
      // A KEK check but no digest (MAC over the rest).
      { ...withoutDigest, mac: macOf(key, withoutDigest).toString('base64') },
      // A digest but no KEK check.
      withMac(key, bare),
    ]) {
      await fs.writeFile(file, serializeHeader(old));
      const { synced, vfs } = recordingSyncs();
      const opened = await openVaultWithFs(dir, PASS, vfs);
      expect((await opened.get(story.id)).data).toEqual({ title: 'Rosa' });
      await opened.close();
      // The new vault.json, then its folder; then the folder again for what clearing up removed.
      expect(synced).toEqual(['file', 'folder v', 'folder v']);
      expect(parseHeader(await fs.readFile(file))).toMatchObject({
        kekCheck: header.kekCheck,
        digest: header.digest,
      });
    }
  });

  it('refuses an empty new passphrase before looking at the recovery key', async () => {
    const { dir } = await withStory();
    expect((await expectHarborError(recoverVault(dir, 'not a key', ''), 'invalid_input')).messageKey).toBe(
      'vault.passphraseMissing',
    );
  });
});
