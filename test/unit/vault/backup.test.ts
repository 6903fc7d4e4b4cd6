import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createVault, openVault, restoreBackup, vaultExists } from '../../../electron/vault/index';
import {
  activeItemsPath,
  checkBackupBytes,
  kekFor,
  nodeVaultFs,
  openVaultWithFs,
  type VaultFs,
} from '../../../electron/vault/testing';
import { leakedWords, wordsOf } from './plaintext-search';
import { expectHarborError, FAST_KDF, filesUnder, newVault, PASS, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

async function backedUpVault() {
  const made = await newVault({ recoveryKey: true });
  const a = await made.vault.create('story', { title: 'a' });
  await made.vault.put(a.id, { title: 'a2' }, { revisionName: 'named' });
  const b = await made.vault.create('grant', { to: 'b' });
  const root = await tempDir('backup');
  const file = path.join(root, 'harbor.backup');
  await made.vault.backup(file);
  return { ...made, a, b, root, file };
}

describe('backup and restore', () => {
  it('round-trips every item and revision into a new folder', async () => {
    const { vault, a, b, root, file, recoveryKey } = await backedUpVault();
    const target = path.join(root, 'restored');
    const restored = await restoreBackup(file, target, PASS);
    expect(restored.id).toBe(vault.id);
    expect(restored.hasRecoveryKey).toBe(true);
    expect((await restored.get(a.id)).data).toEqual({ title: 'a2' });
    expect((await restored.getRevision(a.id, 1)).data).toEqual({ title: 'a' });
    expect((await restored.revisions(a.id))[0]!.revisionName).toBe('named');
    expect((await restored.get(b.id)).data).toEqual({ to: 'b' });
    expect((await restored.verify()).ok).toBe(true);
    // The same files as the original, byte for byte.
    const original = activeItemsPath(vault);
    const copy = activeItemsPath(restored);
    const names = await filesUnder(original);
    expect(await filesUnder(copy)).toEqual(names);
    for (const n of names) {
      expect((await fs.readFile(path.join(copy, n))).equals(await fs.readFile(path.join(original, n)))).toBe(true);
    }
    await restored.close();
    await vault.close();
    expect(recoveryKey).toBeDefined();
    expect((await fs.readdir(root)).filter((n) => n.startsWith('.tmp'))).toEqual([]);
  });

  it('is written owner-only and holds no plaintext: no word of any story, revision or grant', async () => {
    const { vault } = await newVault({ recoveryKey: true });
    const root = await tempDir('backup');
    const story = {
      title: 'Rosalind Kettleby at the Nogales crossing',
      tags: ['zanzibarine', 'señora Peña'],
      body: 'Marisol Quintanar worked seventeen hours without wages at the Esperanza farmhouse',
    };
    const a = await vault.create('story', story);
    await vault.put(
      a.id,
      { ...story, body: `${story.body}; Delgado kept the passports` },
      {
        revisionName: 'before the hearing',
      },
    );
    await vault.create('grant', { to: 'Senator Whitcombe', purpose: 'Appropriations testimony' });
    const file = path.join(root, 'harbor.backup');
    await vault.backup(file);
    if (process.platform !== 'win32') expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    const bytes = await fs.readFile(file);
    const secrets = wordsOf(
      story.title,
      ...story.tags,
      story.body,
      'Delgado kept the passports',
      'before the hearing',
      'Senator Whitcombe',
      'Appropriations testimony',
    );
    expect(secrets.length).toBeGreaterThan(20);
    // The item kinds and field names too: they would show the structure of what was written.
    expect(leakedWords(bytes, [...secrets, 'story', 'grant', 'title', 'revisionName'])).toEqual([]);
    await vault.close();
  });

  it('refuses a wrong passphrase and writes nothing', async () => {
    const { vault, root, file } = await backedUpVault();
    const target = path.join(root, 'restored');
    await expectHarborError(restoreBackup(file, target, 'wrong passphrase'), 'wrong_passphrase');
    expect(await vaultExists(target)).toBe(false);
    await expect(fs.stat(target)).rejects.toThrow();
    await vault.close();
  });

  it('refuses to overwrite an existing vault or a folder with files in it', async () => {
    const { vault, dir, root, file } = await backedUpVault();
    await vault.close();
    await expectHarborError(restoreBackup(file, dir, PASS), 'exists');
    const busy = path.join(root, 'busy');
    await fs.mkdir(busy);
    await fs.writeFile(path.join(busy, 'something.txt'), 'x');
    await expectHarborError(restoreBackup(file, busy, PASS), 'exists');
    // An empty folder is fine.
    const empty = path.join(root, 'empty');
    await fs.mkdir(empty);
    await (await restoreBackup(file, empty, PASS)).close();
  });

  it('refuses a damaged backup and writes nothing: flips, truncation, reordering, splicing', async () => {
    const { vault, root, file } = await backedUpVault();
    await vault.close();
    const original = await fs.readFile(file);
    const target = path.join(root, 'restored');
    const variants: [string, Buffer][] = [];
    for (const i of [0, 9, 30, original.length >> 1, original.length - 40, original.length - 33, original.length - 1]) {
      const b = Buffer.from(original);
      b[i]! ^= 0x04;
      variants.push([`flip ${i}`, b]);
    }
    for (const n of [10, 100, original.length >> 1, original.length - 32, original.length - 1]) {
      variants.push([`truncated to ${n}`, original.subarray(0, n)]);
    }
    variants.push(['extra byte', Buffer.concat([original, Buffer.from([0])])]);
    const bad = path.join(root, 'bad.backup');
    for (const [label, bytes] of variants) {
      await fs.writeFile(bad, bytes);
      const error = await restoreBackup(bad, target, PASS).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, label).toMatchObject({ name: 'HarborError' });
      expect(['integrity', 'wrong_passphrase', 'weak_kdf', 'unsupported']).toContain((error as { code: string }).code);
      expect(await fs.readdir(root), label).toEqual(['bad.backup', 'harbor.backup']);
    }
  });

  it('detects reordered and spliced records (the HMAC covers the whole file)', async () => {
    const { vault, dir, file } = await backedUpVault();
    await vault.close();
    const kek = await kekFor(dir, PASS);
    const bytes = await fs.readFile(file);
    expect(await checkBackupBytes(bytes, kek)).toBe(3);
    const records = splitRecords(bytes);
    expect(records.items).toHaveLength(3);
    const swapped = Buffer.concat([records.head, records.items[1]!, records.items[0]!, records.items[2]!, records.end]);
    await expectHarborError(checkBackupBytes(swapped, kek), 'integrity');
    const dropped = Buffer.concat([records.head, records.items[0]!, records.items[2]!, records.end]);
    await expectHarborError(checkBackupBytes(dropped, kek), 'integrity');
    const doubled = Buffer.concat([records.head, ...records.items, records.items[0]!, records.end]);
    await expectHarborError(checkBackupBytes(doubled, kek), 'integrity');
  });

  it('names damaged items in a backup', async () => {
    const { vault, dir, file } = await backedUpVault();
    await vault.close();
    const kek = await kekFor(dir, PASS);
    const bytes = await fs.readFile(file);
    const records = splitRecords(bytes);
    const firstItem = records.items[0]!;
    const damagedItem = Buffer.from(firstItem);
    damagedItem[damagedItem.length - 3]! ^= 1;
    const spliced = Buffer.concat([records.head, damagedItem, ...records.items.slice(1), records.end]);
    const error = await expectHarborError(checkBackupBytes(spliced, kek), 'integrity');
    expect((error.details as { itemIds: string[] }).itemIds).toEqual([firstItem.subarray(1, 17).toString('hex')]);
  });

  it('restored vaults open with the passphrase afterwards', async () => {
    const { vault, root, file, a } = await backedUpVault();
    await vault.close();
    const target = path.join(root, 'restored');
    await (await restoreBackup(file, target, PASS)).close();
    const opened = await openVault(target, PASS);
    expect((await opened.get(a.id)).data).toEqual({ title: 'a2' });
    await opened.close();
  });

  it('a backup leaves out revisions that no longer authenticate, so it can always be restored', async () => {
    const dir = path.join(await tempDir(), 'v');
    const { vault } = await createVault(dir, PASS, { kdf: FAST_KDF });
    const a = await vault.create('story', { v: 1 });
    await vault.put(a.id, { v: 2 });
    await fs.writeFile(path.join(activeItemsPath(vault), a.id, '0000000002'), 'damaged');
    const file = path.join(await tempDir('backup'), 'b');
    await vault.backup(file);
    await vault.close();
    const restored = await restoreBackup(file, path.join(path.dirname(file), 'r'), PASS);
    expect((await restored.get(a.id)).data).toEqual({ v: 1 });
    await restored.close();
  });

  it('says so when the backup file is missing', async () => {
    const root = await tempDir('backup');
    await expectHarborError(restoreBackup(path.join(root, 'nope'), path.join(root, 'r'), PASS), 'invalid_input');
  });

  it('will not write a backup inside the vault folder', async () => {
    const { vault, dir } = await newVault();
    await expectHarborError(vault.backup(path.join(dir, 'b.backup')), 'invalid_input');
    await vault.close();
  });
});

