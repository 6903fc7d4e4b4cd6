import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProfileStore } from '../../../electron/consent/profile-store';
import { openVault } from '../../../electron/vault/index';
import { FLOOR_KDF, PASS, runSourceCli } from './cli-harness';

const made: string[] = [];

const run = (argv: string[], stdin = '') => runSourceCli(argv, stdin, { kdf: FLOOR_KDF });

async function newVault(): Promise<string> {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'harbor-ident-'));
  made.push(parent);
  const dir = path.join(parent, 'vault');
  expect((await run(['vault', 'init', dir, '--passphrase-stdin'], `${PASS}\n`)).code).toBe(0);
  return dir;
}

async function savedName(dir: string): Promise<string | null> {
  const vault = await openVault(dir, PASS);
  try {
    return (await createProfileStore(vault).get()).fullName;
  } finally {
    await vault.close();
  }
}

afterAll(async () => {
  await Promise.all(made.map((d) => fs.rm(d, { recursive: true, force: true })));
});

describe('identifying words kept off the command line', () => {
  it('profile set takes the name from standard input, after the passphrase', async () => {
    const dir = await newVault();
    const r = await run(['profile', 'set', dir, '--name-stdin', '--passphrase-stdin'], `${PASS}\nAna Lucía Ruiz\n`);
    expect(r.code, r.err).toBe(0);
    expect(await savedName(dir)).toBe('Ana Lucía Ruiz');
  });

  it('profile set takes the name from a file, without its final line break', async () => {
    const dir = await newVault();
    const file = path.join(path.dirname(dir), 'name.txt');
    await fs.writeFile(file, 'María Ruiz\n');
    const r = await run(['profile', 'set', dir, '--name-file', file, '--passphrase-stdin'], `${PASS}\n`);
    expect(r.code, r.err).toBe(0);
    expect(await savedName(dir)).toBe('María Ruiz');
  });

  it('consent add reads several values in the order its help gives, and story add a title', async () => {
    const dir = await newVault();
    const added = await run(['story', 'add', dir, '--title-stdin', '--passphrase-stdin'], `${PASS}\nLa cocina\n`);
    expect(added.code, added.err).toBe(0);
    const story = added.out.trim();
    const help = (await run(['consent', 'add', '--help'])).out;
    expect(help).toContain('several in this order: --audience, --purpose, --identity, --note');
    const consent = await run(
      [
        'consent',
        'add',
        dir,
        '--story',
        story,
        '--audience-kind',
        'legislative-committee',
        '--purpose-stdin',
        '--audience-stdin',
        '--identity',
        'initials',
        '--redact',
        'all',
        '--formats',
        'docx',
        '--public-record-ack',
        '--passphrase-stdin',
      ],
      `${PASS}\nSenate Judiciary Committee\nthe hearing on SB 123\n`,
    );
    expect(consent.code, consent.err).toBe(0);
    expect(consent.err).toMatch(/^May be shared with Senate Judiciary Committee for the hearing on SB 123/);
    const list = await run(['story', 'list', dir, '--json', '--passphrase-stdin'], `${PASS}\n`);
    expect(JSON.parse(list.out)).toMatchObject([{ id: story, title: 'La cocina' }]);
  });

  it('refuses a value given two ways, and -stdin without --passphrase-stdin', async () => {
    const dir = await newVault();
    const twice = await run(
      ['profile', 'set', dir, '--name', 'A', '--name-stdin', '--passphrase-stdin'],
      `${PASS}\nB\n`,
    );
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/Give --name one way only/);
    const noPipe = await run(['profile', 'set', dir, '--name-stdin'], `${PASS}\nB\n`);
    expect(noPipe.code).toBe(1);
    expect(noPipe.err).toMatch(/add --passphrase-stdin/);
    const missing = await run(['profile', 'set', dir, '--name-stdin', '--passphrase-stdin'], `${PASS}\n`);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/passphrase, then --name-stdin value/);
    expect(await savedName(dir)).toBeFalsy();
  });

  it('says in the help that options are visible to other users, for every command that takes such words', async () => {
    for (const cmd of [
      ['profile', 'set'],
      ['consent', 'add'],
      ['consent', 'revoke'],
      ['export'],
      ['share', 'create'],
      ['share', 'revoke'],
      ['story', 'add'],
      ['story', 'update'],
    ]) {
      const help = (await run([...cmd, '--help'])).out;
      expect(help, cmd.join(' ')).toMatch(/can be seen by other users of this computer/);
      expect(help, cmd.join(' ')).toMatch(/--<option>-stdin .*--<option>-file <file>/s);
    }
  });
});
