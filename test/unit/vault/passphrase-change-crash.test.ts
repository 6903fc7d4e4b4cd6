import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openVault } from '../../../electron/vault/index';
import type { OpenVault } from '../../../electron/vault/types';
import { newVault, PASS, removeTempDirs, tempDir } from './helpers';

// Slow (a child process killed 16 times): left out of the mutation runs, run by npm test.
afterEach(removeTempDirs);

const fixture = fileURLToPath(new URL('./fixtures/passwd-once.ts', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
const KILLS = 16;

async function bundle(workDir: string): Promise<string[]> {
  try {
    const esbuild = await import('esbuild');
    const outfile = path.join(workDir, 'passwd-once.mjs');
    await esbuild.build({
      entryPoints: [fixture],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'silent',
    });
    return [outfile];
  } catch {
    return ['--import', 'tsx', fixture];
  }
}

/** Runs the child and kills it `afterMs` after it opened the vault; resolves with what it said. */
function runAndKill(args: string[], env: NodeJS.ProcessEnv, afterMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('opened\n')) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve(out);
      else reject(new Error(`passwd-once exited with ${code}: ${err}`));
    });
  });
}

describe('kill -9 during a passphrase change', () => {
  it(
    `opens with exactly one of old passphrase + old keys or new passphrase + new keys, ${KILLS} times`,
    {
      timeout: 120_000,
    },
    async () => {
      const { dir, vault } = await newVault();
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) ids.push((await vault.create('story', { n: i, text: 'x'.repeat(4000) })).id);
      // How long one change takes here, so the kills land across the whole of it.
      const start = performance.now();
      await vault.changePassphrase('measuring passphrase');
      const took = performance.now() - start;
      await vault.changePassphrase(PASS);
      await vault.close();

      const args = await bundle(await tempDir('passwd-crash'));
      const passes = [PASS, 'second passphrase here'];
      let current = 0;
      const outcomes = { old: 0, new: 0 };
      for (let round = 0; round < KILLS; round++) {
        const from = passes[current]!;
        const to = passes[1 - current]!;
        const env = { ...process.env, HARBOR_VAULT_DIR: dir, HARBOR_FROM: from, HARBOR_TO: to };
        const said = await runAndKill(args, env, Math.random() * took * 1.5 + 5);
        let opened: OpenVault | null = null;
        let works: string | null = null;
        for (const pass of [from, to]) {
          const attempt = await openVault(dir, pass).catch((e: unknown) => e);
          if (attempt && typeof (attempt as OpenVault).list === 'function') {
            expect(opened, `round ${round}: both passphrases open the vault`).toBeNull();
            opened = attempt as OpenVault;
            works = pass;
            await opened.close();
          } else {
            expect((attempt as { code?: string }).code, `round ${round}`).toBe('wrong_passphrase');
          }
        }
        expect(works, `round ${round}: neither passphrase opens the vault`).not.toBeNull();
        if (said.includes('changed\n')) expect(works, `round ${round}`).toBe(to);
        const again = await openVault(dir, works!);
        const items = await again.list<{ n: number }>();
        expect(items.map((r) => r.id).sort()).toEqual([...ids].sort());
        expect((await again.verify()).damaged, `round ${round}`).toEqual([]);
        expect((await fs.readdir(dir)).filter((n) => n.startsWith('items-'))).toHaveLength(1);
        await again.close();
        if (works === to) {
          outcomes.new++;
          current = 1 - current;
        } else outcomes.old++;
      }
      console.log(
        `passphrase-change crash test: ${KILLS} kills, ${outcomes.old} left the old, ${outcomes.new} the new`,
      );
    },
  );
});
