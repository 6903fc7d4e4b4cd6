import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createUnlockGuard } from '../../../electron/session/attempt-guard';
import { isBeyondMax } from '../../../electron/vault/kdf';
import { openVault, vaultExists } from '../../../electron/vault/index';
import { legacyHeader, parseHeader, rawVaultKey, serializeHeader } from '../../../electron/vault/testing';
import { expectHarborError, newVault, PASS, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

type Header = ReturnType<typeof parseHeader>;

/** Edits vault.json as someone outside Harbor would; `reseal` also recomputes the (unkeyed) digest. */
async function editHeader(dir: string, edit: (h: Header) => void, reseal = false): Promise<void> {
  const file = path.join(dir, 'vault.json');
  const header = parseHeader(await fs.readFile(file));
  edit(header);
  if (reseal) {
    const body = serializeHeader({ ...header, digest: undefined, mac: undefined } as unknown as Header);
    header.digest = createHash('sha256').update('harbor-vault/v1/header-digest').update(body).digest('base64');
  }
  await fs.writeFile(file, serializeHeader(header));
}

/** Flips one character of a base64 value, keeping it canonical base64 of the same length. */
const flip = (b64: string) => {
  const bytes = Buffer.from(b64, 'base64');
  bytes[3] = bytes[3]! ^ 0x01;
  return bytes.toString('base64');
};

const guardFor = (dir: string) => createUnlockGuard({ dir, sleep: async () => undefined });

describe('the header is checked before the KDF runs and before an attempt is counted', () => {
  it('the ceiling is what calibration can produce (64 MiB × 16 passes) with a margin, and no more', () => {
    expect(isBeyondMax({ memoryKiB: 64 * 1024, iterations: 16, parallelism: 1 })).toBe(false);
    expect(isBeyondMax({ memoryKiB: 64 * 1024, iterations: 32, parallelism: 1 })).toBe(false);
    // The old ceiling (1 GiB × 16, about 35 s per try) and anything like it is refused.
    expect(isBeyondMax({ memoryKiB: 1024 * 1024, iterations: 16, parallelism: 1 })).toBe(true);
    expect(isBeyondMax({ memoryKiB: 256 * 1024, iterations: 4, parallelism: 1 })).toBe(true);
    expect(isBeyondMax({ memoryKiB: 64 * 1024, iterations: 64, parallelism: 1 })).toBe(true);
  });

  it('a maximum-cost header is refused as damage without deriving, and is not counted', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    // Even with the digest recomputed: the parameters alone are reason to refuse.
    await editHeader(dir, (h) => Object.assign(h.kdf, { memoryKiB: 1024 * 1024, iterations: 16 }), true);
    const guard = guardFor(dir);
    const error = await expectHarborError(
      guard.attempt(() => openVault(dir, PASS)),
      'integrity',
    );
    expect(error.messageKey).toBe('vault.kdfTooCostly');
    expect((await guard.status()).failures).toBe(0);
  });

  it('an edited salt (digest not recomputed) is damage, not a wrong passphrase', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    await editHeader(dir, (h) => void (h.kdf.salt = flip(h.kdf.salt)));
    const guard = guardFor(dir);
    const error = await expectHarborError(
      guard.attempt(() => openVault(dir, PASS)),
      'integrity',
    );
    expect(error.messageKey).toBe('vault.headerDamaged');
    expect((await guard.status()).failures).toBe(0);
  });

  it('a wrap edited with the digest recomputed: the right passphrase is reported as damage, not counted', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    await editHeader(dir, (h) => void (h.passphraseWrap.key = flip(h.passphraseWrap.key)), true);
    const guard = guardFor(dir);
    await expectHarborError(
      guard.attempt(() => openVault(dir, PASS)),
      'integrity',
    );
    expect((await guard.status()).failures).toBe(0);
    // A wrong passphrase on the same header is still a wrong passphrase, and is counted.
    await expectHarborError(
      guard.attempt(() => openVault(dir, 'not the passphrase')),
      'wrong_passphrase',
    );
    expect((await guard.status()).failures).toBe(1);
  });

  it('erase-after-N is never reached by retrying the right passphrase on a tampered header', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    const guard = guardFor(dir);
    await guard.setEraseAfter(5);
    await editHeader(dir, (h) => void (h.passphraseWrap.nonce = flip(h.passphraseWrap.nonce)), true);
    for (let i = 0; i < 8; i++) {
      await expectHarborError(
        guard.attempt(() => openVault(dir, PASS)),
        'integrity',
      );
    }
    expect(await vaultExists(dir)).toBe(true);
    expect((await guard.status()).failures).toBe(0);
  });

  it('a header from before the KEK check and digest still opens, and gains them', async () => {
    const { dir, vault } = await newVault();
    const a = await vault.create('story', { title: 'kept' });
    const key = rawVaultKey(vault);
    await vault.close();
    const file = path.join(dir, 'vault.json');
    await fs.writeFile(file, serializeHeader(legacyHeader(key, parseHeader(await fs.readFile(file)))));
    expect(await fs.readFile(file, 'utf8')).not.toMatch(/kekCheck|digest/);
    const again = await openVault(dir, PASS);
    expect((await again.get(a.id)).data).toEqual({ title: 'kept' });
    await again.close();
    expect(Object.keys(parseHeader(await fs.readFile(file)))).toEqual(expect.arrayContaining(['kekCheck', 'digest']));
  });
});
