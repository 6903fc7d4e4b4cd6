import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileHandle } from 'node:fs/promises';
import { fileSource, type ByteSource } from '../../../electron/vault/backup';
import { MAX_HEADER_BYTES, MAX_ITEM_FILE_BYTES } from '../../../electron/vault/constants';
import {
  bufferSource,
  encodeItemFile,
  parseHeader,
  rawVaultKey,
  readBackup,
  serializeHeader,
} from '../../../electron/vault/testing';
import { HarborError } from '../../../shared/errors';
import { endRecord, headerRecord, PREAMBLE, sealed, split } from './backup-bytes';
import { newVault, removeTempDirs, tempDir } from './helpers';

/**
 * The backup format read from untrusted bytes: each kind of damage refused for its own reason,
 * whether or not the whole-file HMAC would have caught it too (here it is recomputed, as by
 * someone who held the vault key, so that only the structural check stands in the way).
 */

let bytes: Buffer;
let key: Buffer;
let vaultId: string;
const ids: string[] = [];

beforeAll(async () => {
  const { vault } = await newVault();
  for (const title of ['one', 'two']) {
    const item = await vault.create('story', { title });
    ids.push(item.id);
  }
  await vault.put(ids[0]!, { title: 'one, again' });
  const file = path.join(await tempDir('backup'), 'b');
  await vault.backup(file);
  bytes = await fs.readFile(file);
  key = rawVaultKey(vault);
  vaultId = vault.id;
  await vault.close();
});

afterAll(removeTempDirs);

function build(parts: { preamble?: Buffer; header?: Buffer; items?: Buffer[]; count?: number }): Buffer {
  const p = split(bytes);
  const items = parts.items ?? p.items;
  return sealed(
    key,
    Buffer.concat([
      parts.preamble ?? p.preamble,
      headerRecord(parts.header ?? p.header),
      ...items,
      endRecord(parts.count ?? items.length),
    ]),
  );
}

/** Bytes in memory that refuse, as a file would, any read past their end. */
function strict(bytes: Buffer): ByteSource {
  const inner = bufferSource(bytes);
  return {
    size: inner.size,
    read: async (position, length) => {
      if (position + length > inner.size) throw new Error(`read past the end: ${position}+${length}`);
      return inner.read(position, length);
    },
  };
}

async function read(source: Buffer | ByteSource, unlockKey = key, checkItems = true) {
  return readBackup(Buffer.isBuffer(source) ? strict(source) : source, {
    checkItems,
    unlock: async () => Buffer.from(unlockKey),
  });
}

/** The error a backup is refused with: its code, and for damage the reason and items named. */
async function refusal(source: Buffer | ByteSource, unlockKey = key) {
  try {
    await read(source, unlockKey);
  } catch (error) {
    expect(error).toBeInstanceOf(HarborError);
    const e = error as HarborError;
    const details = e.details as { problem?: string; itemIds?: string[] } | undefined;
    return details?.problem === undefined
      ? { code: e.code }
      : { code: e.code, problem: details.problem, itemIds: details.itemIds };
  }
  return 'accepted';
}

const damaged = (problem: string, itemIds: string[] = []) => ({ code: 'integrity', problem, itemIds });

