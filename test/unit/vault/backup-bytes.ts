import { createHmac } from 'node:crypto';
import { subkey } from '../../../electron/vault/aead';

/** A test-only writer of backup files, part by part (see the format in electron/vault/backup.ts). */

export const PREAMBLE = 25;

/** The parts of a backup: preamble, header record, item records, end record (count + MAC). */
export function split(b: Buffer) {
  const headerLength = b.readUInt32BE(PREAMBLE + 1);
  let pos = PREAMBLE + 5 + headerLength;
  const items: Buffer[] = [];
  while (b[pos] === 2) {
    const length = b.readUInt32BE(pos + 21);
    items.push(Buffer.from(b.subarray(pos, pos + 25 + length)));
    pos += 25 + length;
  }
  return {
    preamble: Buffer.from(b.subarray(0, PREAMBLE)),
    header: Buffer.from(b.subarray(PREAMBLE + 5, PREAMBLE + 5 + headerLength)),
    items,
    end: Buffer.from(b.subarray(pos)),
  };
}

export function headerRecord(header: Buffer, length = header.length): Buffer {
  const prefix = Buffer.alloc(5);
  prefix[0] = 1;
  prefix.writeUInt32BE(length, 1);
  return Buffer.concat([prefix, header]);
}

export function endRecord(count: number): Buffer {
  const end = Buffer.alloc(5);
  end[0] = 3;
  end.writeUInt32BE(count, 1);
  return end;
}

/** Everything before the MAC, then the MAC as the vault key makes it (as someone holding the key could). */
export function sealed(vaultKey: Buffer, body: Buffer): Buffer {
  const macKey = subkey(vaultKey, 'harbor-vault/v1/backup-mac', body.subarray(9, PREAMBLE));
  return Buffer.concat([body, createHmac('sha256', macKey).update(body).digest()]);
}
