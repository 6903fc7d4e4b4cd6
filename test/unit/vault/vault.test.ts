import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HarborError } from '../../../shared/errors';
import {
  calibrateKdf,
  createVault,
  KDF_FLOOR,
  openVault,
  recoverVault,
  vaultExists,
} from '../../../electron/vault/index';
import {
  activeItemsPath,
  decodeAt,
  openVaultWithFs,
  liveKeyBuffers,
  rawVaultKey,
} from '../../../electron/vault/testing';
import { atHeaderRename, atOldGenerationRemoval, crashingFs } from './crashing-fs';
import { expectHarborError, FAST_KDF, filesUnder, newVault, PASS, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

describe('create and open', () => {
  it('round-trips items through close and reopen', async () => {
    const { dir, vault } = await newVault();
    expect(await vaultExists(dir)).toBe(true);
    const story = await vault.create('story', { title: 'Mi historia', doc: { type: 'doc' }, tags: ['ñ', '😀'] });
    expect(story.revision).toBe(1);
    expect(story.kind).toBe('story');
    expect(story.id).toMatch(/^[0-9a-f]{32}$/);
    const grant = await vault.create('grant', { to: 'Senate Judiciary' });
    await vault.close();

    const again = await openVault(dir, PASS);
    expect(again.id).toBe(vault.id);
    expect((await again.get(story.id)).data).toEqual({ title: 'Mi historia', doc: { type: 'doc' }, tags: ['ñ', '😀'] });
    expect((await again.list()).map((r) => r.id).sort()).toEqual([story.id, grant.id].sort());
    expect((await again.list('grant')).map((r) => r.id)).toEqual([grant.id]);
    expect(await again.list('testimony')).toEqual([]);
    await again.close();
  });

  it('makes the directory private and files owner-only', async () => {
    if (process.platform === 'win32') return;
    const { dir, vault } = await newVault();
    const item = await vault.create('story', { t: 1 });
    const mode = async (p: string) => (await fs.stat(p)).mode & 0o777;
    expect(await mode(dir)).toBe(0o700);
    expect(await mode(path.join(dir, 'vault.json'))).toBe(0o600);
    expect(await mode(activeItemsPath(vault))).toBe(0o700);
    expect(await mode(path.join(activeItemsPath(vault), item.id))).toBe(0o700);
    expect(await mode(path.join(activeItemsPath(vault), item.id, '0000000001'))).toBe(0o600);
    await vault.close();
  });

  it('refuses to create over an existing vault', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    await expectHarborError(createVault(dir, PASS, { kdf: FAST_KDF }), 'exists');
  });

  it('says so when there is no vault', async () => {
    const dir = await tempDir();
    expect(await vaultExists(dir)).toBe(false);
    expect(await vaultExists(path.join(dir, 'missing'))).toBe(false);
    await expectHarborError(openVault(dir, PASS), 'not_found');
  });

  it('refuses a wrong passphrase without revealing anything', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    const error = await expectHarborError(openVault(dir, 'not the passphrase'), 'wrong_passphrase');
    expect(error.message).toBe("That passphrase doesn't open this vault.");
    // The lock is released after a failed attempt, so the right passphrase still works.
    await (await openVault(dir, PASS)).close();
  });

  it('treats passphrases in NFC and NFD as the same', async () => {
    const dir = path.join(await tempDir(), 'v');
    const { vault } = await createVault(dir, 'Canci\u00f3n de cuna', { kdf: FAST_KDF });
    await vault.close();
    await (await openVault(dir, 'Cancio\u0301n de cuna')).close();
  });

  it('refuses KDF settings below the floor when creating', async () => {
    const dir = path.join(await tempDir(), 'v');
    await expectHarborError(
      createVault(dir, PASS, { kdf: { memoryKiB: KDF_FLOOR.memoryKiB - 1, iterations: 2 } }),
      'weak_kdf',
    );
    await expectHarborError(createVault(dir, PASS, { kdf: { memoryKiB: 65536, iterations: 1 } }), 'weak_kdf');
    await expectHarborError(createVault(dir, '', { kdf: FAST_KDF }), 'invalid_input');
    expect(await vaultExists(dir)).toBe(false);
  });

  it('calibrates to 64 MiB, one lane, at least 3 passes', async () => {
    const params = await calibrateKdf(50);
    expect(params).toMatchObject({ memoryKiB: 65536, parallelism: 1 });
    expect(params.iterations).toBeGreaterThanOrEqual(3);
    expect(params.iterations).toBeLessThanOrEqual(16);
  });

  it('stores only ciphertext: no kind, title or date readable in any file', async () => {
    const { dir, vault } = await newVault();
    await vault.create('testimony', { title: 'TITLE-MARKER' });
    const header = JSON.parse(await fs.readFile(path.join(dir, 'vault.json'), 'utf8'));
    expect(Object.keys(header).sort()).toEqual(
      [
        'digest',
        'format',
        'itemsDir',
        'kdf',
        'kekCheck',
        'mac',
        'passphraseWrap',
        'recoveryWrap',
        'vaultId',
        'version',
      ].sort(),
    );
    for (const file of await filesUnder(dir)) {
      const bytes = await fs.readFile(path.join(dir, file));
      for (const needle of ['testimony', 'TITLE-MARKER', new Date().toISOString().slice(0, 10)]) {
        expect(bytes.includes(Buffer.from(needle)), `${needle} in ${file}`).toBe(false);
      }
    }
    await vault.close();
  });
});

