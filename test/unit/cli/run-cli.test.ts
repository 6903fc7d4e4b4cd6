import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/run-cli';
import { runSourceCli } from './cli-harness';

/** runCli in-process with captured output and a closed (non-terminal) stdin. */
const run = (argv: string[], stdin = '') => runSourceCli(argv, stdin);

describe('harbor command dispatch', () => {
  it('prints help on stdout with exit 0, in every spelling', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.out).toContain('vault init');
      expect(r.out).toContain('story show');
      expect(r.out).toMatch(/2 {2}wrong passphrase or recovery key/);
    }
    const area = await run(['story', '--help']);
    expect(area.out).toContain('story update');
    expect(area.out).not.toContain('vault init');
    for (const argv of [
      ['vault', 'init', '--help'],
      ['help', 'vault', 'init'],
      ['vault', 'init', 'dir', '-h'],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.out).toContain('Usage: harbor vault init <dir> --passphrase-stdin [--recovery-key]');
    }
  });

  it('does not document the test-only KDF switch', async () => {
    const all = [await run(['--help']), await run(['vault', 'init', '--help'])].map((r) => r.out).join('');
    expect(all).not.toContain('HARBOR_TEST_KDF');
  });

  it('exits 1 with usage on stderr for anything mis-spelled', async () => {
    const cases: [string[], RegExp][] = [
      [[], /Usage: harbor <area>/],
      [['vault'], /Usage: harbor vault <command>/],
      [['frobnicate'], /no command "frobnicate"/],
      [['vault', 'explode'], /no command "vault explode"/],
      [['vault', 'init'], /Missing <dir>/],
      [['vault', 'init', 'a', 'b'], /Unexpected argument: b/],
      [['story', 'list', 'v', '--passphrase', 'secret'], /never takes a passphrase/],
      [['story', 'list', 'v'], /Add --passphrase-stdin/],
      [
        ['vault', 'passwd', 'v', '--passphrase-stdin'],
        /Expected 2 lines on standard input: current passphrase, then new passphrase/,
      ],
      [['story', 'add', 'v', '--passphrase-stdin'], /--title, a --from file, or both/],
      [['story', 'update', 'v', '0123456789abcdef0123456789abcdef', '--passphrase-stdin'], /Missing --from/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv, argv.includes('--passphrase-stdin') ? 'only one line\n' : '');
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.err, argv.join(' ')).toMatch(message);
      expect(r.out, argv.join(' ')).toBe('');
    }
  });
});

describe('no test switch', () => {
  it('runCli ignores HARBOR_TEST_KDF: without options a new vault is calibrated', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'harbor-run-cli-'));
    try {
      const dir = path.join(root, 'v');
      const input = new PassThrough();
      input.end('a long passphrase for tests\n');
      const io: CliIo = {
        stdin: input,
        out: () => undefined,
        err: () => undefined,
        prompt: () => undefined,
        env: { HARBOR_TEST_KDF: 'floor' },
      };
      process.env.HARBOR_TEST_KDF = 'floor';
      try {
        expect(await runCli(['vault', 'init', dir, '--passphrase-stdin'], io)).toBe(0);
      } finally {
        delete process.env.HARBOR_TEST_KDF;
      }
      const header = JSON.parse(await fs.readFile(path.join(dir, 'vault.json'), 'utf8')) as {
        kdf: { memoryKiB: number; iterations: number };
      };
      expect(header.kdf.memoryKiB).toBe(65536);
      expect(header.kdf.iterations).toBeGreaterThanOrEqual(3);
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  }, 60_000);
});
