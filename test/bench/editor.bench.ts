/**
 * Writing in a long story, in the built renderer in Chromium with the real main-process handlers
 * (the e2e harness): how long from a key going down to the next frame on screen, and how long an
 * autosave takes from start to "Saved" while the writer keeps typing.
 */
import type { Page } from 'playwright-core';
import { launchWithVault, openStory, waitSaved } from '../e2e/workspace-steps';
import { median, ms, percentile, type BenchRow } from './bench-row';
import { benchDoc } from './bench-story';
import { tracePerKey } from './main-thread-trace';

const WORDS = 50_000;
const TITLE = 'A long story';
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 300);
/** A steady typist: about 8 keys a second. */
const KEY_DELAY_MS = 120;
/**
 * Keystrokes wanted that go down while a story:save call is really in flight (sent by the renderer,
 * its answer not back yet): enough for a p95 that is one run's number, not one unlucky key's.
 */
const SAVING_KEYS = Number(process.env.BENCH_SAVING_KEYS ?? 100);
/** The writer pauses (the autosave starts 1 s after the last key) and types on as the save goes out. */
const RESUME = 'so ';
/**
 * Pauses after which the next key goes down once the save has landed: the first key after a pause
 * with no save in flight, to tell what a pause itself costs a key from what the save costs it.
 */
const PAUSES = Number(process.env.BENCH_PAUSES ?? 60);
/** Pauses longer than this (the autosave's second and more) make the next key "after a pause". */
const PAUSE_MS = 900;
/** Keys typed in the traced pass (after the timed ones). */
const TRACED_KEYS = 40;

interface Sample {
  ms: number;
  /** Whether a story:save call was in flight (sent, its answer not yet back) when the key went down. */
  inFlight: boolean;
  /** Whether the status bar said "saving" then (as the row measured before it counted calls). */
  saving: boolean;
  /** Milliseconds since the key before it went down (Infinity for the first). */
  gap: number;
}

interface Probe {
  keys: Sample[];
  /** One per save, from "saving" until the status bar leaves it. */
  saves: number[];
  /** How many story:save calls have gone out. */
  started: number;
  /** story:save calls sent and not yet answered. */
  inFlight: number;
}

/**
 * Installed in the page: each keydown's timestamp (the time the input event was created) to the
 * task right after the next animation frame, i.e. after that frame was produced; whether a
 * story:save call was in flight then, seen by wrapping the harness's transport (the bridge calls
 * window.__harborInvoke for every call, looked up at call time); and each save's "saving" →
 * "saved" time, seen on the status bar's data-state. Plain JavaScript in a string, as tsx's
 * helpers (__name) do not exist in the page.
 */
const PROBE = `(() => {
  const probe = { keys: [], saves: [], started: 0, inFlight: 0 };
  window.__probe = probe;
  const state = () => document.querySelector('[data-testid="save-state"]')?.dataset.state;
  const invoke = window.__harborInvoke;
  window.__harborInvoke = (channel, request) => {
    if (channel !== 'story:save') return invoke(channel, request);
    probe.started += 1;
    probe.inFlight += 1;
    const done = () => { probe.inFlight -= 1; };
    const call = invoke(channel, request);
    call.then(done, done);
    return call;
  };
  let last = -Infinity;
  window.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    const gap = start - last;
    last = start;
    const inFlight = probe.inFlight > 0;
    const saving = state() === 'saving';
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => probe.keys.push({ ms: performance.now() - start, inFlight, saving, gap });
      channel.port2.postMessage(null);
    });
  }, true);
  let savingSince = null;
  new MutationObserver(() => {
    const now = state();
    if (now === 'saving' && savingSince === null) savingSince = performance.now();
    if (now !== 'saving' && savingSince !== null) {
      probe.saves.push(performance.now() - savingSince);
      savingSince = null;
    }
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
})()`;

const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
const resetProbe = (page: Page) =>
  page.evaluate(() => {
    const p = (window as unknown as { __probe: Probe }).__probe;
    p.keys.length = 0;
    p.saves.length = 0;
  });

/**
 * Headless Chromium paces frames at 60 Hz, so "to the next frame" would add 0–16.7 ms of waiting
 * for vsync to every keystroke however little work it costs. Unthrottled frames measure the work:
 * the handlers, React, style, layout and paint of the frame that shows the key.
 */
const UNTHROTTLED = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

