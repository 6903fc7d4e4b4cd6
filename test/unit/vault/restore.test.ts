import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withMac } from '../../../electron/vault/header';
import { argon2idHere, runKdfIn } from '../../../electron/vault/kdf';
import { openVault, restoreBackup } from '../../../electron/vault/index';
import { kekFor, nodeVaultFs, parseHeader, rawVaultKey, serializeHeader } from '../../../electron/vault/testing';
import { endRecord, headerRecord, sealed, split } from './backup-bytes';
import { expectHarborError, filesUnder, newVault, PASS, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

async function backedUp() {
  const { dir, vault } = await newVault();
  const story = await vault.create('story', { title: 'Rosa' });
  await vault.put(story.id, { title: 'Rosa, again' });
  const root = await tempDir('restore');
  const file = path.join(root, 'harbor.backup');
  await vault.backup(file);
  const key = rawVaultKey(vault);
  await vault.close();
  return { dir, story, root, file, key };
}

describe('restoring a backup', () => {
  it('into a folder that does not exist yet, however deep: every version back, private, nothing left beside it', async () => {
    const { story, root, file } = await backedUp();
    const target = path.join(root, 'new', 'deeper', 'vault');
    const restored = await restoreBackup(file, target, PASS);
    expect((await restored.get(story.id)).data).toEqual({ title: 'Rosa, again' });
    expect((await restored.getRevision(story.id, 1)).data).toEqual({ title: 'Rosa' });
    await restored.close();
    expect(await fs.readdir(path.join(root, 'new', 'deeper'))).toEqual(['vault']);
    if (process.platform !== 'win32') {
      for (const rel of await filesUnder(target)) {
        expect((await fs.stat(path.join(target, rel))).mode & 0o077, rel).toBe(0);
      }
      expect((await fs.stat(target)).mode & 0o077).toBe(0);
      expect((await fs.stat(path.join(target, 'items-000001'))).mode & 0o077).toBe(0);
      expect((await fs.stat(path.join(target, 'items-000001', story.id))).mode & 0o077).toBe(0);
    }
  });

  it('leaves no copy of the key derived from the passphrase once the restored vault is open', async () => {
    const { story, root, file } = await backedUp();
    const derived: Uint8Array[] = [];
    runKdfIn({
      derive: async (input) => {
        const key = await argon2idHere(input);
        derived.push(key);
        return key;
      },
      calibrate: () => Promise.reject(new Error('a restore does not calibrate')),
    });
    try {
      const restored = await restoreBackup(file, path.join(root, 'wiped'), PASS);
      expect((await restored.get(story.id)).data).toEqual({ title: 'Rosa, again' });
      await restored.close();
    } finally {
      runKdfIn(null);
    }
    expect(derived).toHaveLength(1);
    expect([...derived[0]!].every((byte) => byte === 0)).toBe(true);
  });

  it('not over a file, and not from a folder', async () => {
    const { root, file } = await backedUp();
    const plain = path.join(root, 'a file');
    await fs.writeFile(plain, 'mine');
    await expectHarborError(restoreBackup(file, plain, PASS), 'exists');
    expect(await fs.readFile(plain, 'utf8')).toBe('mine');
    await expectHarborError(restoreBackup(root, path.join(root, 'r'), PASS), 'io');
    const missing = await expectHarborError(
      restoreBackup(path.join(root, 'none'), path.join(root, 'r'), PASS),
      'invalid_input',
    );
    expect(missing.messageKey).toBe('vault.backupMissing');
  });

  it('with the right passphrase but a changed key wrap: damage, never a wrong passphrase', async () => {
    const { dir, root, file, key } = await backedUp();
    const kek = await kekFor(dir, PASS);
    const parts = split(await fs.readFile(file));
    const header = parseHeader(parts.header);
    const wrapKey = Buffer.from(header.passphraseWrap.key, 'base64');
    wrapKey[0]! ^= 1;
    // Re-sealed as only someone with the keys could: digest, KEK check and MAC all match.
    const changed = withMac(
      key,
      { ...header, passphraseWrap: { ...header.passphraseWrap, key: wrapKey.toString('base64') } },
      kek,
    );
    const bad = path.join(root, 'changed.backup');
    await fs.writeFile(
      bad,
      sealed(
        key,
        Buffer.concat([
          parts.preamble,
          headerRecord(serializeHeader(changed)),
          ...parts.items,
          endRecord(parts.items.length),
        ]),
      ),
    );
    const error = await expectHarborError(restoreBackup(bad, path.join(root, 'r'), PASS), 'integrity');
    expect(error.details).toMatchObject({ problem: 'the key wrap does not authenticate' });
    await expectHarborError(restoreBackup(bad, path.join(root, 'r'), 'not the passphrase'), 'wrong_passphrase');
    expect((await fs.readdir(root)).sort()).toEqual(['changed.backup', 'harbor.backup']);
  });

  it('a restored vault is a vault like any other: opened again, saved to, backed up again', async () => {
    const { story, root, file } = await backedUp();
    const target = path.join(root, 'r');
    await (await restoreBackup(file, target, PASS)).close();
    const opened = await openVault(target, PASS);
    await opened.put(story.id, { title: 'Rosa, third' });
    expect((await opened.revisions(story.id)).map((r) => r.revision)).toEqual([3, 2, 1]);
    await opened.backup(path.join(root, 'second.backup'));
    await opened.close();
    const again = await restoreBackup(path.join(root, 'second.backup'), path.join(root, 'r2'), PASS);
    expect((await again.get(story.id)).data).toEqual({ title: 'Rosa, third' });
    await again.close();
  });
});

describe('what a backup and a restore refuse or leave behind', () => {
  it('says which: a vault already there, or a folder with other files in it', async () => {
    const { dir, root, file } = await backedUp();
    expect((await expectHarborError(restoreBackup(file, dir, PASS), 'exists')).messageKey).toBe('vault.vaultExists');
    const busy = path.join(root, 'busy');
    await fs.mkdir(busy);
    await fs.writeFile(path.join(busy, 'notes.txt'), 'mine');
    expect((await expectHarborError(restoreBackup(file, busy, PASS), 'exists')).messageKey).toBe(
      'vault.folderNotEmpty',
    );
    // A backup that cannot be opened for another reason than not being there is not called missing.
    const error = await expectHarborError(
      restoreBackup(path.join(root, 'x'.repeat(300)), path.join(root, 'r'), PASS),
      'io',
    );
    expect(error.messageKey).toBe('vault.io');
  });

  it('a backup whose MAC was remade around a damaged version is refused before anything is written', async () => {
    const { root, file, key, story } = await backedUp();
    const parts = split(await fs.readFile(file));
    const damagedItem = Buffer.from(parts.items[0]!);
    damagedItem[damagedItem.length - 1]! ^= 1;
    const items = [damagedItem, ...parts.items.slice(1)];
    const bad = path.join(root, 'remade.backup');
    await fs.writeFile(
      bad,
      sealed(key, Buffer.concat([parts.preamble, headerRecord(parts.header), ...items, endRecord(items.length)])),
    );
    const error = await expectHarborError(restoreBackup(bad, path.join(root, 'r'), PASS), 'integrity');
    expect(error.details).toMatchObject({ problem: 'some items do not authenticate', itemIds: [story.id] });
    expect((await fs.readdir(root)).sort()).toEqual(['harbor.backup', 'remade.backup']);
  });
});

/** fs.open of `file` hands back its bytes as `first` until reading starts over, then as `second`. */
function changingOnSecondPass(file: string, first: Buffer, second: Buffer) {
  const open = fs.open.bind(fs);
  return vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
    if (path.resolve(String(args[0])) !== path.resolve(file)) return open(...args);
    let starts = 0;
    return {
      stat: async () => ({ size: first.length }),
      read: async (out: Buffer, offset: number, length: number, position: number) => {
        if (position === 0) starts++;
        const source = starts > 1 ? second : first;
        source.copy(out, offset, position, position + length);
        return { bytesRead: Math.min(length, source.length - position), buffer: out };
      },
      close: async () => undefined,
    } as unknown as FileHandle;
  });
}

