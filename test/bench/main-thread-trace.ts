/**
 * Where a keystroke's time goes on the page's main thread, from a Chromium trace: how much is
 * Chromium telling the input methods about the editable text, laying out, painting, and running
 * script (ours and the editor's). The keystroke row says how long; this says what to work on.
 * Measured in a pass of its own after the timed keys, as tracing slows what it records.
 */
import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Trace events summed into each part, by their own time (the time their children took is theirs). */
const PARTS: Record<string, readonly string[]> = {
  // Each change of the text makes Chromium copy the whole editable text for the operating
  // system's input methods (WebTextInputInfo); its cost grows with the story's length.
  'input methods': ['WidgetBase::UpdateTextInputStateInternal'],
  layout: ['LocalFrameView::performLayout', 'Layout', 'Document::UpdateStyleAndLayout'],
  paint: [
    'Paint',
    'PrePaint',
    'Blink.Paint.UpdateTime',
    'Blink.PrePaint.UpdateTime',
    'Blink.CompositingInputs.UpdateTime',
    'PaintArtifactCompositor::Update',
    'Layerize',
    'Commit',
  ],
  script: ['FunctionCall', 'v8.callFunction', 'TimerFire', 'FireAnimationFrame', 'EvaluateScript', 'v8.run'],
};

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'renderer', 'blink', 'toplevel'];

/** Milliseconds per key of each part, and of all the main thread's tasks, while `type` runs. */
export async function tracePerKey(
  page: Page,
  keys: number,
  type: () => Promise<void>,
): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await type();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return summarise(events, keys);
}

function summarise(events: TraceEvent[], keys: number): Record<string, number> {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.dur === undefined || !mainThreads.has(thread)) continue;
    const list = byThread.get(thread) ?? [];
    list.push(e);
    byThread.set(thread, list);
  }
  const own = new Map<string, number>();
  let tasks = 0;
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const open: { e: TraceEvent; own: number }[] = [];
    const close = () => {
      const done = open.pop()!;
      own.set(done.e.name, (own.get(done.e.name) ?? 0) + done.own);
    };
    for (const e of list) {
      while (open.length && open.at(-1)!.e.ts + open.at(-1)!.e.dur! <= e.ts) close();
      if (open.length) open.at(-1)!.own -= e.dur!;
      else tasks += e.dur!;
      open.push({ e, own: e.dur! });
    }
    while (open.length) close();
  }
  const perKey = (micros: number) => micros / 1000 / keys;
  const parts: Record<string, number> = { 'all tasks': perKey(tasks) };
  for (const [part, names] of Object.entries(PARTS))
    parts[part] = perKey(names.reduce((sum, name) => sum + (own.get(name) ?? 0), 0));
  return parts;
}
