import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, harbor, itemFiles, lines, tempDir, type RunResult, useBuiltCli } from './cli-harness';
import { createStoryService } from '../../../electron/stories/index';
import { openVault } from '../../../electron/vault/index';
import { doc, para, text } from '../../support/doc-fixtures';

const PASS = 'a long test passphrase';
const NEW_PASS = 'another long passphrase';
const MISSING_ID = '0123456789abcdef0123456789abcdef';
const RECOVERY = /^recovery key: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})$/m;

/** Plain words on stderr, never a stack trace or an internal error name. */
function expectPlain(r: RunResult): void {
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|TypeError|undefined/);
}

function expectExit(r: RunResult, code: number): void {
  expect(r.code, `exit ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`).toBe(code);
  expectPlain(r);
}

async function newVault(opts: { recoveryKey?: boolean } = {}): Promise<{ dir: string; recoveryKey?: string }> {
  const dir = path.join(await tempDir(), 'vault');
  const r = await harbor(
    ['vault', 'init', dir, '--passphrase-stdin', ...(opts.recoveryKey ? ['--recovery-key'] : [])],
    lines(PASS),
  );
  expectExit(r, 0);
  const key = RECOVERY.exec(r.stdout)?.[1];
  return key ? { dir, recoveryKey: key } : { dir };
}

async function writeFile(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(await tempDir(), name);
  await fs.writeFile(file, content);
  return file;
}

useBuiltCli();

