import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HarborError } from '../../../shared/errors';
import { openVault } from '../../../electron/vault/index';
import type { OpenVault } from '../../../electron/vault/types';
import {
  activeItemsPath,
  kekFor,
  openVaultWithKek,
  serializeHeader,
  parseHeader,
} from '../../../electron/vault/testing';
import { expectHarborError, newVault, PASS, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

const revFile = (vault: OpenVault, id: string, rev: number) =>
  path.join(activeItemsPath(vault), id, String(rev).padStart(10, '0'));

async function twoItemVault() {
  const made = await newVault();
  const a = await made.vault.create('story', { title: 'a' });
  const b = await made.vault.create('grant', { to: 'b' });
  return { ...made, a, b };
}

describe('moved and swapped files', () => {
  it("an item file copied over another item's name fails; the other items are unaffected", async () => {
    const { vault, a, b } = await twoItemVault();
    const c = await vault.create('story', { title: 'c' });
    await fs.copyFile(revFile(vault, a.id, 1), revFile(vault, b.id, 1));
    const error = await expectHarborError(vault.get(b.id), 'integrity');
    expect(error.details).toEqual({ itemIds: [b.id] });
    expect(error.message).toMatch(/other items are unaffected/);
    expect((await vault.get(a.id)).data).toEqual({ title: 'a' });
    expect((await vault.get(c.id)).data).toEqual({ title: 'c' });
    expect((await vault.list()).map((r) => r.id).sort()).toEqual([a.id, c.id].sort());
    const report = await vault.verify();
    expect(report.ok).toBe(false);
    expect(report.damaged.map((d) => [d.itemId, d.revision])).toEqual([[b.id, 1]]);
    await vault.close();
  });

  it("a revision file copied over another revision's name fails and the previous good one is used", async () => {
    const { vault, a } = await twoItemVault();
    await vault.put(a.id, { title: 'a2' });
    await vault.put(a.id, { title: 'a3' });
    await fs.copyFile(revFile(vault, a.id, 2), revFile(vault, a.id, 3));
    const current = await vault.get(a.id);
    expect(current.revision).toBe(2);
    expect(current.data).toEqual({ title: 'a2' });
    await expectHarborError(vault.getRevision(a.id, 3), 'integrity');
    expect((await vault.revisions(a.id)).map((r) => r.revision)).toEqual([2, 1]);
    expect((await vault.verify()).damaged.map((d) => [d.itemId, d.revision])).toEqual([[a.id, 3]]);
    // A new save goes above the damaged file rather than over it.
    expect((await vault.put(a.id, { title: 'a4' })).revision).toBe(4);
    await vault.close();
  });

  it('an item copied in from another vault does not open (the vault id is bound)', async () => {
    const one = await twoItemVault();
    const two = await newVault();
    const target = path.join(activeItemsPath(two.vault), one.a.id);
    await fs.mkdir(target);
    await fs.copyFile(revFile(one.vault, one.a.id, 1), path.join(target, '0000000001'));
    await expectHarborError(two.vault.get(one.a.id), 'integrity');
    expect(await two.vault.list()).toEqual([]);
    await one.vault.close();
    await two.vault.close();
  });
});

describe('every single-byte change is detected', () => {
  it('in item files (checked with verify(), other items still open)', async () => {
    const { vault, a, b } = await twoItemVault();
    for (const [id, other] of [
      [a.id, b.id],
      [b.id, a.id],
    ] as const) {
      const file = revFile(vault, id, 1);
      const original = await fs.readFile(file);
      let checked = 0;
      for (let i = 0; i < original.length; i++) {
        for (const mask of [0x01, 0x80]) {
          const changed = Buffer.from(original);
          changed[i]! ^= mask;
          await fs.writeFile(file, changed);
          const report = await vault.verify();
          expect(
            report.damaged.map((d) => d.itemId),
            `byte ${i} mask ${mask}`,
          ).toEqual([id]);
          checked++;
        }
      }
      await fs.writeFile(file, original);
      expect(checked).toBe(original.length * 2);
      expect((await vault.get(other)).revision).toBe(1);
    }
    expect((await vault.verify()).ok).toBe(true);
    await vault.close();
  });

  it('in vault.json (reopened with the derived key each time)', async () => {
    const { dir, vault } = await twoItemVault();
    await vault.close();
    const kek = await kekFor(dir, PASS);
    const file = path.join(dir, 'vault.json');
    const original = await fs.readFile(file);
    const codes = new Map<string, number>();
    for (let i = 0; i < original.length; i++) {
      for (const mask of [0x01, 0x80]) {
        const changed = Buffer.from(original);
        changed[i]! ^= mask;
        await fs.writeFile(file, changed);
        let error: unknown = null;
        try {
          await (await openVaultWithKek(dir, kek)).close();
        } catch (e) {
          error = e;
        }
        expect(error, `byte ${i} (${String.fromCharCode(original[i]!)}) mask ${mask} went unnoticed`).toBeInstanceOf(
          HarborError,
        );
        const code = (error as HarborError).code;
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    }
    await fs.writeFile(file, original);
    expect(
      [...codes.keys()].every((c) => ['integrity', 'wrong_passphrase', 'weak_kdf', 'unsupported'].includes(c)),
    ).toBe(true);
    expect(codes.get('integrity')).toBeGreaterThan(0);
    await (await openVaultWithKek(dir, kek)).close();
  });

  it('in vault.json through the public openVault path too', async () => {
    const { dir, vault } = await twoItemVault();
    await vault.close();
    const file = path.join(dir, 'vault.json');
    const original = await fs.readFile(file);
    const text = original.toString('utf8');
    const probes = [
      text.indexOf('"mac"') + 10,
      text.indexOf('"salt"') + 10,
      text.indexOf('"key"') + 10,
      text.indexOf('"itemsDir"') + 20,
      text.indexOf('"vaultId"') + 14,
    ];
    for (const i of probes) {
      const changed = Buffer.from(original);
      changed[i]! ^= 0x01;
      await fs.writeFile(file, changed);
      await expect(openVault(dir, PASS)).rejects.toBeInstanceOf(HarborError);
    }
    await fs.writeFile(file, original);
    await (await openVault(dir, PASS)).close();
  });

  it('in item files through the public path: get() falls back, list() skips', async () => {
    const { dir, vault, a, b } = await twoItemVault();
    await vault.put(a.id, { title: 'a2' });
    const file = revFile(vault, a.id, 2);
    await vault.close();
    const bytes = await fs.readFile(file);
    bytes[bytes.length - 5]! ^= 0x10;
    await fs.writeFile(file, bytes);
    const again = await openVault(dir, PASS);
    expect((await again.get(a.id)).data).toEqual({ title: 'a' });
    expect((await again.get(b.id)).data).toEqual({ to: 'b' });
    expect((await again.list()).map((r) => r.revision).sort()).toEqual([1, 1]);
    const report = await again.verify();
    expect(report).toMatchObject({ ok: false, checked: 3 });
    expect(report.damaged).toEqual([{ itemId: a.id, revision: 2, problem: { key: 'integrity.notAuthentic' } }]);
    await again.close();
  });
});

describe('truncation', () => {
  it('a truncated item file is named by verify() and the item falls back', async () => {
    const { vault, a } = await twoItemVault();
    await vault.put(a.id, { title: 'a2' });
    const file = revFile(vault, a.id, 2);
    const original = await fs.readFile(file);
    for (const length of [0, 1, 4, 5, 18, 40, original.length - 17, original.length - 1]) {
      await fs.writeFile(file, original.subarray(0, length));
      expect((await vault.get(a.id)).revision, `length ${length}`).toBe(1);
      expect((await vault.verify()).damaged.map((d) => d.revision)).toEqual([2]);
    }
    await fs.writeFile(file, Buffer.concat([original, Buffer.from([0])]));
    expect((await vault.verify()).damaged.map((d) => d.revision)).toEqual([2]);
    await vault.close();
  });

  it('a truncated vault.json is refused', async () => {
    const { dir, vault } = await twoItemVault();
    await vault.close();
    const file = path.join(dir, 'vault.json');
    const original = await fs.readFile(file);
    const kek = await kekFor(dir, PASS);
    for (const length of [0, 1, 10, original.length >> 1, original.length - 2, original.length - 1]) {
      await fs.writeFile(file, original.subarray(0, length));
      await expectHarborError(openVaultWithKek(dir, kek), 'integrity');
    }
  });

  it('when every revision of an item is damaged, get() says so and names it', async () => {
    const { vault, a } = await twoItemVault();
    await fs.writeFile(revFile(vault, a.id, 1), Buffer.alloc(0));
    const error = await expectHarborError(vault.get(a.id), 'integrity');
    expect(error.details).toEqual({ itemIds: [a.id] });
    await expectHarborError(vault.revisions(a.id), 'integrity');
    await expectHarborError(vault.put(a.id, { x: 1 }), 'integrity');
    await vault.close();
  });
});

describe('downgrade and hostile parameters', () => {
  async function editHeader(dir: string, edit: (h: ReturnType<typeof parseHeader>) => void) {
    const file = path.join(dir, 'vault.json');
    const header = parseHeader(await fs.readFile(file));
    edit(header);
    await fs.writeFile(file, serializeHeader(header));
  }

  it("refuses a header edited below the floor with 'weak_kdf' before deriving", async () => {
    for (const weaken of [
      (h: ReturnType<typeof parseHeader>) => void (h.kdf.memoryKiB = 1024),
      (h: ReturnType<typeof parseHeader>) => void (h.kdf.iterations = 1),
      (h: ReturnType<typeof parseHeader>) => void (h.kdf.memoryKiB = 19455),
    ]) {
      const { dir, vault } = await newVault();
      await vault.close();
      await editHeader(dir, weaken);
      // Even the right passphrase: the parameters alone are reason to refuse.
      const error = await expectHarborError(openVault(dir, PASS), 'weak_kdf');
      expect(error.message).toMatch(/weaker than Harbor allows/);
      // With a wrong passphrase the answer is still weak_kdf: nothing was derived or unwrapped.
      await expectHarborError(openVault(dir, 'wrong'), 'weak_kdf');
    }
  });

  it('refuses absurd parameters at once instead of trying to allocate them', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    await editHeader(dir, (h) => void (h.kdf.memoryKiB = 4 * 1024 * 1024));
    const error = await expectHarborError(openVault(dir, PASS), 'integrity');
    expect(error.messageKey).toBe('vault.kdfTooCostly');
  });

  it('a header raised to stronger parameters does not open either, and says it was changed', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    await editHeader(dir, (h) => void (h.kdf.iterations = 3));
    await expectHarborError(openVault(dir, PASS), 'integrity');
  });

  it('a newer format is reported as such', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    const file = path.join(dir, 'vault.json');
    const text = (await fs.readFile(file, 'utf8')).replace('"version": 1', '"version": 2');
    await fs.writeFile(file, text);
    await expectHarborError(openVault(dir, PASS), 'unsupported');
  });
});

