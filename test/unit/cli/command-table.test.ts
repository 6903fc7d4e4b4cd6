import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/commands/index';
import { generalHelp } from '../../../electron/cli/help';
import { runCli } from '../../../electron/cli/run-cli';
import { HARBOR_VERSION } from '../../../electron/cli/version';
import { PassThrough } from 'node:stream';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { CLI, ensureCliBuilt, ROOT } from './cli-harness';

/** The files the shipped `harbor` loaded to answer `args`, as its process ends. */
function loadedBy(args: string[]): string[] {
  ensureCliBuilt();
  const script = `process.argv.splice(1, process.argv.length, ${JSON.stringify(CLI)}, ...${JSON.stringify(args)});
    process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));
    require(${JSON.stringify(CLI)});`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stderr) as string[];
}

const quietIo = () => {
  let out = '';
  const input = new PassThrough();
  input.end('');
  return {
    io: { stdin: input, out: (t: string) => (out += `${t}\n`), err: () => undefined, prompt: () => undefined, env: {} },
    out: () => out,
  };
};

describe('the command table (commands load only when they run)', () => {
  it('names each command as its code does, with the summary its own help gives', async () => {
    for (const entry of COMMANDS) {
      const cmd = await entry.load();
      expect({ name: cmd.name, summary: cmd.summary }, entry.name).toEqual({
        name: entry.name,
        summary: entry.summary,
      });
    }
  });

  it('lists every command once in the overview', () => {
    const help = generalHelp();
    for (const entry of COMMANDS) expect(help).toContain(`  ${entry.name}`);
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
  });
});

describe('harbor --help and --version start without the commands', () => {
  it('load none of the commands, nor the packages behind export, import, sharing or validation, nor the error catalog', () => {
    for (const args of [['--help'], ['--version'], ['story', '--help']]) {
      const loaded = loadedBy(args).map((f) => f.replaceAll('\\', '/'));
      expect(
        loaded.filter((f) => f.includes('/node_modules/')),
        args.join(' '),
      ).toEqual([]);
      const ours = loaded.map((f) => f.slice(f.lastIndexOf('/') + 1).replace(/-[\w-]{8}\.js$/, ''));
      for (const entry of COMMANDS) expect(ours, args.join(' ')).not.toContain(entry.name.replace(' ', '-'));
      // zod is bundled into a chunk of its own (electron/cli/vite.config.ts), not read from node_modules.
      expect(ours, args.join(' ')).not.toContain('zod');
      // Nor the error catalog (every message in both languages): it loads when there is an error to word.
      const catalog = loaded.filter((f) =>
        readFileSync(f, 'utf8').includes('\n// shared/error-text/error-catalog.ts\n'),
      );
      expect(catalog, args.join(' ')).toEqual([]);
    }
  });

  it('loads a command when its own help is asked for', () => {
    const loaded = loadedBy(['export', '--help']).map((f) => f.replaceAll('\\', '/'));
    expect(loaded.some((f) => /\/export-[\w-]{8}\.js$/.test(f))).toBe(true);
  });
});

describe('harbor --version', () => {
  it("prints package.json's version and exits 0", async () => {
    const { io, out } = quietIo();
    expect(await runCli(['--version'], io)).toBe(0);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(HARBOR_VERSION).toBe(pkg.version);
    expect(out()).toBe(`harbor ${pkg.version}\n`);
  });
});
