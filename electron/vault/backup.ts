import { createHmac } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { equalBytes, randomBytes, subkey, wipe } from './aead';
import {
  fsyncDir,
  FILE_MODE,
  nodeVaultFs,
  renameWithRetry,
  sweepPartialsOnce,
  tempName,
  type WriteOptions,
} from '../platform/atomic-write';
import { FORMAT_VERSION, MAX_HEADER_BYTES, MAX_ITEM_FILE_BYTES } from './constants';
import { assertDigest, headerMacValid, parseHeader, serializeHeader, type VaultHeader } from './header';
import { decodeItemFile } from './item-file';
import { parseJson } from './item-json';
import { assertKdfAcceptable } from './kdf';
import { listItemIds, listRevisions, readItemBytes, revisionFileName } from './layout';
import { activeItems, durable, vaultIdBytes, type VaultState } from './vault-state';
import { vaultErrors } from './vault-errors';
import { HarborError } from '../../shared/errors';

/**
 * A backup is one file:
 *
 *   "HARBORBK" | version u8 | salt (16)
 *   0x01 | length u32 | vault.json bytes                           (exactly one, first)
 *   0x02 | item id (16) | revision u32 | length u32 | item file    (any number)
 *   0x03 | record count u32 | HMAC-SHA256 (32)                      (last; nothing may follow)
 *
 * The item files are copied as they are (already encrypted), so the backup needs the same
 * passphrase and is as well protected as the vault. The HMAC, keyed from the vault key and the
 * salt, covers every byte before it: a truncated, reordered, spliced or edited backup is refused.
 */

export const BACKUP_MAGIC = Buffer.from('HARBORBK');
const SALT_BYTES = 16;
const PREAMBLE = BACKUP_MAGIC.length + 1 + SALT_BYTES;
const HEADER_RECORD = 0x01;
const ITEM_RECORD = 0x02;
const END_RECORD = 0x03;
const ITEM_RECORD_PREFIX = 1 + 16 + 4 + 4;
const END_RECORD_BYTES = 1 + 4 + 32;
const MAC_PURPOSE = 'harbor-vault/v1/backup-mac';

/** Random access to backup bytes, from a file or (for fuzzing) from memory. */
export interface ByteSource {
  readonly size: number;
  read(position: number, length: number): Promise<Buffer>;
}

export function bufferSource(bytes: Buffer): ByteSource {
  return { size: bytes.length, read: async (position, length) => bytes.subarray(position, position + length) };
}

export async function fileSource(handle: fs.FileHandle): Promise<ByteSource> {
  const { size } = await handle.stat();
  return {
    size,
    async read(position, length) {
      const out = Buffer.alloc(length);
      let done = 0;
      while (done < length) {
        const { bytesRead } = await handle.read(out, done, length - done, position + done);
        if (bytesRead === 0) throw vaultErrors.backupDamaged('the file changed while Harbor was reading it');
        done += bytesRead;
      }
      return out;
    },
  };
}

export interface WriteBackupInput {
  file: string;
  header: VaultHeader;
  items: string;
  vaultKey: Buffer;
  vaultIdBytes: Buffer;
  write: WriteOptions;
}

/** The open vault's backup, to a file outside its folder (a backup inside would back itself up). */
export async function backupVault(s: VaultState, file: string): Promise<void> {
  const target = path.resolve(file);
  const rel = path.relative(path.resolve(s.dir), target);
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) {
    throw vaultErrors.invalid('vault.backupInsideVault');
  }
  await writeBackup({
    file: target,
    header: s.header,
    items: activeItems(s),
    vaultKey: s.vaultKey,
    vaultIdBytes: vaultIdBytes(s),
    write: durable(s),
  });
}

/**
 * Streams the vault into `file` (atomically: temp file, then rename), synced to disk. Revisions
 * that no longer authenticate are left out, so that every backup Harbor writes can also be restored.
 */