describe('verify() and rotation around damage', () => {
  it('verify() notices vault.json changed under an open vault', async () => {
    const { dir, vault } = await twoItemVault();
    const file = path.join(dir, 'vault.json');
    const original = await fs.readFile(file);
    const changed = Buffer.from(original);
    changed[original.length - 10]! ^= 1;
    await fs.writeFile(file, changed);
    const report = await vault.verify();
    expect(report.ok).toBe(false);
    expect(report.damaged.map((d) => d.itemId)).toEqual(['vault.json']);
    await fs.writeFile(file, original);
    expect((await vault.verify()).ok).toBe(true);
    await vault.close();
  });

  it('rotation carries every good revision over and reports the damaged ones it could not', async () => {
    const { dir, vault, a, b } = await twoItemVault();
    await vault.put(a.id, { title: 'a2' });
    await fs.writeFile(revFile(vault, a.id, 1), 'not a revision any more');
    const result = await vault.rotateKeys();
    expect(result.skipped).toEqual([{ itemId: a.id, revision: 1 }]);
    expect((await vault.verify()).ok).toBe(true);
    await vault.close();
    const again = await openVault(dir, PASS);
    expect((await again.get(a.id)).data).toEqual({ title: 'a2' });
    expect((await again.get(b.id)).data).toEqual({ to: 'b' });
    await again.close();
  });
});

