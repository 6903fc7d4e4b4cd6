/**
 * Vault benchmark: unlock cost, listing a large vault, saving a long story, memory.
 * Run alone: npx tsx -e "import('./test/bench/vault.bench.ts').then(m=>m.benchVault()).then(console.table)"
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStoryService } from '../../electron/stories/index';
import { calibrateKdf, createVault } from '../../electron/vault/index';
import { argon2idRaw, kekFor, openVaultWithKek } from '../../electron/vault/testing';
import { noSyncFs } from '../unit/vault/crashing-fs';
import { median, ms, type BenchRow } from './bench-row';
import { benchStory } from './bench-story';

/** A story as the story service stores it, so the library can list it. */
const story = (words: number, seed: number) => {
  const at = new Date(Date.UTC(2025, 0, 1) + seed * 60_000).toISOString();
  return { ...benchStory(words, seed), createdAt: at, updatedAt: at, trashedAt: null };
};

const STORIES = 1000;
const WORDS_PER_STORY = 2000;
const LONG_STORY_WORDS = 20_000;
const PUTS = 15;

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export async function benchVault(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'harbor-bench-'));
  try {
    const salt = Buffer.alloc(16, 1);
    await argon2idRaw('warm-up', salt, { memoryKiB: 8192, iterations: 1, parallelism: 1 });
    const t3 = await timeIt(() => argon2idRaw('passphrase', salt, { memoryKiB: 65536, iterations: 3, parallelism: 1 }));
    rows.push({ scenario: 'vault: unlock KDF (Argon2id 64 MiB, t=3, p=1)', value: ms(t3) });
    const calibrated = await calibrateKdf();
    const tc = await timeIt(() => argon2idRaw('passphrase', salt, calibrated));
    rows.push({
      scenario: `vault: unlock KDF, calibrated (64 MiB, t=${calibrated.iterations}, p=1)`,
      value: ms(tc),
      target: '500–1000 ms',
    });

    const dir = path.join(work, 'vault');
    const passphrase = 'bench passphrase';
    const { vault: created0 } = await createVault(dir, passphrase, {
      kdf: { memoryKiB: 65536, iterations: 3, parallelism: 1 },
    });
    await created0.close();
    // Filling the vault is setup, not what is measured: no syncs.
    const vault = await openVaultWithKek(dir, await kekFor(dir, passphrase), noSyncFs);
    const fillStart = performance.now();
    for (let i = 0; i < STORIES; i++) await vault.create('story', story(WORDS_PER_STORY, i));
    const fill = performance.now() - fillStart;
    await vault.close();
    rows.push({
      scenario: `vault: create ${STORIES} stories of ~${WORDS_PER_STORY} words (no fsync)`,
      value: ms(fill),
    });

    const kek = await kekFor(dir, passphrase);
    let listed = 0;
    const openList = await timeIt(async () => {
      const v = await openVaultWithKek(dir, kek);
      listed = (await v.list()).length;
      await v.close();
    });
    if (listed !== STORIES) throw new Error(`listed ${listed} of ${STORIES}`);
    rows.push({
      scenario: `vault: key derived → all ${STORIES} stories decrypted by vault.list()`,
      value: ms(openList),
    });

    // What the library does: the story service lists from its encrypted summary cache.
    const libraryList = async () => {
      const v = await openVaultWithKek(dir, kek);
      listed = (await createStoryService(v).list()).length;
      await v.close(); // waits for the cache write a first listing starts
    };
    const rebuild = await timeIt(libraryList);
    if (listed !== STORIES) throw new Error(`library listed ${listed} of ${STORIES}`);
    rows.push({
      scenario: `library: key derived → ${STORIES} stories listed, no summary cache yet (built, then written)`,
      value: ms(rebuild),
    });
    const cached: number[] = [];
    for (let i = 0; i < 3; i++) cached.push(await timeIt(libraryList));
    rows.push({
      scenario: `library: key derived → ${STORIES} stories listed from the summary cache (median of 3)`,
      value: ms(median(cached)),
      target: '≤ 300 ms',
    });

    const opened = await openVaultWithKek(dir, kek);
    const service = createStoryService(opened);
    const [first] = await service.list();
    const saves: number[] = [];
    for (let i = 0; i < PUTS; i++) saves.push(await timeIt(() => service.update(first!.id, { title: `Renamed ${i}` })));
    rows.push({
      scenario: `library: a story saved in a vault of ${STORIES} (revision with fsync + summary cache, median)`,
      value: ms(median(saves)),
    });
    const lists: number[] = [];
    for (let i = 0; i < 3; i++) lists.push(await timeIt(() => opened.list()));
    rows.push({ scenario: `vault: list() of ${STORIES} stories (vault open, median of 3)`, value: ms(median(lists)) });

    const long = story(LONG_STORY_WORDS, 99_999);
    const created = await opened.create('story', long);
    const durable: number[] = [];
    for (let i = 0; i < PUTS; i++) {
      durable.push(await timeIt(() => opened.put(created.id, { ...long, title: `Long ${i}` })));
    }
    await opened.close();
    const unsynced = await openVaultWithKek(dir, kek, noSyncFs);
    const fast: number[] = [];
    for (let i = 0; i < PUTS; i++) {
      fast.push(await timeIt(() => unsynced.put(created.id, { ...long, title: `Long fast ${i}` })));
    }
    rows.push({
      scenario: `vault: put() ${LONG_STORY_WORDS}-word story, with fsync (median)`,
      value: ms(median(durable)),
    });
    rows.push({
      scenario: `vault: put() ${LONG_STORY_WORDS}-word story, without fsync (median)`,
      value: ms(median(fast)),
      target: '≤ 25 ms',
    });
    const backupFile = path.join(work, 'vault.backup');
    const backup = await timeIt(() => unsynced.backup(backupFile));
    const { size } = await fs.stat(backupFile);
    rows.push({
      scenario: `vault: backup() of ${STORIES + 1} items`,
      value: `${ms(backup)}, ${(size / 1048576).toFixed(1)} MiB`,
    });
    await unsynced.close();

    rows.push({ scenario: 'vault: peak RSS', value: `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB` });
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
  return rows;
}
