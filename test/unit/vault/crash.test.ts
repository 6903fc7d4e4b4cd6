import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault } from '../../../electron/vault/index';
import { kekFor, openVaultWithKek } from '../../../electron/vault/testing';
import { dataFor, SLOTS, type SlotData } from './fixtures/save-loop-data';
import { FAST_KDF, PASS, removeTempDirs, tempDir } from './helpers';

const KILLS = 200;
const fixture = fileURLToPath(new URL('./fixtures/save-loop.ts', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Starting a child through tsx costs ~0.3 s; bundled into one plain .mjs it costs ~0.1 s, which
 * keeps 200 kills inside the time budget. Without esbuild (it ships with tsx) fall back to tsx.
 */
async function childCommand(workDir: string): Promise<{ args: string[]; mode: string }> {
  try {
    const esbuild = await import('esbuild');
    const outfile = path.join(workDir, 'save-loop.mjs');
    await esbuild.build({
      entryPoints: [fixture],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'silent',
    });
    return { args: [outfile], mode: 'bundled with esbuild' };
  } catch {
    return { args: ['--import', 'tsx', fixture], mode: 'node --import tsx' };
  }
}

interface Child {
  process: ChildProcess;
  loaded: Promise<void>;
  exited: Promise<void>;
  lines: string[];
}

function startChild(args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let partial = '';
  let resolveLoaded!: () => void;
  const loaded = new Promise<void>((resolve) => (resolveLoaded = resolve));
  child.stdout!.on('data', (chunk: Buffer) => {
    partial += chunk.toString();
    const parts = partial.split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      if (line === 'loaded') resolveLoaded();
    }
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve, reject) =>
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve();
      else reject(new Error(`save-loop exited with ${code}: ${stderr}`));
    }),
  );
  exited.catch(() => resolveLoaded());
  child.stdin!.on('error', () => undefined);
  return { process: child, loaded, exited, lines };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the child has logged a commit, or after `timeoutMs` (the final count then tells). */
async function firstCommit(child: Child, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && !child.lines.some((l) => l.startsWith('committed '))) await sleep(2);
}

describe('kill -9 during a save loop', () => {
  let dir: string;
  let kek: Buffer;
  let args: string[];
  let mode: string;

  beforeAll(async () => {
    const work = await tempDir('crash');
    dir = path.join(work, 'vault');
    const { vault } = await createVault(dir, PASS, { kdf: FAST_KDF });
    await vault.close();
    kek = await kekFor(dir, PASS);
    ({ args, mode } = await childCommand(work));
  });

  afterAll(removeTempDirs);

  // A hang guard only: it shares the machine with the other test worker, so give it room.
  it(`every item is at its previous or new committed revision, ${KILLS} times`, { timeout: 300_000 }, async () => {
    const env = { ...process.env, HARBOR_VAULT_DIR: dir, HARBOR_KEK: kek.toString('hex') };
    const committed = new Map<string, number>(); // item id → last revision known to be committed
    const slotOf = new Map<number, string>();
    let commits = 0;
    let advancedUnlogged = 0;
    let next = startChild(args, env);
    for (let round = 0; round < KILLS; round++) {
      const child = next;
      await child.loaded;
      child.process.stdin!.write('go\n');
      // Kill mid-save, not before the loop got going: on a busy machine a fixed delay can land
      // before the first commit, and the round would then test nothing.
      await firstCommit(child, 5_000);
      await sleep(Math.random() * 50);
      child.process.kill('SIGKILL');
      await child.exited;
      next = startChild(args, env); // loads while this round is checked

      for (const line of child.lines) {
        const m = /^committed ([0-9a-f]{32}) (\d+)$/.exec(line);
        if (!m) continue;
        committed.set(m[1]!, Number(m[2]));
        commits++;
      }

      const vault = await openVaultWithKek(dir, kek);
      try {
        const items = await vault.list<SlotData>();
        expect(items.length).toBeLessThanOrEqual(SLOTS.length);
        for (const item of items) {
          const known = committed.get(item.id);
          // Either the last committed revision, or the one whose save finished just as the kill came.
          if (known === undefined) expect(item.revision, `round ${round}`).toBe(1);
          else expect([known, known + 1], `round ${round}`).toContain(item.revision);
          if (known !== undefined && item.revision === known + 1) advancedUnlogged++;
          expect(item.data).toEqual(dataFor(item.data.slot, item.revision));
          const owner = slotOf.get(item.data.slot);
          if (owner) expect(owner).toBe(item.id);
          slotOf.set(item.data.slot, item.id);
          committed.set(item.id, item.revision);
        }
        for (const id of committed.keys())
          expect(
            items.some((i) => i.id === id),
            `round ${round}: ${id} lost`,
          ).toBe(true);
        const report = await vault.verify();
        expect(report.damaged, `round ${round}`).toEqual([]);
      } finally {
        await vault.close();
      }
    }
    next.process.kill('SIGKILL');
    await next.exited.catch(() => undefined);

    // The loop really was saving when it was killed, again and again.
    expect(commits).toBeGreaterThanOrEqual(KILLS);
    const leftovers = (await fs.readdir(dir)).filter((n) => n.startsWith('.tmp'));
    expect(leftovers).toEqual([]);
    console.log(
      `crash test (${mode}): ${KILLS} kills, ${commits} logged commits, ${advancedUnlogged} saves finished unlogged`,
    );
  });
});
