import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ITEM_JSON_BYTES } from '../../../electron/vault/constants';
import { checkJsonBytes, toJson } from '../../../electron/vault/item-json';
import { activeItemsPath } from '../../../electron/vault/testing';
import type { ItemKind } from '../../../electron/vault/types';
import { expectHarborError, newVault, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

/** What the vault refuses to keep, says so, and never half-keeps; and the limits a person can reach. */
describe('what an item and a version name may be', () => {
  it('refuses data that is not JSON, and keeps nothing of it', async () => {
    const { vault } = await newVault();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const data of [undefined, () => 1, cyclic, 10n]) {
      const refused = await expectHarborError(vault.create('story', data), 'invalid_input');
      expect(refused.messageKey).toBe('vault.notStorable');
    }
    expect(await vault.list()).toEqual([]);
    const story = await vault.create('story', { v: 1 });
    await expectHarborError(vault.put(story.id, cyclic), 'invalid_input');
    expect((await vault.revisions(story.id)).map((r) => r.revision)).toEqual([1]);
    await vault.close();
  });

  it('keeps an item of exactly the largest size and refuses one byte more', () => {
    const json = (bytes: number) => 'x'.repeat(bytes - 2); // JSON adds the two quotes
    expect(toJson(json(MAX_ITEM_JSON_BYTES))).toHaveLength(MAX_ITEM_JSON_BYTES);
    expect(() => toJson(json(MAX_ITEM_JSON_BYTES + 1))).toThrow(/too large/);
    // Counted in UTF-8 bytes, not characters: "é" is two.
    expect(() => toJson('é'.repeat(MAX_ITEM_JSON_BYTES / 2))).toThrow(/too large/);
    // Bytes serialised by their owner count all their pieces.
    const half = Buffer.allocUnsafe(MAX_ITEM_JSON_BYTES / 2);
    const pieces = [half, half];
    expect(checkJsonBytes(pieces)).toBe(pieces);
    expect(() => checkJsonBytes([half, half, Buffer.alloc(1)])).toThrow(/too large/);
    expect(checkJsonBytes([])).toHaveLength(0);
  });

  it('refuses a kind it does not know, when creating and when listing', async () => {
    const { vault } = await newVault();
    await vault.create('story', { v: 1 });
    const odd = 'diary' as ItemKind;
    expect((await expectHarborError(vault.create(odd, {}), 'invalid_input')).messageKey).toBe('vault.unknownKind');
    expect((await expectHarborError(vault.list(odd), 'invalid_input')).messageKey).toBe('vault.unknownKind');
    expect(await vault.list()).toHaveLength(1);
    await vault.close();
  });

  it('trims a version name and takes up to 200 characters; refuses an empty, too long or non-text one', async () => {
    const { vault } = await newVault();
    const story = await vault.create('story', { v: 1 });
    const named = await vault.put(story.id, { v: 2 }, { revisionName: '  Sent to the court  ' });
    expect(named.revisionName).toBe('Sent to the court');
    const longest = 'é'.repeat(200);
    await vault.nameRevision(story.id, 1, `  ${longest}  `);
    expect((await vault.revisions(story.id)).map((r) => r.revisionName)).toEqual(['Sent to the court', longest]);

    const refusals: [unknown, string][] = [
      ['   ', 'vault.revisionNameEmpty'],
      ['', 'vault.revisionNameEmpty'],
      ['x'.repeat(201), 'vault.revisionNameTooLong'],
      [42, 'vault.revisionNameNotText'],
    ];
    for (const [name, key] of refusals) {
      const viaPut = await expectHarborError(
        vault.put(story.id, { v: 9 }, { revisionName: name as string }),
        'invalid_input',
      );
      expect(viaPut.messageKey).toBe(key);
      const viaName = await expectHarborError(vault.nameRevision(story.id, 2, name as string), 'invalid_input');
      expect(viaName.messageKey).toBe(key);
    }
    expect(
      (await expectHarborError(vault.nameRevision(story.id, 2, 'x'.repeat(201)), 'invalid_input')).message,
    ).toMatch(/up to 200 characters/);
    // Nothing was saved or renamed by the refused attempts.
    expect((await vault.revisions(story.id)).map((r) => [r.revision, r.revisionName])).toEqual([
      [2, 'Sent to the court'],
      [1, longest],
    ]);
    await vault.nameRevision(story.id, 2, null);
    expect((await vault.revisions(story.id))[0]!.revisionName).toBeUndefined();
    await vault.close();
  });

  it('numbers a new version above every file present, up to the last number a file name can hold', async () => {
    const { vault } = await newVault();
    const story = await vault.create('story', { v: 1 });
    const dir = path.join(activeItemsPath(vault), story.id);
    // A damaged file with a high number (copied in, or left by a newer Harbor) is never overwritten.
    await fs.writeFile(path.join(dir, '4294967294'), 'damaged');
    const last = await vault.put(story.id, { v: 2 });
    expect(last.revision).toBe(4294967295);
    const refused = await expectHarborError(vault.put(story.id, { v: 3 }), 'invalid_input');
    expect(refused.messageKey).toBe('vault.tooManyRevisions');
    expect((await vault.get(story.id)).data).toEqual({ v: 2 });
    await vault.close();
  });

  it('keeps only the latest version of a grant or a setting, and every recent version of a story and a testimony', async () => {
    const { vault } = await newVault();
    for (const kind of ['grant', 'settings', 'story', 'testimony'] as const) {
      const item = await vault.create(kind, { v: 1 });
      await vault.put(item.id, { v: 2 });
      const kept = (await vault.revisions(item.id)).map((r) => r.revision);
      expect([kind, kept]).toEqual([kind, kind === 'story' || kind === 'testimony' ? [2, 1] : [2]]);
    }
    await vault.close();
  });
});