async function writeBackup(input: WriteBackupInput): Promise<void> {
  const { file, header, items, vaultKey, vaultIdBytes } = input;
  const dir = path.dirname(file);
  await sweepPartialsOnce(dir);
  const tmp = path.join(dir, tempName());
  const salt = randomBytes(SALT_BYTES);
  const macKey = subkey(vaultKey, MAC_PURPOSE, salt);
  const mac = createHmac('sha256', macKey);
  wipe(macKey);
  const handle = await fs.open(tmp, 'wx', FILE_MODE);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    const chunk = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    await handle.write(chunk);
  };
  const emit = async (...parts: Buffer[]) => {
    for (const part of parts) {
      mac.update(part);
      pending.push(part);
      // Stryker disable next-line AssignmentOperator: the chunk size only bounds memory; the bytes written are the same
      pendingBytes += part.length;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the chunk size only bounds memory; the bytes written are the same
    if (pendingBytes >= 1 << 20) await flush();
  };
  let count = 0;
  try {
    try {
      const preamble = Buffer.alloc(PREAMBLE);
      BACKUP_MAGIC.copy(preamble, 0);
      preamble[BACKUP_MAGIC.length] = FORMAT_VERSION;
      salt.copy(preamble, BACKUP_MAGIC.length + 1);
      const headerBytes = serializeHeader(header);
      const headerPrefix = Buffer.alloc(5);
      headerPrefix[0] = HEADER_RECORD;
      headerPrefix.writeUInt32BE(headerBytes.length, 1);
      await emit(preamble, headerPrefix, headerBytes);

      for (const id of await listItemIds(items)) {
        const itemId = Buffer.from(id, 'hex');
        // Oldest first.
        // Stryker disable next-line ArrayDeclaration,MethodExpression: a name that is no revision reads as nothing, and restore writes each record to its own file whatever their order
        const revisions = ((await listRevisions(path.join(items, id))) ?? []).reverse();
        for (const revision of revisions) {
          const bytes = await readItemBytes(path.join(items, id, revisionFileName(revision)));
          if (!bytes || !decodeItemFile(vaultKey, { vaultId: vaultIdBytes, itemId, revision }, bytes).ok) continue;
          const prefix = Buffer.alloc(ITEM_RECORD_PREFIX);
          prefix[0] = ITEM_RECORD;
          itemId.copy(prefix, 1);
          prefix.writeUInt32BE(revision, 17);
          prefix.writeUInt32BE(bytes.length, 21);
          await emit(prefix, bytes);
          count++;
        }
      }
      const end = Buffer.alloc(5);
      end[0] = END_RECORD;
      end.writeUInt32BE(count, 1);
      await emit(end);
      await flush();
      await handle.write(mac.digest());
      await (input.write.fs ?? nodeVaultFs).syncFile(handle);
    } finally {
      await handle.close();
    }
    await renameWithRetry(tmp, file, input.write.fs);
  } catch (error) {
    await fs.rm(tmp).catch(() => undefined);
    throw error;
  }
  await fsyncDir(dir, input.write.fs);
}

export interface BackupContents {
  header: VaultHeader;
  headerBytes: Buffer;
  vaultKey: Buffer;
  count: number;
}

export interface ReadBackupOptions {
  /** Unwraps the vault key from the backup's header (derives the KEK; throws wrong_passphrase). */
  unlock: (header: VaultHeader) => Promise<Buffer>;
  /** Decrypt every item to prove it authenticates (the first pass of a restore). */
  checkItems: boolean;
  /** Called for each item record in order (the second pass writes them out). */
  onItem?: (itemId: string, revision: number, bytes: Buffer) => Promise<void>;
}

/**
 * Reads and checks a backup from untrusted bytes. Every length is checked against what is left of
 * the source before anything is read, so hostile input can neither crash it nor make it allocate
 * more than the source holds. Throws only HarborError.
 */