describe('reading a backup', () => {
  it('reads a whole backup, and one rebuilt from its parts, with every version counted', async () => {
    expect((await read(bytes)).count).toBe(3);
    expect((await read(build({}))).count).toBe(3);
    expect((await read(build({ items: [] }))).count).toBe(0);
  });

  it('refuses a file too short to be a backup, or not one, or of another version', async () => {
    const min = PREAMBLE + 5 + 37;
    expect(await refusal(bytes.subarray(0, min - 1))).toEqual(damaged('too short to be a Harbor backup'));
    expect(await refusal(bytes.subarray(0, min))).toEqual(damaged('the vault header is missing'));
    const magic = Buffer.from(bytes);
    magic[7] = 0x4a;
    expect(await refusal(magic)).toEqual(damaged('not a Harbor backup'));
    for (const [version, expected] of [
      [2, { code: 'unsupported' }],
      [0, damaged('unknown backup version')],
    ] as const) {
      const changed = Buffer.from(bytes);
      changed[8] = version;
      expect(await refusal(changed)).toEqual(expected);
    }
  });

  it('refuses a header record that is missing, too long, running past the end, damaged or changed', async () => {
    const p = split(bytes);
    const wrongType = Buffer.from(bytes);
    wrongType[PREAMBLE] = 2;
    expect(await refusal(wrongType)).toEqual(damaged('the vault header is missing'));
    // A length over the header's limit, with that many bytes there: refused before they are read.
    const long = Buffer.concat([p.preamble, headerRecord(Buffer.alloc(MAX_HEADER_BYTES + 1, 0x20)), endRecord(0)]);
    expect(await refusal(sealed(key, long))).toEqual(damaged('the vault header is missing'));
    // A header of exactly the largest size is read (and fails as a header).
    const largest = Buffer.concat([p.preamble, headerRecord(Buffer.alloc(MAX_HEADER_BYTES, 0x20)), endRecord(0)]);
    expect(await refusal(sealed(key, largest))).toEqual(damaged('the vault header is damaged'));
    // A length that ends exactly at the end of the file is read (and fails as a header);
    // one byte more is missing.
    const rest = bytes.length - PREAMBLE - 5;
    for (const [length, problem] of [
      [rest, 'the vault header is damaged'],
      [rest + 1, 'the vault header is missing'],
    ] as const) {
      const changed = Buffer.from(bytes);
      changed.writeUInt32BE(length, PREAMBLE + 1);
      expect(await refusal(changed), String(length)).toEqual(damaged(problem));
    }
    expect(await refusal(build({ header: Buffer.from('{"format":') }))).toEqual(damaged('the vault header is damaged'));
    const json = parseHeader(p.header);
    const header = (changes: Partial<typeof json>) => serializeHeader({ ...json, ...changes });
    const newer = Buffer.from(p.header.toString().replace('"version": 1', '"version": 2'));
    expect(await refusal(build({ header: newer }))).toEqual({ code: 'unsupported' });
    expect(await refusal(build({ header: header({ itemsDir: 'items-000009' }) }))).toEqual(
      damaged('the vault header was changed'),
    );
    expect(await refusal(build({ header: header({ kdf: { ...json.kdf, memoryKiB: 1024 } }) }))).toEqual({
      code: 'weak_kdf',
    });
    const mac = Buffer.from(json.mac, 'base64');
    mac[0]! ^= 1;
    expect(await refusal(build({ header: header({ mac: mac.toString('base64') }) }))).toEqual(
      damaged('the vault header does not authenticate'),
    );
    // Rewritten by Harbor's own serializer, the same header reads.
    expect((await read(build({ header: serializeHeader(parseHeader(p.header)) }))).count).toBe(3);
  });

  it('refuses item records that run short, number no version, repeat, or do not open', async () => {
    const p = split(bytes);
    const idOf = (record: Buffer) => record.subarray(1, 17).toString('hex');
    // The item saved twice (a1, a2) and the one saved once (b1).
    const [a1, a2] = p.items.filter((r) => idOf(r) === ids[0]) as [Buffer, Buffer];
    const [b1] = p.items.filter((r) => idOf(r) === ids[1]) as [Buffer];
    const withRevision = (record: Buffer, revision: number) => {
      const changed = Buffer.from(record);
      changed.writeUInt32BE(revision, 17);
      return changed;
    };
    expect(await refusal(build({ items: [withRevision(b1, 0)] }))).toEqual(damaged('the backup is incomplete'));
    // A version stored under another version's number does not open: named, not read.
    expect(await refusal(build({ items: [withRevision(b1, 2)] }))).toEqual(
      damaged('some items do not authenticate', [idOf(b1)]),
    );
    expect(await refusal(build({ items: [a1, b1, a1] }))).toEqual(damaged('an item appears twice', [idOf(a1)]));
    expect(await refusal(build({ items: [a1, b1, a2, b1] }))).toEqual(damaged('an item appears twice', [idOf(b1)]));
    const flipped = (record: Buffer) => {
      const changed = Buffer.from(record);
      changed[changed.length - 1]! ^= 1;
      return changed;
    };
    // Each damaged item is named once, in order of id, whichever comes first in the file.
    const [low, high] = [a1, b1].sort((x, y) => (idOf(x) < idOf(y) ? -1 : 1)) as [Buffer, Buffer];
    expect(await refusal(build({ items: [flipped(high), flipped(low)] }))).toEqual(
      damaged('some items do not authenticate', [idOf(low), idOf(high)]),
    );
    // Without the item check (the copying pass of a restore), only the MAC stands guard.
    expect((await read(build({ items: [flipped(high), flipped(low)] }), key, false)).count).toBe(2);
    // Content that opens but is not JSON is damage too.
    const itemId = Buffer.from(idOf(b1), 'hex');
    const notJson = encodeItemFile(
      key,
      { vaultId: Buffer.from(vaultId, 'hex'), itemId, revision: 1 },
      { kind: 'story', savedAtMs: 1 },
      '{"title":',
    );
    const record = Buffer.alloc(25);
    record[0] = 2;
    itemId.copy(record, 1);
    record.writeUInt32BE(1, 17);
    record.writeUInt32BE(notJson.length, 21);
    expect(await refusal(build({ items: [a1, Buffer.concat([record, notJson])] }))).toEqual(
      damaged('some items do not authenticate', [idOf(b1)]),
    );
  });

  it('refuses records cut short, of unknown type, and anything after the end', async () => {
    const p = split(bytes);
    const body = Buffer.concat([p.preamble, headerRecord(p.header)]);
    // The file ends after the header; after an item record's prefix cut short; in an item's bytes.
    expect(await refusal(Buffer.concat([body, Buffer.alloc(36)]))).toEqual(damaged('unknown record'));
    expect(await refusal(body)).toEqual(damaged('the backup is incomplete'));
    expect(await refusal(Buffer.concat([body, p.items[0]!.subarray(0, 24)]))).toEqual(
      damaged('the backup is incomplete'),
    );
    expect(await refusal(Buffer.concat([body, p.items[0]!.subarray(0, 25)]))).toEqual(
      damaged('the backup is incomplete'),
    );
    expect(await refusal(Buffer.concat([body, p.items[0]!]))).toEqual(damaged('the backup is incomplete'));
    // An item's bytes cut a little short: incomplete, said before reading past the end.
    expect(await refusal(Buffer.concat([body, p.items[0]!.subarray(0, p.items[0]!.length - 10)]))).toEqual(
      damaged('the backup is incomplete'),
    );
    const unknown = Buffer.from(bytes);
    unknown[p.preamble.length + 5 + p.header.length] = 4;
    expect(await refusal(unknown)).toEqual(damaged('unknown record'));
    expect(await refusal(bytes.subarray(0, bytes.length - 1))).toEqual(damaged('the backup is incomplete'));
    expect(await refusal(Buffer.concat([bytes, Buffer.from([0])]))).toEqual(damaged('unexpected data after the end'));
  });

  it('refuses a count that does not match, or a MAC that does not, or another key', async () => {
    expect(await refusal(build({ count: 2 }))).toEqual(damaged('the backup does not authenticate'));
    expect(await refusal(build({ count: 4 }))).toEqual(damaged('the backup does not authenticate'));
    const mac = Buffer.from(bytes);
    mac[mac.length - 1]! ^= 1;
    expect(await refusal(mac)).toEqual(damaged('the backup does not authenticate'));
    const otherKey = Buffer.from(key);
    otherKey[0]! ^= 1;
    expect(await refusal(bytes, otherKey)).toEqual(damaged('the vault header does not authenticate'));
  });

  it('never reads more than the file holds, nor an item longer than any item can be', async () => {
    const p = split(bytes);
    const prefix = Buffer.from(p.items[0]!.subarray(0, 25));
    prefix.writeUInt32BE(MAX_ITEM_FILE_BYTES + 1, 21);
    const start = Buffer.concat([p.preamble, headerRecord(p.header), prefix]);
    const largest: number[] = [];
    // A source claiming far more bytes than any item, all zero past the record's prefix.
    const huge: ByteSource = {
      size: start.length + MAX_ITEM_FILE_BYTES + 1000,
      read: async (position, length) => {
        largest.push(length);
        const out = Buffer.alloc(length);
        start.copy(out, 0, position, Math.min(start.length, position + length));
        return out;
      },
    };
    expect(await refusal(huge)).toEqual(damaged('the backup is incomplete'));
    expect(Math.max(...largest)).toBeLessThan(MAX_HEADER_BYTES);
    // An item exactly as long as an item can be is read (and then found not to open).
    prefix.writeUInt32BE(MAX_ITEM_FILE_BYTES, 21);
    const exact = Buffer.concat([p.preamble, headerRecord(p.header), prefix]);
    largest.length = 0;
    const exactSource: ByteSource = {
      size: exact.length + MAX_ITEM_FILE_BYTES + 1000,
      read: async (position, length) => {
        largest.push(length);
        const out = Buffer.alloc(length);
        if (position < exact.length) exact.copy(out, 0, position, Math.min(exact.length, position + length));
        return out;
      },
    };
    expect(await refusal(exactSource)).toEqual(damaged('unknown record'));
    expect(Math.max(...largest)).toBe(MAX_ITEM_FILE_BYTES);
  });

  it('reads a file in as many pieces as the system hands back, and refuses one that ends early', async () => {
    const trickle = (bytes: Buffer, cut = bytes.length) =>
      ({
        stat: async () => ({ size: bytes.length }),
        read: async (out: Buffer, offset: number, length: number, position: number) => {
          // As Node does: a read may not ask for more than the room left in its buffer.
          if (offset + length > out.length) throw new RangeError('length is out of range');
          const n = Math.max(0, Math.min(length, 7, cut - position));
          bytes.copy(out, offset, position, position + n);
          return { bytesRead: n, buffer: out };
        },
      }) as unknown as FileHandle;
    expect((await read(await fileSource(trickle(bytes)))).count).toBe(3);
    const error = await refusal(await fileSource(trickle(bytes, bytes.length - 10)));
    expect(error).toEqual(damaged('the file changed while Harbor was reading it'));
  });
});