type Backup = Awaited<ReturnType<typeof backedUp>>;

/** A valid backup of the same vault, as many bytes long, that restoring must not take for the first. */
const CHANGED: [string, (backup: Backup, original: Buffer) => Promise<Buffer>][] = [
  [
    'another header',
    async ({ dir, key }, original) => withHeader(dir, key, original, () => ({ itemsDir: 'items-000002' })),
  ],
  [
    'a key wrap that no longer opens',
    async ({ dir, key }, original) =>
      withHeader(dir, key, original, (header) => {
        const wrapKey = Buffer.from(header.passphraseWrap.key, 'base64');
        wrapKey[0]! ^= 1;
        return { passphraseWrap: { ...header.passphraseWrap, key: wrapKey.toString('base64') } };
      }),
  ],
  [
    'another number of versions',
    async ({ key }, original) => {
      const parts = split(original);
      expect(parts.items).toHaveLength(2);
      // The two versions' records merged into one of the same total size: one version, not two.
      const [a, b] = parts.items as [Buffer, Buffer];
      const merged = Buffer.concat([a, b]);
      merged.writeUInt32BE(merged.length - 25, 21);
      return sealed(key, Buffer.concat([parts.preamble, headerRecord(parts.header), merged, endRecord(1)]));
    },
  ],
];