export async function readBackup(source: ByteSource, opts: ReadBackupOptions): Promise<BackupContents> {
  const damaged = vaultErrors.backupDamaged;
  const size = source.size;
  if (size < PREAMBLE + 5 + END_RECORD_BYTES) throw damaged('too short to be a Harbor backup');
  const preamble = await source.read(0, PREAMBLE);
  if (!preamble.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)) throw damaged('not a Harbor backup');
  const version = preamble[BACKUP_MAGIC.length]!;
  if (version > FORMAT_VERSION) throw vaultErrors.newerFormat();
  if (version !== FORMAT_VERSION) throw damaged('unknown backup version');
  const salt = preamble.subarray(BACKUP_MAGIC.length + 1);

  let pos = PREAMBLE;
  const headerPrefix = await source.read(pos, 5);
  const headerLength = headerPrefix.readUInt32BE(1);
  if (headerPrefix[0] !== HEADER_RECORD || headerLength > MAX_HEADER_BYTES || pos + 5 + headerLength > size) {
    throw damaged('the vault header is missing');
  }
  const headerBytes = await source.read(pos + 5, headerLength);
  let header: VaultHeader;
  try {
    header = parseHeader(headerBytes);
  } catch (error) {
    if (error instanceof HarborError && error.code === 'unsupported') throw error;
    throw damaged('the vault header is damaged');
  }
  assertKdfAcceptable(header.kdf);
  try {
    assertDigest(header);
  } catch {
    throw damaged('the vault header was changed');
  }
  pos += 5 + headerLength;

  const vaultKey = await opts.unlock(header);
  try {
    if (!headerMacValid(vaultKey, header)) throw damaged('the vault header does not authenticate');
    const macKey = subkey(vaultKey, MAC_PURPOSE, salt);
    const mac = createHmac('sha256', macKey);
    wipe(macKey);
    mac.update(preamble).update(headerPrefix).update(headerBytes);
    const vaultId = Buffer.from(header.vaultId, 'hex');
    const seen = new Set<string>();
    const damagedIds = new Set<string>();
    let count = 0;
    for (;;) {
      if (pos >= size) throw damaged('the backup is incomplete');
      const [type] = await source.read(pos, 1);
      if (type === ITEM_RECORD) {
        // Stryker disable next-line EqualityOperator: `<=` is equivalent: a prefix with nothing after it is incomplete too
        if (size - pos < ITEM_RECORD_PREFIX) throw damaged('the backup is incomplete');
        const prefix = await source.read(pos, ITEM_RECORD_PREFIX);
        const itemId = prefix.subarray(1, 17);
        const revision = prefix.readUInt32BE(17);
        const length = prefix.readUInt32BE(21);
        if (revision < 1 || length > MAX_ITEM_FILE_BYTES) throw damaged('the backup is incomplete');
        // Stryker disable next-line EqualityOperator: `>=` is equivalent: an item filling the rest of the file leaves no end record, incomplete too
        if (length > size - pos - ITEM_RECORD_PREFIX) throw damaged('the backup is incomplete');
        const bytes = await source.read(pos + ITEM_RECORD_PREFIX, length);
        mac.update(prefix).update(bytes);
        const id = itemId.toString('hex');
        const key = `${id}/${revision}`;
        if (seen.has(key)) throw damaged('an item appears twice', [id]);
        seen.add(key);
        if (opts.checkItems) {
          const decoded = decodeItemFile(vaultKey, { vaultId, itemId, revision }, bytes);
          if (!decoded.ok || !parseJson(decoded.json).ok) damagedIds.add(id);
        }
        if (opts.onItem) await opts.onItem(id, revision, bytes);
        count++;
        pos += ITEM_RECORD_PREFIX + length;
      } else if (type === END_RECORD) {
        if (size - pos < END_RECORD_BYTES) throw damaged('the backup is incomplete');
        if (size - pos > END_RECORD_BYTES) throw damaged('unexpected data after the end');
        const end = await source.read(pos, END_RECORD_BYTES);
        mac.update(end.subarray(0, 5));
        if (damagedIds.size > 0) throw damaged('some items do not authenticate', [...damagedIds].sort());
        if (!equalBytes(mac.digest(), end.subarray(5)) || end.readUInt32BE(1) !== count) {
          throw damaged('the backup does not authenticate');
        }
        return { header, headerBytes, vaultKey, count };
      } else {
        throw damaged('unknown record');
      }
    }
  } catch (error) {
    wipe(vaultKey);
    throw error;
  }
}