describe('items and revisions', () => {
  it('commits revisions, lists history newest first, reads old ones', async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { v: 1 });
    const b = await vault.put(a.id, { v: 2 });
    const c = await vault.put(a.id, { v: 3 }, { revisionName: 'Sent to Senate Judiciary, 1 Feb' });
    expect([b.revision, c.revision]).toEqual([2, 3]);
    expect(c.revisionName).toBe('Sent to Senate Judiciary, 1 Feb');
    expect((await vault.get(a.id)).data).toEqual({ v: 3 });
    const history = await vault.revisions(a.id);
    expect(history.map((h) => h.revision)).toEqual([3, 2, 1]);
    expect(history[0]!.revisionName).toBe('Sent to Senate Judiciary, 1 Feb');
    expect((await vault.getRevision(a.id, 1)).data).toEqual({ v: 1 });
    await expectHarborError(vault.getRevision(a.id, 9), 'not_found');

    await vault.nameRevision(a.id, 2, '  First full draft ');
    expect((await vault.revisions(a.id))[1]!.revisionName).toBe('First full draft');
    expect((await vault.getRevision(a.id, 2)).data).toEqual({ v: 2 });
    await vault.nameRevision(a.id, 3, null);
    expect((await vault.revisions(a.id))[0]!.revisionName).toBeUndefined();
    await expectHarborError(vault.nameRevision(a.id, 2, 'x'.repeat(201)), 'invalid_input');
    await vault.close();
  });

  it('keeps only the latest revision of kinds without history', async () => {
    const { vault } = await newVault();
    const g = await vault.create('grant', { n: 1 });
    await vault.put(g.id, { n: 2 });
    await vault.put(g.id, { n: 3 });
    expect((await vault.revisions(g.id)).map((r) => r.revision)).toEqual([3]);
    expect((await vault.get(g.id)).data).toEqual({ n: 3 });
    await vault.close();
  });

  it('destroys an item for good', async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { v: 1 });
    await vault.destroy(a.id);
    await expectHarborError(vault.get(a.id), 'not_found');
    await expectHarborError(vault.destroy(a.id), 'not_found');
    expect(await fs.readdir(activeItemsPath(vault))).toEqual([]);
    await vault.close();
  });

  it('rejects ids that are not item ids (no path tricks)', async () => {
    const { vault } = await newVault();
    for (const id of ['../vault.json', '..', '', 'ABCDEF0123456789ABCDEF0123456789', 'x'.repeat(32)]) {
      await expectHarborError(vault.get(id), 'not_found');
      await expectHarborError(vault.put(id, {}), 'not_found');
    }
    await expectHarborError(vault.create('story', undefined), 'invalid_input');
    await expectHarborError(vault.create('nope' as never, {}), 'invalid_input');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expectHarborError(vault.create('story', circular), 'invalid_input');
    await vault.close();
  });

  it('serialises concurrent saves of one item', async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { n: 0 });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => vault.put(a.id, { n: i + 1 })));
    expect(results.map((r) => r.revision).sort((x, y) => x - y)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    await vault.close();
  });
});

