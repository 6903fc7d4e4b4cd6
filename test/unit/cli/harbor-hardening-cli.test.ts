import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateShareCode } from '../../../electron/share/index';
import { openPackage, sealPackage } from '../../../electron/share/share-seal';
import { docxBomb } from '../stories/docx-bombs';
import { FLOOR_KDF } from '../../support/share-fixtures';
import {
  expectExit,
  exportArgs,
  harbor,
  lines,
  newCliVault,
  PASS,
  tempDir,
  useBuiltCli,
  vaultWithConsentedStory,
} from './cli-harness';

async function newVault(): Promise<string> {
  return (await newCliVault()).dir;
}

async function storyIds(dir: string): Promise<string[]> {
  const r = await harbor(['story', 'list', dir, '--json', '--passphrase-stdin'], lines(PASS));
  expectExit(r, 0);
  return (JSON.parse(r.stdout) as { id: string }[]).map((s) => s.id);
}

useBuiltCli();

describe('harbor story add with a hostile file', () => {
  it('refuses a .docx bomb with the import error code and adds nothing', async () => {
    const dir = await newVault();
    const file = path.join(await tempDir(), 'bomb.docx');
    await fs.writeFile(file, docxBomb(40));
    const r = await harbor(['story', 'add', dir, '--from', file, '--passphrase-stdin'], lines(PASS));
    expectExit(r, 4);
    expect(r.stderr).toMatch(/unpacks to more than 25 MB.*Nothing was added/);
    expect(await storyIds(dir)).toEqual([]);
  });
});

/** A vault with a story and a consent to export it as DOCX (the export's prerequisites). */
const vaultWithGrant = () => vaultWithConsentedStory('Kitchen', 'I worked in a kitchen for two years.\n');

const exportStory = (v: { dir: string; story: string; grant: string }, out: string, extra: string[] = []) =>
  exportArgs(v.dir, ['--story', v.story], v.grant, out, { extra });

async function stillOpens(dir: string): Promise<void> {
  expectExit(await harbor(['vault', 'verify', dir, '--passphrase-stdin'], lines(PASS)), 0);
}