/** The backup with its header changed and sealed again with a correct MAC. */
async function withHeader(
  dir: string,
  key: Buffer,
  original: Buffer,
  change: (header: ReturnType<typeof parseHeader>) => Partial<ReturnType<typeof parseHeader>>,
): Promise<Buffer> {
  const kek = await kekFor(dir, PASS);
  const parts = split(original);
  const header = parseHeader(parts.header);
  return sealed(
    key,
    Buffer.concat([
      parts.preamble,
      headerRecord(serializeHeader(withMac(key, { ...header, ...change(header) }, kek))),
      ...parts.items,
      endRecord(parts.items.length),
    ]),
  );
}

describe('a backup that changes while it is restored', () => {
  it.each(CHANGED)(
    'between the check and the copy, into one with %s, is refused, and nothing is left beside it',
    async (_change, make) => {
      const backup = await backedUp();
      const { root, file } = backup;
      const original = await fs.readFile(file);
      const second = await make(backup, original);
      expect(second.length).toBe(original.length);
      const spy = changingOnSecondPass(file, original, second);
      try {
        const error = await expectHarborError(restoreBackup(file, path.join(root, 'r'), PASS), 'integrity');
        expect(error.details).toMatchObject({ problem: 'the file changed while Harbor was reading it' });
      } finally {
        spy.mockRestore();
      }
      expect(await fs.readdir(root)).toEqual(['harbor.backup']);
    },
  );
});

describe('a restore that must last and say what went wrong', () => {
  it('is on the disk before it is handed out: every version and vault.json synced, then their folders', async () => {
    const { story, root, file } = await backedUp();
    const files = vi.spyOn(nodeVaultFs, 'syncFile');
    const folders = vi.spyOn(nodeVaultFs, 'syncDir');
    const target = path.join(root, 'r');
    try {
      const restored = await restoreBackup(file, target, PASS);
      // Two versions and vault.json; the item's folder after each version, the items folder, the
      // new vault's folder while it still has its temporary name, the folder that now holds it.
      expect(files).toHaveBeenCalledTimes(3);
      const synced = folders.mock.calls.map(([folder]) =>
        path.basename(folder).replace(/^\.harbor-partial-.*/, 'temp'),
      );
      expect(synced).toEqual([story.id, story.id, 'items-000001', 'temp', path.basename(root), 'r']);
      await restored.close();
    } finally {
      files.mockRestore();
      folders.mockRestore();
    }
  });

  it('into a folder Harbor may not read: said as such, never "a folder with other files in it"', async () => {
    const { root, file } = await backedUp();
    const target = path.join(root, 'closed');
    await fs.mkdir(target);
    const readdir = fs.readdir.bind(fs);
    const spy = vi.spyOn(fs, 'readdir').mockImplementation((async (folder: string, ...rest: unknown[]) => {
      if (path.resolve(String(folder)) === target) throw Object.assign(new Error('denied'), { code: 'EACCES' });
      return (readdir as (...args: unknown[]) => Promise<unknown>)(folder, ...rest);
    }) as typeof fs.readdir);
    try {
      const error = await expectHarborError(restoreBackup(file, target, PASS), 'io');
      expect(error.messageKey).toBe('vault.notAllowed');
    } finally {
      spy.mockRestore();
    }
    expect(await fs.readdir(target)).toEqual([]);
  });
});
