import { afterEach, describe, expect, it } from 'vitest';
import { createSessionPrinter } from '../../../electron/export/session-print-window';
import { masterDoc, terms } from '../../support/share-fixtures';
import { buildPdf } from '../export/helpers/pdf-build';
import { ipcHarness, PASSPHRASE, type IpcHarness } from './ipc-harness';

// The app prints every PDF in one hidden window per unlocked session: a campaign report and a story's
// export share it, and a lock takes it away, so the next session's first print makes a new one.
const open: IpcHarness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.cleanup()));
});

/** A one-page PDF as the window would print it, small enough that scrubbing it costs nothing. */
const onePage = () =>
  buildPdf(
    new Map([
      [1, '<</Type /Catalog /Pages 2 0 R>>'],
      [2, '<</Type /Pages /Kids [3 0 R] /Count 1>>'],
      [3, '<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]>>'],
    ]),
    '/Root 1 0 R',
  );

/** Print windows as the session printer opens them: what each laid out, and whether it is gone. */
function windows() {
  const made: { pages: string[]; destroyed: boolean }[] = [];
  const printer = createSessionPrinter(() => {
    const w = { pages: [] as string[], destroyed: false };
    made.push(w);
    return {
      load: async (url) => void w.pages.push(url),
      printToPdf: async () => onePage(),
      destroy: () => void (w.destroyed = true),
    };
  });
  return { made, printer };
}

const printed = (w: { pages: string[] }) =>
  w.pages
    .filter((url) => url.includes(';base64,'))
    .map((url) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8'));

describe('one print window per unlocked session', () => {
  it('prints campaign reports and story exports in the same window, and a new one after a lock', async () => {
    const h = await ipcHarness();
    open.push(h);
    const { made, printer } = windows();
    h.ctx.pdfPrinter = printer;

    await h.value('profile:set', { fullName: 'María Ruiz' });
    const story = await h.value('story:create', { title: 'What happened', doc: { ...masterDoc } });
    const grant = await h.value('consent:create', {
      sourceIds: [story.id],
      terms: terms({ expiresOn: `${new Date().getUTCFullYear() + 1}-12-31` }),
    });
    const campaign = await h.value('campaign:create', {
      title: 'Vacatur for survivors',
      policyAsk: 'Clear records',
      jurisdiction: 'uk',
    });

    h.dialog.answer = 'report.pdf';
    await h.value('campaign:report', { id: campaign.id, format: 'pdf', fileName: 'report' });
    h.dialog.answer = 'story.pdf';
    await h.value('export:run', {
      source: { kind: 'story', id: story.id },
      grantId: grant.id,
      format: 'pdf',
      fileName: 'story',
    });
    h.dialog.answer = 'report-again.pdf';
    await h.value('campaign:report', { id: campaign.id, format: 'pdf', fileName: 'report' });

    expect(made).toHaveLength(1);
    const pages = printed(made[0]!);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain('Vacatur for survivors');
    expect(pages[1]).toContain('Now I speak so it stops happening to others.');
    expect(pages[2]).toContain('Vacatur for survivors');

    await h.value('vault:lock', undefined);
    expect(made.map((w) => w.destroyed)).toEqual([true]);

    await h.value('vault:unlock', { passphrase: PASSPHRASE });
    h.dialog.answer = 'next-session.pdf';
    await h.value('campaign:report', { id: campaign.id, format: 'pdf', fileName: 'report' });
    expect(made.map((w) => w.destroyed)).toEqual([true, false]);
    expect(printed(made[1]!)).toHaveLength(1);
  });
});