describe('harbor export --out and the other commands that write files', () => {
  it("refuses to write into a vault folder (the vault's own vault.json, a subfolder, another vault, through a link)", async () => {
    const v = await vaultWithGrant();
    const other = await newVault();
    const header = await fs.readFile(path.join(v.dir, 'vault.json'));
    const items = (await fs.readdir(v.dir)).find((n) => n.startsWith('items-'))!;
    const link = path.join(v.work, 'looks-harmless');
    await fs.symlink(v.dir, link);
    const fileLink = path.join(v.work, 'notes.docx');
    await fs.symlink(path.join(v.dir, 'vault.json'), fileLink);
    for (const out of [
      path.join(v.dir, 'vault.json'),
      path.join(v.dir, 'export.docx'),
      path.join(v.dir, items, 'export.docx'),
      path.join(other, 'export.docx'),
      path.join(link, 'vault.json'),
    ]) {
      const r = await harbor(exportStory(v, out, ['--overwrite']), lines(PASS));
      expectExit(r, 4);
      expect(r.stderr).toMatch(/inside a Harbor vault folder/);
    }
    // A link to vault.json, with --overwrite: refused too.
    const r = await harbor(exportStory(v, fileLink, ['--overwrite']), lines(PASS));
    expectExit(r, 4);
    expect(await fs.readFile(path.join(v.dir, 'vault.json'))).toEqual(header);
    expect((await fs.readdir(v.dir)).filter((n) => n.endsWith('.docx'))).toEqual([]);
    await stillOpens(v.dir);
  }, 120_000);

  it('keeps an existing file unless --overwrite, and adds the extension when missing', async () => {
    const v = await vaultWithGrant();
    const mine = path.join(v.work, 'letter.docx');
    await fs.writeFile(mine, 'my own letter');
    const refused = await harbor(exportStory(v, mine), lines(PASS));
    expectExit(refused, 4);
    expect(refused.stderr).toMatch(/already exists.*--overwrite/);
    expect(await fs.readFile(mine, 'utf8')).toBe('my own letter');
    expectExit(await harbor(exportStory(v, mine, ['--overwrite']), lines(PASS)), 0);
    expect((await fs.readFile(mine)).subarray(0, 2).toString()).toBe('PK');

    const bare = await harbor(exportStory(v, path.join(v.work, 'for-the-committee')), lines(PASS));
    expectExit(bare, 0);
    expect(bare.stdout.trim()).toMatch(/ .*for-the-committee\.docx$/);
    expect(await fs.readdir(v.work)).toContain('for-the-committee.docx');
  }, 120_000);

  it('backup, share create, withdrawal letter and receipt refuse a vault folder too', async () => {
    const v = await vaultWithGrant();
    const backup = await harbor(
      ['vault', 'backup', v.dir, path.join(v.dir, 'backup.bin'), '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(backup, 4);
    expect(backup.stderr).toMatch(/inside a Harbor vault folder/);

    const share = await harbor(
      [
        'share',
        'create',
        v.dir,
        '--story',
        v.story,
        '--grant',
        v.grant,
        '--out',
        path.join(v.dir, 'vault.json'),
        '--overwrite',
        '--passphrase-stdin',
      ],
      lines(PASS),
    );
    expectExit(share, 4);
    expect(share.stderr).toMatch(/inside a Harbor vault folder/);

    const pkg = path.join(v.work, 'story.harbor-share');
    const created = await harbor(
      ['share', 'create', v.dir, '--story', v.story, '--grant', v.grant, '--out', pkg, '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(created, 0);
    const packageId = /Package ([0-9a-f]{32})/.exec(created.stderr)![1]!;
    const letter = await harbor(
      ['share', 'revoke', v.dir, packageId, '--out', path.join(v.dir, 'letter.harbor-share'), '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(letter, 4);
    expect(letter.stderr).toMatch(/inside a Harbor vault folder/);

    const advocate = await newVault();
    const code = created.stdout.trim();
    expectExit(await harbor(['share', 'import', advocate, pkg, '--passphrase-stdin'], lines(PASS, code)), 0);
    const receipt = await harbor(
      ['share', 'receipt', advocate, packageId, '--out', path.join(advocate, 'receipt'), '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(receipt, 4);
    expect(receipt.stderr).toMatch(/inside a Harbor vault folder/);
    await stillOpens(v.dir);
    await stillOpens(advocate);
  }, 180_000);
});

describe('harbor share import of a forged package with a real id', () => {
  it('refuses the real package with the conflict named, instead of reporting the forgery as added', async () => {
    const v = await vaultWithGrant();
    const pkg = path.join(v.work, 'real.harbor-share');
    const created = await harbor(
      ['share', 'create', v.dir, '--story', v.story, '--grant', v.grant, '--out', pkg, '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(created, 0);
    const code = created.stdout.trim();
    const real = await fs.readFile(pkg);
    // Built the way anyone could: the id copied from the file into a package of their own.
    const { payload } = await openPackage(real, code);
    const forgedCode = generateShareCode();
    const forged = await sealPackage({ ...payload, title: 'FORGED' }, forgedCode, FLOOR_KDF);
    const forgedFile = path.join(v.work, 'forged.harbor-share');
    await fs.writeFile(forgedFile, forged.bytes);

    const advocate = await newVault();
    const first = await harbor(
      ['share', 'import', advocate, forgedFile, '--passphrase-stdin'],
      lines(PASS, forgedCode),
    );
    expectExit(first, 0);
    const second = await harbor(['share', 'import', advocate, pkg, '--passphrase-stdin'], lines(PASS, code));
    expectExit(second, 3);
    expect(second.stderr).toContain(payload.packageId);
    expect(second.stderr).toMatch(/different share code.*added nothing/);
    expect(second.stderr).not.toMatch(/Added/);
  }, 120_000);
});