/** Splits a backup into preamble+header, item records and the end record (test-only parser). */
function splitRecords(bytes: Buffer) {
  let pos = 25;
  const headerLength = bytes.readUInt32BE(pos + 1);
  pos += 5 + headerLength;
  const head = bytes.subarray(0, pos);
  const items: Buffer[] = [];
  while (bytes[pos] === 2) {
    const length = bytes.readUInt32BE(pos + 21);
    items.push(bytes.subarray(pos, pos + 25 + length));
    pos += 25 + length;
  }
  return { head, items, end: bytes.subarray(pos) };
}

describe('writing a backup', () => {
  it("is synced to disk, file and folder, through the vault's file operations; a failed one leaves nothing", async () => {
    const { dir, vault: made } = await newVault();
    const story = await made.create('story', { title: 'Rosa' });
    await made.close();
    const root = await tempDir('backup');
    const file = path.join(root, 'harbor.backup');
    const synced: string[] = [];
    let failRename = false;
    const vfs: VaultFs = {
      ...nodeVaultFs,
      syncFile: async (handle) => {
        synced.push(`file ${(await handle.stat()).size}`);
        return nodeVaultFs.syncFile(handle);
      },
      syncDir: async (folder) => {
        synced.push(`folder ${folder}`);
        return nodeVaultFs.syncDir(folder);
      },
      rename: async (from, to) => {
        if (failRename && to === file) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        return nodeVaultFs.rename(from, to);
      },
    };
    const vault = await openVaultWithFs(dir, PASS, vfs);
    failRename = true;
    await expectHarborError(vault.backup(file), 'io');
    expect(await fs.readdir(root)).toEqual([]);
    failRename = false;
    synced.length = 0;
    await vault.backup(file);
    const size = (await fs.stat(file)).size;
    expect(synced).toEqual([`file ${size}`, `folder ${root}`]);
    await vault.close();
    const restored = await restoreBackup(file, path.join(root, 'r'), PASS);
    expect((await restored.get(story.id)).data).toEqual({ title: 'Rosa' });
    await restored.close();
  });

  it('a backup larger than one write, and a version that points nowhere, still round-trip', async () => {
    const { vault } = await newVault();
    // Over a mebibyte of text that does not compress (the backup is written in chunks of one).
    const words = Array.from({ length: 120_000 }, (_, i) => (i * 2654435761).toString(36)).join(' ');
    const big = await vault.create('story', { title: 'long', body: words });
    const small = await vault.create('story', { title: 'short' });
    if (process.platform !== 'win32')
      await fs.symlink('/nowhere/at/all', path.join(activeItemsPath(vault), small.id, '0000000002'));
    const root = await tempDir('backup');
    const file = path.join(root, 'harbor.backup');
    await vault.backup(file);
    expect((await fs.stat(file)).size).toBeGreaterThan(1 << 20);
    await vault.close();
    const restored = await restoreBackup(file, path.join(root, 'r'), PASS);
    expect((await restored.get<{ body: string }>(big.id)).data.body).toBe(words);
    expect((await restored.revisions(small.id)).map((r) => r.revision)).toEqual([1]);
    await restored.close();
  });

  it.skipIf(process.platform !== 'linux')('making and restoring a backup leaves no file open', async () => {
    const openFiles = async () => (await fs.readdir('/proc/self/fd')).length;
    const { vault } = await newVault();
    await vault.create('story', { title: 'Rosa' });
    const root = await tempDir('backup');
    const file = path.join(root, 'harbor.backup');
    const beforeBackup = await openFiles();
    await vault.backup(file);
    expect(await openFiles()).toBe(beforeBackup);
    await vault.close();
    const beforeRestore = await openFiles();
    const restored = await restoreBackup(file, path.join(root, 'r'), PASS);
    await restored.close();
    expect(await openFiles()).toBe(beforeRestore);
  });
});
