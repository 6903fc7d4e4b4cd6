import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGrantStore } from '../../../electron/consent/grant-store';
import { createProfileStore } from '../../../electron/consent/profile-store';
import { createStoryService } from '../../../electron/stories/index';
import { openVault } from '../../../electron/vault/index';
import { masterDoc, SECRETS, terms } from '../../support/share-fixtures';
import { ensureCliBuilt, harbor, lines, removeTempDirs, tempDir, expectExit } from './cli-harness';

const PASS = 'a long test passphrase';
const CODE = /^([a-z]+(?:-[a-z]+){6})$/m;

async function newVault(): Promise<string> {
  const dir = path.join(await tempDir(), 'vault');
  expectExit(await harbor(['vault', 'init', dir, '--passphrase-stdin'], lines(PASS)), 0);
  return dir;
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** The writer's story, name and consent, made through the same services the app uses. */
async function writerWithGrant(dir: string) {
  const vault = await openVault(dir, PASS);
  try {
    const story = await createStoryService(vault).create({ title: 'What happened in Tijuana', doc: masterDoc });
    await createProfileStore(vault).set({ fullName: 'María Ruiz' });
    const grants = createGrantStore(vault);
    const grant = await grants.create([story.id], terms({ expiresOn: inDays(60) }));
    const withdrawn = await grants.create([story.id], terms({ expiresOn: inDays(60) }));
    await grants.revoke(withdrawn.id, 'changed my mind');
    return { storyId: story.id, grantId: grant.id, withdrawnId: withdrawn.id };
  } finally {
    await vault.close();
  }
}

let writer: string;
let advocate: string;
let files: string;
let ids: Awaited<ReturnType<typeof writerWithGrant>>;

beforeAll(async () => {
  ensureCliBuilt();
  [writer, advocate, files] = await Promise.all([newVault(), newVault(), tempDir()]);
  ids = await writerWithGrant(writer);
}, 180_000);
afterAll(() => removeTempDirs());

describe('harbor share', () => {
  it('share create --title: the advocate sees the title only as the consent lets it out', async () => {
    const pkg = path.join(files, 'titled.harbor-share');
    const title = 'Rosa and María Ruiz in Tijuana';
    const own = await newVault();
    const mine = await writerWithGrant(own);
    const args = ['share', 'create', own, '--story', mine.storyId, '--grant', mine.grantId, '--out', pkg];
    const created = await harbor([...args, '--title', title, '--passphrase-stdin'], lines(PASS));
    expectExit(created, 0);
    const code = CODE.exec(created.stdout.trim())?.[1];
    const other = await newVault();
    expectExit(await harbor(['share', 'import', other, pkg, '--passphrase-stdin'], lines(PASS, code!)), 0);
    const received = await harbor(['share', 'list', other, '--json', '--passphrase-stdin'], lines(PASS));
    expectExit(received, 0);
    expect(received.stdout).toContain('[name withheld] and M. R. in [place withheld]');
    expect(received.stdout).not.toMatch(/Rosa|María|Ruiz|Tijuana/);
    const sent = await harbor(['share', 'list', own, '--json', '--passphrase-stdin'], lines(PASS));
    expect(sent.stdout).not.toContain(title);
  });

  it('create → import → receipt → import-receipt → revoke → import-revocation, with the exit codes of the contract', async () => {
    const pkg = path.join(files, 'story.harbor-share');
    const created = await harbor(
      [
        'share',
        'create',
        writer,
        '--story',
        ids.storyId,
        '--grant',
        ids.grantId,
        '--out',
        pkg,
        '--title',
        'A story',
        '--passphrase-stdin',
      ],
      lines(PASS),
    );
    expectExit(created, 0);
    const code = CODE.exec(created.stdout.trim())?.[1];
    expect(code, created.stdout).toBeTruthy();
    expect(created.stderr).toMatch(/another way/);
    const bytes = await fs.readFile(pkg);
    for (const secret of SECRETS) expect(bytes.toString('latin1')).not.toContain(secret);

    // An existing file is never replaced without --overwrite.
    const again = await harbor(
      ['share', 'create', writer, '--story', ids.storyId, '--grant', ids.grantId, '--out', pkg, '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(again, 4);

    // Wrong share code: exit 2; not seven list words: exit 2; a changed file: exit 3.
    const words = code!.split('-');
    const wrong = [...words.slice(0, 6), words[6] === 'zoo' ? 'zone' : 'zoo'].join(' ');
    expectExit(await harbor(['share', 'import', advocate, pkg, '--passphrase-stdin'], lines(PASS, wrong)), 2);
    expectExit(await harbor(['share', 'import', advocate, pkg, '--passphrase-stdin'], lines(PASS, 'not a code')), 2);
    const tampered = path.join(files, 'tampered.harbor-share');
    const changed = Buffer.from(bytes);
    changed[changed.length - 100]! ^= 0x10;
    await fs.writeFile(tampered, changed);
    expectExit(await harbor(['share', 'import', advocate, tampered, '--passphrase-stdin'], lines(PASS, code!)), 3);
    await fs.writeFile(tampered, bytes.subarray(0, 60));
    expectExit(await harbor(['share', 'import', advocate, tampered, '--passphrase-stdin'], lines(PASS, code!)), 3);

    const imported = await harbor(
      ['share', 'import', advocate, pkg, '--passphrase-stdin'],
      lines(PASS, code!.toUpperCase().replace(/-/g, ' ')),
    );
    expectExit(imported, 0);
    const sharedId = imported.stdout.trim();
    expect(sharedId).toMatch(/^[0-9a-f]{32}$/);
    expect(imported.stderr).toMatch(/You may quote this for Senate Judiciary Committee/);
    expect(imported.stderr).toMatch(/credited to 'M\. R\.'/);

    // share show: the text as the package carries it (the writer's release gate), never the original.
    const shown = await harbor(['share', 'show', advocate, sharedId, '--passphrase-stdin'], lines(PASS));
    expectExit(shown, 0);
    expect(shown.stdout).toBe(
      'A story\n\nI am M. R. [name withheld] took me to [place withheld] in the spring.\n\nNow I speak so it stops happening to others.\n',
    );
    expect(shown.stderr).toMatch(/You may quote this for Senate Judiciary Committee/);
    for (const secret of [...SECRETS, 'only for me']) expect(shown.stdout + shown.stderr).not.toContain(secret);

    const writerList = await harbor(['share', 'list', writer, '--json', '--passphrase-stdin'], lines(PASS));
    expectExit(writerList, 0);
    const sent = (JSON.parse(writerList.stdout) as { sent: { packageId: string; fileName: string }[] }).sent;
    expect(sent).toHaveLength(1);
    expect(sent[0]!.fileName).toBe('story.harbor-share');
    const packageId = sent[0]!.packageId;

    const receipt = path.join(files, 'receipt.harbor-share');
    expectExit(
      await harbor(['share', 'receipt', advocate, packageId, '--out', receipt, '--passphrase-stdin'], lines(PASS)),
      0,
    );
    const read = await harbor(
      ['share', 'import-receipt', writer, receipt, '--json', '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(read, 0);
    expect(JSON.parse(read.stdout)).toEqual({ packageId, uses: [] });
    // A receipt the advocate's vault did not make with this code: exit 3 once changed.
    const badReceipt = Buffer.from(await fs.readFile(receipt));
    badReceipt[40]! ^= 1;
    await fs.writeFile(receipt, badReceipt);
    expectExit(await harbor(['share', 'import-receipt', writer, receipt, '--passphrase-stdin'], lines(PASS)), 3);

    const revocation = path.join(files, 'withdrawal.harbor-share');
    expectExit(
      await harbor(
        [
          'share',
          'revoke',
          writer,
          packageId,
          '--out',
          revocation,
          '--reason',
          'I changed my mind',
          '--passphrase-stdin',
        ],
        lines(PASS),
      ),
      0,
    );
    expectExit(
      await harbor(['share', 'import-revocation', advocate, revocation, '--passphrase-stdin'], lines(PASS)),
      0,
    );
    const after = await harbor(['share', 'list', advocate, '--json', '--passphrase-stdin'], lines(PASS));
    const received = (JSON.parse(after.stdout) as { received: { id: string; status: string }[] }).received;
    expect(received).toEqual([expect.objectContaining({ id: sharedId, status: 'revoked' })]);
    const gone = await harbor(['share', 'show', advocate, sharedId, '--passphrase-stdin'], lines(PASS));
    expectExit(gone, 5);
    expect(gone.stdout).toBe('');
    expect(gone.stderr).toMatch(/withdrew consent/);
    // A withdrawal is not a package.
    expectExit(await harbor(['share', 'import', advocate, revocation, '--passphrase-stdin'], lines(PASS, code!)), 4);
  }, 240_000);

  it('exits 5 when the consent does not allow sharing, and writes nothing', async () => {
    const out = path.join(files, 'refused.harbor-share');
    const r = await harbor(
      [
        'share',
        'create',
        writer,
        '--story',
        ids.storyId,
        '--grant',
        ids.withdrawnId,
        '--out',
        out,
        '--passphrase-stdin',
      ],
      lines(PASS),
    );
    expectExit(r, 5);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/withdrawn/);
    await expect(fs.stat(out)).rejects.toThrow();
  }, 60_000);

  it('exits 4 for a package id this vault never made', async () => {
    const out = path.join(files, 'none.harbor-share');
    expectExit(
      await harbor(['share', 'revoke', writer, '0'.repeat(32), '--out', out, '--passphrase-stdin'], lines(PASS)),
      4,
    );
  }, 60_000);
});