describe('passphrase, recovery key and rotation', () => {
  it('changes the passphrase: the old one stops working', async () => {
    const { dir, vault } = await newVault();
    const a = await vault.create('story', { v: 1 });
    const saltBefore = vault.kdf.salt;
    expect(await vault.verifyPassphrase(PASS)).toBe(true);
    expect(await vault.verifyPassphrase('nope')).toBe(false);
    await vault.changePassphrase('a new passphrase');
    expect(vault.kdf.salt).not.toBe(saltBefore);
    expect(await vault.verifyPassphrase('a new passphrase')).toBe(true);
    await vault.close();
    await expectHarborError(openVault(dir, PASS), 'wrong_passphrase');
    const again = await openVault(dir, 'a new passphrase');
    expect((await again.get(a.id)).data).toEqual({ v: 1 });
    await again.close();
  });

  it('recovers with the recovery key, which resets the passphrase', async () => {
    const { dir, vault, recoveryKey } = await newVault({ recoveryKey: true });
    expect(vault.hasRecoveryKey).toBe(true);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    const a = await vault.create('story', { v: 1 });
    await vault.close();

    const wrong = recoveryKey!.startsWith('0') ? `1${recoveryKey!.slice(1)}` : `0${recoveryKey!.slice(1)}`;
    await expectHarborError(recoverVault(dir, wrong, 'reset passphrase'), 'wrong_recovery_key');
    await expectHarborError(recoverVault(dir, 'not a key', 'reset passphrase'), 'wrong_recovery_key');

    const typed = recoveryKey!.toLowerCase().replace(/-/g, '');
    const recovered = await recoverVault(dir, typed, 'reset passphrase');
    expect((await recovered.vault.get(a.id)).data).toEqual({ v: 1 });
    await recovered.vault.close();
    await expectHarborError(openVault(dir, PASS), 'wrong_passphrase');
    await (await openVault(dir, 'reset passphrase')).close();
    // Recovery rotates, as a passphrase change does: the key just used stops working, the new one opens.
    await expectHarborError(recoverVault(dir, recoveryKey!, 'third passphrase'), 'wrong_recovery_key');
    await (await recoverVault(dir, recovered.recoveryKey, 'third passphrase')).vault.close();
  });

  it('adds, replaces and removes a recovery key', async () => {
    const { dir, vault } = await newVault();
    expect(vault.hasRecoveryKey).toBe(false);
    const first = await vault.setRecoveryKey();
    const second = await vault.setRecoveryKey();
    expect(vault.hasRecoveryKey).toBe(true);
    await vault.close();
    await expectHarborError(recoverVault(dir, first, 'x passphrase'), 'wrong_recovery_key');
    const { vault: v } = await recoverVault(dir, second, 'x passphrase');
    await v.removeRecoveryKey();
    expect(v.hasRecoveryKey).toBe(false);
    await v.close();
    await expectHarborError(recoverVault(dir, second, 'y passphrase'), 'wrong_recovery_key');
  });

  it('rotates keys: everything re-encrypted, the old key opens nothing, a new recovery key', async () => {
    const { dir, vault, recoveryKey } = await newVault({ recoveryKey: true });
    const a = await vault.create('story', { v: 1 });
    await vault.put(a.id, { v: 2 }, { revisionName: 'kept' });
    const g = await vault.create('grant', { g: 1 });
    const oldKey = rawVaultKey(vault);
    const oldItems = activeItemsPath(vault);

    const { recoveryKey: newRecovery } = await vault.rotateKeys();
    expect(newRecovery).toBeDefined();
    expect(newRecovery).not.toBe(recoveryKey);
    const newItems = activeItemsPath(vault);
    expect(newItems).not.toBe(oldItems);
    await expect(fs.stat(oldItems)).rejects.toThrow();
    expect(rawVaultKey(vault).equals(oldKey)).toBe(false);

    // Every file of the new generation opens with the new key and with no other.
    const files = await filesUnder(newItems);
    expect(files).toHaveLength(3);
    for (const file of files) {
      const [itemId, rev] = file.split(path.sep);
      const bytes = await fs.readFile(path.join(newItems, file));
      expect(decodeAt(oldKey, vault.id, itemId!, Number(rev), bytes).ok).toBe(false);
      expect(decodeAt(rawVaultKey(vault), vault.id, itemId!, Number(rev), bytes).ok).toBe(true);
    }
    expect((await vault.revisions(a.id)).map((r) => [r.revision, r.revisionName])).toEqual([
      [2, 'kept'],
      [1, undefined],
    ]);
    expect((await vault.getRevision(a.id, 1)).data).toEqual({ v: 1 });
    await vault.close();

    await expectHarborError(recoverVault(dir, recoveryKey!, 'whatever passphrase'), 'wrong_recovery_key');
    const again = await openVault(dir, PASS);
    expect((await again.get(g.id)).data).toEqual({ g: 1 });
    await again.close();
    await (await recoverVault(dir, newRecovery!, 'after rotation')).vault.close();
  });

  it('a crash before the header switch leaves the old vault fully readable', async () => {
    const { dir, vault: made } = await newVault();
    const a = await made.create('story', { v: 1 });
    await made.close();
    const vfs = crashingFs(atHeaderRename);
    const vault = await openVaultWithFs(dir, PASS, vfs);
    const before = activeItemsPath(vault);
    await expect(vault.rotateKeys()).rejects.toThrow();
    expect(vfs.crashed()).toBe(true);
    // The half-built generation is on disk, unreferenced.
    expect((await fs.readdir(dir)).filter((n) => n.startsWith('items-')).sort()).toEqual([
      'items-000001',
      'items-000002',
    ]);
    await vault.close();
    const again = await openVault(dir, PASS);
    expect(activeItemsPath(again)).toBe(before);
    expect((await again.get(a.id)).data).toEqual({ v: 1 });
    expect((await fs.readdir(dir)).filter((n) => n.startsWith('items-'))).toEqual(['items-000001']);
    await again.close();
  });

  it('a crash after the switch leaves the new vault readable and the old generation is cleaned up', async () => {
    const { dir, vault: made } = await newVault();
    const a = await made.create('story', { v: 1 });
    await made.close();
    const vfs = crashingFs(atOldGenerationRemoval);
    const vault = await openVaultWithFs(dir, PASS, vfs);
    await expect(vault.rotateKeys()).rejects.toThrow();
    expect(vfs.crashed()).toBe(true);
    await vault.close();
    const again = await openVault(dir, PASS);
    expect((await again.get(a.id)).data).toEqual({ v: 1 });
    expect((await fs.readdir(dir)).filter((n) => n.startsWith('items-'))).toEqual(['items-000002']);
    await again.close();
  });
});

describe('close', () => {
  it('zeroes the keys and refuses further use', async () => {
    const { vault } = await newVault();
    const a = await vault.create('story', { v: 1 });
    const keys = liveKeyBuffers(vault);
    expect(keys).toHaveLength(2);
    expect(keys.every((k) => k.some((b) => b !== 0))).toBe(true);
    await vault.close();
    expect(keys.every((k) => k.every((b) => b === 0))).toBe(true);
    for (const attempt of [vault.get(a.id), vault.list(), vault.put(a.id, {}), vault.verify(), vault.rotateKeys()]) {
      await expectHarborError(attempt, 'locked');
    }
    expect(() => vault.hasRecoveryKey).toThrow(HarborError);
    await vault.close(); // twice is fine
  });
});