export async function benchEditor(): Promise<BenchRow[]> {
  const app = await launchWithVault({ chromiumArgs: UNTHROTTLED });
  try {
    const { page } = app;
    await page.setViewportSize({ width: 1360, height: 900 });
    const created = await page.evaluate(([title, doc]) => window.harbor.story.create({ title, doc }), [
      TITLE,
      benchDoc(WORDS, 7),
    ] as const);
    if (!created.ok) throw new Error(created.error.message);
    await page.reload();
    await openStory(page, TITLE);
    await page.evaluate(PROBE);
    // Warm up (first layout of the caret's line, JIT), then measure steady typing.
    await page.keyboard.type('Warm up. ', { delay: KEY_DELAY_MS });
    await waitSaved(page, 30_000);
    await resetProbe(page);

    const text = 'the lights on the water were the only thing I could see from there ';
    for (let typed = 0; typed < KEYSTROKES;) {
      const chunk = text.slice(0, Math.min(text.length, KEYSTROKES - typed));
      await page.keyboard.type(chunk, { delay: KEY_DELAY_MS });
      typed += chunk.length;
    }
    const steady = (await readProbe(page)).keys.map((k) => k.ms);

    await resetProbe(page);
    // Each round: the writer has paused, the autosave's story:save goes out, and the next keys go
    // down at once (the first while the call is in flight; more when the save is slow), then a
    // pause again. Rounds go on until enough keys have landed during a save. Nothing is read from
    // the page between the save going out and the key: reading the whole probe there made the key
    // late, so that only the slowest saves had a key land in them.
    const counts = () =>
      page.evaluate(() => {
        const { started, keys } = (window as unknown as { __probe: Probe }).__probe;
        return { started, landed: keys.filter((k) => k.inFlight).length };
      });
    for (let round = 0; round < SAVING_KEYS * 3; round++) {
      await page.keyboard.type(RESUME, { delay: KEY_DELAY_MS });
      // The next save goes out a second after the last key, so none has started since the keys.
      const { started, landed } = await counts();
      if (landed >= SAVING_KEYS) break;
      await page.waitForFunction((n) => (window as unknown as { __probe: Probe }).__probe.started > n, started, {
        polling: 5,
        timeout: 30_000,
      });
    }
    await waitSaved(page, 30_000);
    const withSaves = await readProbe(page);
    const duringSave = withSaves.keys.filter((k) => k.inFlight).map((k) => k.ms);
    const saysSaving = withSaves.keys.filter((k) => k.saving).length;

    await resetProbe(page);
    // The same pauses, but the writer goes on only once the save has landed (and a moment after).
    for (let round = 0; round < PAUSES; round++) {
      await page.keyboard.type(RESUME, { delay: KEY_DELAY_MS });
      const { started } = await counts();
      await page.waitForFunction(
        (n) => {
          const probe = (window as unknown as { __probe: Probe }).__probe;
          return probe.started > n && probe.inFlight === 0;
        },
        started,
        { polling: 5, timeout: 30_000 },
      );
      await page.waitForTimeout(150);
    }
    await waitSaved(page, 30_000);
    const afterPause = (await readProbe(page)).keys
      .filter((k) => k.gap > PAUSE_MS && !k.inFlight && Number.isFinite(k.gap))
      .map((k) => k.ms);

    const traced = await tracePerKey(page, TRACED_KEYS, () =>
      page.keyboard.type(text.slice(0, TRACED_KEYS), { delay: KEY_DELAY_MS }),
    );
    await waitSaved(page, 30_000);

    const words = (await page.getByTestId('word-count').textContent()) ?? `${WORDS} words`;
    return [
      {
        scenario: `editor: keystroke to next frame, ${words}, p95 of ${steady.length} (Chromium)`,
        value: ms(percentile(steady, 95)),
        target: '≤ 16 ms',
      },
      {
        scenario: 'editor: keystroke to next frame, median / p99 / max',
        value: [50, 99, 100].map((p) => ms(percentile(steady, p))).join(' / '),
      },
      {
        scenario: `editor: keystroke to next frame while a save is in flight, p95 of ${duringSave.length} of ${withSaves.keys.length} keys (${saysSaving} while "saving" showed)`,
        value: duringSave.length ? ms(percentile(duringSave, 95)) : 'none landed',
        target: '≤ 16 ms',
      },
      {
        scenario: 'editor: keystroke to next frame while a save is in flight, median / p99 / max',
        value: duringSave.length ? [50, 99, 100].map((p) => ms(percentile(duringSave, p))).join(' / ') : 'none',
      },
      {
        scenario: `editor: keystroke to next frame, the first key after a pause with no save in flight, median / p95 of ${afterPause.length} (what a pause costs a key, apart from the save)`,
        value: afterPause.length ? `${ms(median(afterPause))} / ${ms(percentile(afterPause, 95))}` : 'none',
      },
      {
        scenario: `editor: main-thread time per key (traced, ${TRACED_KEYS} keys): ${Object.keys(traced).join(' / ')}`,
        value: Object.values(traced)
          .map((n) => n.toFixed(1))
          .join(' / ')
          .concat(' ms'),
      },
      {
        scenario: `editor: autosave round trip (story:save of the long story while typing), median / p95 of ${withSaves.saves.length}`,
        value: withSaves.saves.length
          ? `${ms(median(withSaves.saves))} / ${ms(percentile(withSaves.saves, 95))}`
          : 'none',
      },
    ];
  } finally {
    await app.dispose();
  }
}