describe('leftovers of interrupted writes', () => {
  it('temp files are ignored and removed on open; unknown files are left alone', async () => {
    const { dir, vault, a } = await twoItemVault();
    const items = activeItemsPath(vault);
    await vault.close();
    await fs.writeFile(path.join(dir, '.tmp-abc'), 'x');
    await fs.writeFile(path.join(items, a.id, '.tmp-def'), 'half a revision');
    await fs.writeFile(path.join(items, a.id, '0000000002.tmp-x'), 'x');
    await fs.mkdir(path.join(items, '.tmp-destroyed'));
    await fs.mkdir(path.join(items, 'ffffffffffffffffffffffffffffffff'));
    await fs.writeFile(path.join(dir, 'notes.txt'), 'mine');
    const again = await openVault(dir, PASS);
    expect((await again.get(a.id)).revision).toBe(1);
    expect(await fs.readdir(dir)).not.toContain('.tmp-abc');
    expect(await fs.readdir(dir)).toContain('notes.txt');
    expect((await fs.readdir(path.join(items, a.id))).sort()).toEqual(['0000000001', '0000000002.tmp-x']);
    expect(await fs.readdir(items)).not.toContain('.tmp-destroyed');
    expect(await fs.readdir(items)).not.toContain('ffffffffffffffffffffffffffffffff');
    expect((await again.verify()).ok).toBe(true);
    await again.close();
  });
});