describe('the built harbor command', () => {
  it('is an executable CommonJS file for Node (with its import worker), with no Electron in it', async () => {
    const source = await fs.readFile(CLI, 'utf8');
    expect(source.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const built = (await fs.readdir(path.dirname(CLI))).filter((f) => f.endsWith('.js'));
    expect(built).toContain('import-worker.js');
    for (const file of built) {
      const code = await fs.readFile(path.join(path.dirname(CLI), file), 'utf8');
      expect(code).not.toMatch(/require\(["']electron["']\)|from ["']electron["']/);
      expect(code).not.toMatch(/^import |^export /m);
    }
    // No test switch ships: nothing in it reads an environment variable to lower the KDF.
    expect(source).not.toContain('HARBOR_TEST_KDF');
    expect(source).not.toMatch(/HARBOR_TEST/);
    if (process.platform !== 'win32') expect((await fs.stat(CLI)).mode & 0o111).not.toBe(0);
  });

  it('prints its help and exits 0', async () => {
    const r = await harbor(['--help'], '', {}, { process: true });
    expectExit(r, 0);
    expect(r.stdout).toContain('harbor vault init'.replace('harbor ', ''));
    expect(r.stdout).toContain('Exit codes:');
  });

  it('exits 1 for usage errors', async () => {
    const asProcess = (args: string[]) => harbor(args, '', {}, { process: true });
    expectExit(await asProcess([]), 1);
    expectExit(await asProcess(['vault', 'init']), 1);
    expectExit(await asProcess(['vault', 'init', 'x', '--bogus']), 1);
    const noFlag = await asProcess(['vault', 'verify', 'x']);
    expectExit(noFlag, 1);
    expect(noFlag.stderr).toContain('--passphrase-stdin');
  });
});

describe('harbor vault', () => {
  it("init (the tests' build, floor KDF): creates a vault and prints a recovery key once", async () => {
    const { dir, recoveryKey } = await newVault({ recoveryKey: true });
    expect(recoveryKey).toBeDefined();
    const header = JSON.parse(await fs.readFile(path.join(dir, 'vault.json'), 'utf8')) as {
      kdf: Record<string, unknown>;
    };
    expect(header.kdf).toMatchObject({ memoryKiB: 19456, iterations: 2, parallelism: 1 });
    const again = await harbor(['vault', 'init', dir, '--passphrase-stdin'], lines(PASS));
    expectExit(again, 4);
    expect(again.stderr).toMatch(/already a Harbor vault/);
    const plain = await newVault();
    expect(plain.recoveryKey).toBeUndefined();
  });

  it('init (the shipped build): calibrates even with HARBOR_TEST_KDF=floor set, and refuses short passphrases', async () => {
    const dir = path.join(await tempDir(), 'v');
    expectExit(
      await harbor(
        ['vault', 'init', dir, '--passphrase-stdin'],
        lines(PASS),
        { HARBOR_TEST_KDF: 'floor' },
        { shipped: true },
      ),
      0,
    );
    const header = JSON.parse(await fs.readFile(path.join(dir, 'vault.json'), 'utf8')) as {
      kdf: { memoryKiB: number; iterations: number };
    };
    expect(header.kdf.memoryKiB).toBe(65536);
    expect(header.kdf.iterations).toBeGreaterThanOrEqual(3);
    const short = await harbor(
      ['vault', 'init', path.join(await tempDir(), 'v'), '--passphrase-stdin'],
      lines('short'),
    );
    expectExit(short, 4);
    expect(short.stderr).toMatch(/at least 10 characters/);
  }, 60_000);

  it('verify: exit 0 with one line; exit 2 for a wrong passphrase; exit 4 for no vault', async () => {
    const { dir } = await newVault();
    // Exit codes, stdout and stderr as a script sees them: each command in its own process.
    const ok = await harbor(['vault', 'verify', dir, '--passphrase-stdin'], lines(PASS), {}, { process: true });
    expectExit(ok, 0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(1);
    expect(ok.stdout).toMatch(/^ok: /);
    const wrong = await harbor(
      ['vault', 'verify', dir, '--passphrase-stdin'],
      lines('not the passphrase'),
      {},
      { process: true },
    );
    expectExit(wrong, 2);
    expect(wrong.stderr).toMatch(/doesn't open this vault/);
    expect(wrong.stdout).toBe('');
    const none = await harbor(
      ['vault', 'verify', path.join(dir, 'nothing-here'), '--passphrase-stdin'],
      lines(PASS),
      {},
      { process: true },
    );
    expectExit(none, 4);
  });

  it('verify and story show: exit 3 naming the damaged item when a file was changed', async () => {
    const { dir } = await newVault();
    const file = await writeFile('s.txt', 'Title\n\nSome words.');
    const added = await harbor(['story', 'add', dir, '--from', file, '--passphrase-stdin'], lines(PASS));
    expectExit(added, 0);
    const id = added.stdout.trim();
    const [revision] = await itemFiles(dir, id);
    const bytes = await fs.readFile(revision!);
    bytes[bytes.length - 20]! ^= 0x01;
    await fs.writeFile(revision!, bytes);
    const verify = await harbor(['vault', 'verify', dir, '--passphrase-stdin'], lines(PASS));
    expectExit(verify, 3);
    expect(verify.stderr).toContain(id);
    expect(verify.stdout).toBe('');
    const show = await harbor(['story', 'show', dir, id, '--passphrase-stdin'], lines(PASS));
    expectExit(show, 3);
    expect(show.stdout).toBe('');
  });

  it('passwd: old passphrase then new; afterwards only the new one works', async () => {
    const { dir } = await newVault();
    expectExit(await harbor(['vault', 'passwd', dir, '--passphrase-stdin'], lines('wrong passphrase!', NEW_PASS)), 2);
    expectExit(await harbor(['vault', 'passwd', dir, '--passphrase-stdin'], lines(PASS, NEW_PASS)), 0);
    expectExit(await harbor(['vault', 'verify', dir, '--passphrase-stdin'], lines(PASS)), 2);
    expectExit(await harbor(['vault', 'verify', dir, '--passphrase-stdin'], lines(NEW_PASS)), 0);
  });

  it('passwd: rotates the keys, says so, names `harbor vault backup`, and an old vault.json reads nothing new', async () => {
    const { dir, recoveryKey } = await newVault({ recoveryKey: true });
    const oldHeader = await fs.readFile(path.join(dir, 'vault.json'));
    const changed = await harbor(['vault', 'passwd', dir, '--passphrase-stdin'], lines(PASS, NEW_PASS));
    expectExit(changed, 0);
    expect(changed.stderr).toMatch(/new keys/);
    expect(changed.stderr).toMatch(/Backups made before this change still open with the old passphrase/);
    expect(changed.stderr).toContain('harbor vault backup');
    const newKey = RECOVERY.exec(changed.stdout)?.[1];
    expect(newKey).toBeDefined();
    expect(newKey).not.toBe(recoveryKey);
    expect(changed.stderr).toMatch(/old recovery key no longer works/);

    const file = await writeFile('after.md', '# Written after\n\nNew words.');
    const added = await harbor(['story', 'add', dir, '--from', file, '--passphrase-stdin'], lines(NEW_PASS));
    expectExit(added, 0);
    const copy = path.join(await tempDir(), 'copy');
    await fs.cp(dir, copy, { recursive: true });
    await fs.writeFile(path.join(copy, 'vault.json'), oldHeader);
    const stale = await harbor(['story', 'list', copy, '--passphrase-stdin'], lines(PASS));
    expect(stale.stdout).not.toContain(added.stdout.trim());
    expect(stale.stdout).not.toContain('Written after');
  });

  it('verify: a damaged library cache, rebuilt by story list, is reported as changed outside Harbor (once)', async () => {
    const { dir } = await newVault();
    const file = await writeFile('c.md', '# Cached\n\nWords.');
    expectExit(await harbor(['story', 'add', dir, '--from', file, '--passphrase-stdin'], lines(PASS)), 0);
    expectExit(await harbor(['story', 'list', dir, '--passphrase-stdin'], lines(PASS)), 0);
    const items = path.join(
      dir,
      (await fs.readdir(dir)).find((n) => n.startsWith('items-'))!,
    );
    const cache = (await fs.readdir(items)).find((n) => /^[0-9a-f]{40}$/.test(n));
    expect(cache).toBeDefined();
    const bytes = await fs.readFile(path.join(items, cache!));
    bytes[bytes.length - 1]! ^= 0x01;
    await fs.writeFile(path.join(items, cache!), bytes);
    const listed = await harbor(['story', 'list', dir, '--passphrase-stdin'], lines(PASS));
    expectExit(listed, 0);
    expect(listed.stdout).toContain('Cached');
    const verify = await harbor(['vault', 'verify', dir, '--passphrase-stdin'], lines(PASS));
    expectExit(verify, 3);
    expect(verify.stdout).not.toMatch(/^ok/);
    expect(verify.stderr).toMatch(/derived data .*damaged or changed outside Harbor/);
    expectExit(await harbor(['vault', 'verify', dir, '--passphrase-stdin'], lines(PASS)), 0);
  });

  it('story list marks a story whose only version is damaged', async () => {
    const { dir } = await newVault();
    const file = await writeFile('d.md', '# Soon damaged\n\nWords.');
    const id = (await harbor(['story', 'add', dir, '--from', file, '--passphrase-stdin'], lines(PASS))).stdout.trim();
    expectExit(await harbor(['story', 'list', dir, '--passphrase-stdin'], lines(PASS)), 0);
    const [revision] = await itemFiles(dir, id);
    const bytes = await fs.readFile(revision!);
    bytes[bytes.length - 1]! ^= 0x01;
    await fs.writeFile(revision!, bytes);
    const listed = await harbor(['story', 'list', dir, '--passphrase-stdin'], lines(PASS));
    expectExit(listed, 0);
    expect(listed.stdout).toMatch(new RegExp(`^${id}\t.*Soon damaged.*\t\\(damaged: it cannot be opened\\)$`, 'm'));
    expect(listed.stderr).toMatch(/One story is damaged/);
    const json = await harbor(['story', 'list', dir, '--json', '--passphrase-stdin'], lines(PASS));
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ id, damaged: true })]);
  });

  it("story show and story list read a story as the app's autosave left it, and list it as damaged once its base is lost", async () => {
    const { dir } = await newVault();
    const vault = await openVault(dir, PASS);
    const stories = createStoryService(vault);
    const first = para(text('The first words.'));
    const story = await stories.create({ title: 'Written in the app', doc: doc(first) });
    // An autosave of a sitting: stored as a delta over the first revision (decision 0017).
    await stories.update(story.id, { doc: doc(first, para(text('Typed in a sitting.'))) }, { autosave: true });
    await stories.flush();
    await vault.close();
    const shown = await harbor(['story', 'show', dir, story.id, '--passphrase-stdin'], lines(PASS));
    expectExit(shown, 0);
    expect(shown.stdout).toContain('The first words.\n\nTyped in a sitting.');
    const listed = await harbor(['story', 'list', dir, '--passphrase-stdin'], lines(PASS));
    expect(listed.stdout).toMatch(new RegExp(`^${story.id}\t\\S+\t7 words\tWritten in the app$`, 'm'));

    const [base] = (await itemFiles(dir, story.id)).sort();
    await fs.rm(base!);
    const damaged = await harbor(['story', 'list', dir, '--passphrase-stdin'], lines(PASS));
    expect(damaged.stdout).toMatch(new RegExp(`^${story.id}\t.*\t\\(damaged: it cannot be opened\\)$`, 'm'));
    expectExit(await harbor(['story', 'show', dir, story.id, '--passphrase-stdin'], lines(PASS)), 3);
  });

  it('recover: recovery key then new passphrase, a new recovery key printed once; a wrong or used key exits 2', async () => {
    const { dir, recoveryKey } = await newVault({ recoveryKey: true });
    const wrongKey = recoveryKey!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expectExit(await harbor(['vault', 'recover', dir, '--passphrase-stdin'], lines(wrongKey, NEW_PASS)), 2);
    const recovered = await harbor(['vault', 'recover', dir, '--passphrase-stdin'], lines(recoveryKey!, NEW_PASS));
    expectExit(recovered, 0);
    const newKey = RECOVERY.exec(recovered.stdout)?.[1];
    expect(newKey).toBeDefined();
    expect(newKey).not.toBe(recoveryKey);
    expect(recovered.stderr).toMatch(/old recovery key no longer works/);
    expectExit(await harbor(['vault', 'verify', dir, '--passphrase-stdin'], lines(NEW_PASS)), 0);
    expectExit(await harbor(['vault', 'verify', dir, '--passphrase-stdin'], lines(PASS)), 2);
    expectExit(await harbor(['vault', 'recover', dir, '--passphrase-stdin'], lines(recoveryKey!, PASS)), 2);
    expectExit(await harbor(['vault', 'recover', dir, '--passphrase-stdin'], lines(newKey!, PASS)), 0);
  });

  it('rotate-keys: keeps the stories and the passphrase, replaces the recovery key', async () => {
    const { dir, recoveryKey } = await newVault({ recoveryKey: true });
    const file = await writeFile('s.md', '# Kept\n\nStill here.');
    const id = (await harbor(['story', 'add', dir, '--from', file, '--passphrase-stdin'], lines(PASS))).stdout.trim();
    const rotated = await harbor(['vault', 'rotate-keys', dir, '--passphrase-stdin'], lines(PASS));
    expectExit(rotated, 0);
    const newKey = RECOVERY.exec(rotated.stdout)?.[1];
    expect(newKey).toBeDefined();
    expect(newKey).not.toBe(recoveryKey);
    expectExit(await harbor(['vault', 'recover', dir, '--passphrase-stdin'], lines(recoveryKey!, NEW_PASS)), 2);
    const show = await harbor(['story', 'show', dir, id, '--passphrase-stdin'], lines(PASS));
    expectExit(show, 0);
    expect(show.stdout).toBe('Kept\n\nStill here.\n');
  });

  it('backup and restore: a backup opens with the same passphrase into a new folder', async () => {
    const { dir } = await newVault();
    const file = await writeFile('s.txt', 'Backed up\n\nWords.');
    const id = (await harbor(['story', 'add', dir, '--from', file, '--passphrase-stdin'], lines(PASS))).stdout.trim();
    const backup = path.join(await tempDir(), 'harbor.backup');
    expectExit(await harbor(['vault', 'backup', dir, backup, '--passphrase-stdin'], lines(PASS)), 0);
    const refused = await harbor(['vault', 'backup', dir, backup, '--passphrase-stdin'], lines(PASS));
    expectExit(refused, 4);
    expect(refused.stderr).toMatch(/already exists.*--overwrite/);
    expectExit(await harbor(['vault', 'backup', dir, backup, '--passphrase-stdin', '--overwrite'], lines(PASS)), 0);
    const target = path.join(await tempDir(), 'restored');
    expectExit(
      await harbor(['vault', 'restore', backup, target, '--passphrase-stdin'], lines('not the passphrase')),
      2,
    );
    expectExit(await harbor(['vault', 'restore', backup, target, '--passphrase-stdin'], lines(PASS)), 0);
    const list = await harbor(['story', 'list', target, '--passphrase-stdin', '--json'], lines(PASS));
    expectExit(list, 0);
    expect((JSON.parse(list.stdout) as { id: string; title: string }[]).map((s) => [s.id, s.title])).toEqual([
      [id, 'Backed up'],
    ]);
    const damaged = await writeFile('bad.backup', Buffer.from('definitely not a backup'));
    const bad = await harbor(
      ['vault', 'restore', damaged, path.join(await tempDir(), 'r2'), '--passphrase-stdin'],
      lines(PASS),
    );
    expect([3, 4]).toContain(bad.code);
    expectPlain(bad);
  });
});

describe('harbor story', () => {
  let dir: string;
  beforeAll(async () => {
    dir = (await newVault()).dir;
  });

  const add = async (file: string, ...extra: string[]) => {
    const r = await harbor(['story', 'add', dir, '--from', file, '--passphrase-stdin', ...extra], lines(PASS));
    expectExit(r, 0);
    expect(r.stdout).toMatch(/^[0-9a-f]{32}\n$/);
    return r.stdout.trim();
  };
  const show = (id: string, ...extra: string[]) =>
    harbor(['story', 'show', dir, id, '--passphrase-stdin', ...extra], lines(PASS));

  it('adds from .txt, .md, .html and .docx and prints the id', async () => {
    const txt = await add(await writeFile('a.txt', 'From text\n\nPlain words here.'));
    const md = await add(await writeFile('b.md', '# From markdown\n\nSome **bold** words.'));
    const html = await add(
      await writeFile(
        'c.html',
        '<h1>From HTML</h1><p>Met <span data-sensitive="person">Ana</span>.</p><aside data-private-note><p>call her</p></aside><script>alert(1)</script>',
      ),
    );
    const docxBytes = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: 'From Word', heading: HeadingLevel.HEADING_1 }),
              new Paragraph({ children: [new TextRun('Word text.')] }),
            ],
          },
        ],
      }),
    );
    const docx = await add(await writeFile('d.docx', docxBytes));
    const titled = await add(await writeFile('e.txt', 'Ignored title\n\nBody.'), '--title', 'Chosen title');

    expect((await show(txt)).stdout).toBe('From text\n\nPlain words here.\n');
    expect((await show(md)).stdout).toBe('From markdown\n\nSome bold words.\n');
    expect((await show(docx)).stdout).toBe('From Word\n\nWord text.\n');
    expect((await show(titled)).stdout).toBe('Chosen title\n\nIgnored title\n\nBody.\n');
    const shown = await show(html);
    expectExit(shown, 0);
    expect(shown.stdout).toBe('From HTML\n\nMet Ana.\n\n[private note] call her\n');
  });

  it('list: one line per story, or JSON summaries with --json', async () => {
    const id = await add(await writeFile('list.txt', 'Listed\n\nOne two three.'));
    const plain = await harbor(['story', 'list', dir, '--passphrase-stdin'], lines(PASS));
    expectExit(plain, 0);
    const row = plain.stdout.split('\n').find((l) => l.startsWith(id));
    expect(row).toMatch(new RegExp(`^${id}\\t\\d{4}-\\d\\d-\\d\\dT[^\\t]+\\t3 words\\tListed$`));
    const json = await harbor(['story', 'list', dir, '--json', '--passphrase-stdin'], lines(PASS));
    expectExit(json, 0);
    const summaries = JSON.parse(json.stdout) as Record<string, unknown>[];
    const mine = summaries.find((s) => s.id === id)!;
    expect(Object.keys(mine).sort()).toEqual([
      'id',
      'revision',
      'tags',
      'title',
      'trashedAt',
      'updatedAt',
      'wordCount',
    ]);
    expect(mine).toMatchObject({ title: 'Listed', wordCount: 3, revision: 1, trashedAt: null, tags: [] });
  });

  it('show --json prints the StoryData', async () => {
    const id = await add(await writeFile('j.md', '# JSON\n\nHola *mundo*.'));
    const r = await show(id, '--json');
    expectExit(r, 0);
    const data = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(['createdAt', 'doc', 'tags', 'title', 'trashedAt', 'updatedAt']);
    expect(data.title).toBe('JSON');
    expect(data.doc).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Hola ' },
            { type: 'text', text: 'mundo', marks: [{ type: 'italic' }] },
            { type: 'text', text: '.' },
          ],
        },
      ],
    });
  });

  it('update: replaces the text as a new version, optionally renaming and naming it', async () => {
    const id = await add(await writeFile('u.txt', 'Before\n\nOld text.'));
    const file = await writeFile('u2.md', '# Ignored\n\nNew text.');
    const r = await harbor(
      ['story', 'update', dir, id, '--from', file, '--revision-name', 'Sent', '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(r, 0);
    expect(r.stderr).toMatch(/version 2/);
    expect((await show(id)).stdout).toBe('Before\n\nIgnored\n\nNew text.\n');
    const renamed = await harbor(
      ['story', 'update', dir, id, '--from', file, '--title', 'After', '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(renamed, 0);
    const data = JSON.parse((await show(id, '--json')).stdout) as { title: string };
    expect(data.title).toBe('After');
    const same = await harbor(['story', 'update', dir, id, '--from', file, '--passphrase-stdin'], lines(PASS));
    expectExit(same, 0);
    expect(same.stderr).toMatch(/Nothing changed/);
  });

  it('exits 4 for a missing story, a malformed id, a missing file or an unsupported format', async () => {
    for (const id of [MISSING_ID, 'nope', '../../etc']) {
      const r = await show(id);
      expectExit(r, 4);
      expect(r.stderr).toBe("That story isn't in this vault.\n");
    }
    const file = await writeFile('x.txt', 'x');
    expectExit(
      await harbor(['story', 'update', dir, MISSING_ID, '--from', file, '--passphrase-stdin'], lines(PASS)),
      4,
    );
    const missingFile = await harbor(
      ['story', 'add', dir, '--from', path.join(dir, 'no-such.txt'), '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(missingFile, 4);
    expect(missingFile.stderr).toMatch(/couldn't find the file/);
    const pdf = await harbor(
      ['story', 'add', dir, '--from', await writeFile('x.pdf', '%PDF'), '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(pdf, 4);
    expect(pdf.stderr).toBe('Harbor can open .txt, .md, .html and .docx files.\n');
  });

  it('exits 2 for a wrong passphrase, printing nothing on stdout', async () => {
    const r = await harbor(
      ['story', 'list', dir, '--passphrase-stdin'],
      lines('not the passphrase'),
      {},
      { process: true },
    );
    expectExit(r, 2);
    expect(r.stdout).toBe('');
  });
});
