/**
 * The main process's side of an autosave in a long story: story:save through the real handler
 * table (the IPC schema, the story service, the vault on disk, the summary cache, the search index),
 * once with the one paragraph the editor changed and once with the whole document for comparison.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHandlers } from '../../electron/ipc/create-handlers';
import { createDispatch } from '../../electron/ipc/dispatch';
import type { MainContext } from '../../electron/ipc/main-context';
import { createMainServices } from '../../electron/ipc/main-services';
import { createMemoryPreferences } from '../../electron/prefs/memory-preferences';
import { median, ms, percentile, type BenchRow } from './bench-row';
import { benchDoc } from './bench-story';

const WORDS = 50_000;
const PATCHES = 30;
const WHOLE = 8;

export async function benchStorySave(): Promise<BenchRow[]> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'harbor-bench-save-'));
  const ctx = {
    appInfo: { name: 'Harbor', version: '0.0.0-bench', platform: process.platform },
    vaultDir: path.join(dataDir, 'vault'),
    prefs: createMemoryPreferences({}),
    emit: () => undefined,
    reloadRenderer: () => undefined,
    chooseSavePath: async () => null,
  } as unknown as MainContext;
  const services = createMainServices(ctx, { createOptions: { kdf: { memoryKiB: 19456, iterations: 2 } } });
  const dispatch = createDispatch(createHandlers(ctx, services));
  const call = async <T>(channel: string, request: unknown): Promise<T> => {
    const result = (await dispatch(channel, request)) as { ok: boolean; value?: T; error?: { message: string } };
    if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
    return result.value as T;
  };
  try {
    await call('vault:create', { passphrase: 'a long enough bench passphrase', recoveryKey: false });
    const doc = benchDoc(WORDS, 7);
    const story = await call<{ id: string; revision: number }>('story:create', { title: 'A long story', doc });
    const sitting = 'bench-sitting-1';
    let revision = story.revision;
    const patched: number[] = [];
    /** CPU the process spent per save (every thread: JS, encryption, file calls): what typing competes with. */
    const patchedCpu: number[] = [];
    for (let i = 0; i < PATCHES; i++) {
      const at = (i * 37) % doc.content.length;
      const block = {
        type: 'paragraph',
        content: [{ type: 'text', text: `typed just now ${i} and then we walked on` }],
      };
      const start = performance.now();
      const cpu = process.cpuUsage();
      const saved = await call<{ revision: number }>('story:save', {
        id: story.id,
        sitting,
        blocks: { base: revision, from: at, remove: 1, insert: [block], total: doc.content.length },
      });
      patched.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      patchedCpu.push((used.user + used.system) / 1000);
      revision = saved.revision;
      doc.content[at] = block as (typeof doc.content)[number];
    }
    const whole: number[] = [];
    for (let i = 0; i < WHOLE; i++) {
      doc.content[i] = { type: 'paragraph', content: [{ type: 'text', text: `the whole story again ${i}` }] };
      const start = performance.now();
      await call('story:save', { id: story.id, sitting, doc });
      whole.push(performance.now() - start);
    }
    // The first patch of a sitting reads the story from the vault; the rest are what typing costs.
    const steady = patched.slice(1);
    const steadyCpu = patchedCpu.slice(1);
    return [
      {
        scenario: `story:save of one changed paragraph, ${WORDS.toLocaleString('en')} words, main process, median / p95 of ${steady.length}`,
        value: `${ms(median(steady))} / ${ms(percentile(steady, 95))}`,
      },
      {
        scenario: `story:save of one changed paragraph, ${WORDS.toLocaleString('en')} words, CPU time of the main process per save, median / p95 of ${steadyCpu.length}`,
        value: `${ms(median(steadyCpu))} / ${ms(percentile(steadyCpu, 95))}`,
      },
      {
        scenario: `story:save of the whole ${WORDS.toLocaleString('en')}-word story, main process (median of ${WHOLE}), for comparison`,
        value: ms(median(whole)),
      },
    ];
  } finally {
    await call('vault:lock', undefined).catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
}
