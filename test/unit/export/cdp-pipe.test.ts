import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cdpOverPipe } from '../../../electron/export/cdp-pipe';

/** A stand-in for Chromium's end of the pipe: what Harbor wrote, and a way to answer. */
function fakeChromium() {
  const toChromium = new PassThrough();
  const fromChromium = new PassThrough();
  const sent: { id: number; method: string; sessionId?: string }[] = [];
  toChromium.on('data', (chunk: Buffer) => {
    for (const part of chunk.toString('utf8').split('\0').filter(Boolean)) sent.push(JSON.parse(part));
  });
  return { cdp: cdpOverPipe(toChromium, fromChromium), sent, fromChromium };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the DevTools pipe to the printing Chromium', () => {
  it('matches each answer to its command, however the bytes arrive', async () => {
    const { cdp, sent, fromChromium } = fakeChromium();
    const first = cdp.send<{ data: string }>('Page.printToPDF', {}, 'session-1');
    const second = cdp.send<{ product: string }>('Browser.getVersion');
    await tick();
    expect(sent.map((m) => [m.method, m.sessionId])).toEqual([
      ['Page.printToPDF', 'session-1'],
      ['Browser.getVersion', undefined],
    ]);
    // The second answer first, split mid-message and mid-character, the first glued to its end.
    const answer = Buffer.from(
      `${JSON.stringify({ id: sent[1]!.id, result: { product: 'Chromium ✓' } })}\0${JSON.stringify({ id: sent[0]!.id, result: { data: 'JVBERi0=' } })}\0`,
    );
    const cut = answer.indexOf('✓') + 1;
    fromChromium.write(answer.subarray(0, cut));
    fromChromium.write(answer.subarray(cut));
    expect(await second).toEqual({ product: 'Chromium ✓' });
    expect(await first).toEqual({ data: 'JVBERi0=' });
  });

  it("fails a command with Chromium's own error, and passes events on with their session", async () => {
    const { cdp, sent, fromChromium } = fakeChromium();
    const events: unknown[] = [];
    cdp.onEvent((e) => events.push(e));
    const failed = cdp.send('Page.setDocumentContent', { html: '' }, 's');
    await tick();
    fromChromium.write(
      `${JSON.stringify({ method: 'Fetch.requestPaused', params: { requestId: 'r1' }, sessionId: 's' })}\0`,
    );
    fromChromium.write(`${JSON.stringify({ id: sent[0]!.id, error: { message: 'No frame' } })}\0`);
    await expect(failed).rejects.toThrow('Page.setDocumentContent: No frame');
    expect(events).toEqual([{ method: 'Fetch.requestPaused', params: { requestId: 'r1' }, sessionId: 's' }]);
  });

  it('fails what is still waiting when Chromium goes away, and every command after, rather than hanging', async () => {
    const { cdp, fromChromium } = fakeChromium();
    const waiting = cdp.send('Page.printToPDF');
    fromChromium.end();
    await expect(waiting).rejects.toThrow('Chromium closed its DevTools pipe');
    await cdp.closed;
    await expect(cdp.send('Browser.close')).rejects.toThrow('Chromium closed its DevTools pipe');
  });
});
