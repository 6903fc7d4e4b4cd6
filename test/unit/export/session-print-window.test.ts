import { describe, expect, it } from 'vitest';
import { createSessionPrinter, type PrintWindow } from '../../../electron/export/session-print-window';

const OPTIONS = { paper: 'letter', headerFooter: { language: 'en' } } as const;

/** Fake print windows: what each was shown, in order, and whether it is gone. */
function windows(failPrintOf?: string) {
  const made: { shown: string[]; destroyed: boolean }[] = [];
  const open = (): PrintWindow => {
    const w = { shown: [] as string[], destroyed: false };
    made.push(w);
    return {
      load: async (url) => {
        if (w.destroyed) throw new Error('window destroyed');
        w.shown.push(Buffer.from(url.split(',')[1] ?? '', 'base64').toString('utf8'));
      },
      printToPdf: async () => {
        if (w.destroyed) throw new Error('window destroyed');
        if (failPrintOf !== undefined && w.shown.at(-1) === failPrintOf) throw new Error('renderer crashed');
        return new TextEncoder().encode(`%PDF-${w.shown.at(-1)}`);
      },
      destroy: () => void (w.destroyed = true),
    };
  };
  return { made, open };
}

describe('the app’s print window', () => {
  it('is made on the first PDF and reused for the next ones of the session', async () => {
    const w = windows();
    const printer = createSessionPrinter(w.open);
    expect(w.made).toHaveLength(0);
    expect((await printer.print('<p>one</p>', OPTIONS)).toString()).toBe('%PDF-<p>one</p>');
    expect((await printer.print('<p>two</p>', OPTIONS)).toString()).toBe('%PDF-<p>two</p>');
    expect(w.made).toHaveLength(1);
  });

  it('is emptied after each print, so the story does not stay laid out in it', async () => {
    const w = windows();
    const printer = createSessionPrinter(w.open);
    await printer.print('<p>a secret</p>', OPTIONS);
    await printer.print('<p>another</p>', OPTIONS);
    await printer.print('<p>last</p>', OPTIONS);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(w.made[0]!.shown).toEqual(['<p>a secret</p>', '', '<p>another</p>', '', '<p>last</p>', '']);
  });

  it('is destroyed on release (every lock) and a new one is made by the next session', async () => {
    const w = windows();
    const printer = createSessionPrinter(w.open);
    printer.release(); // nothing printed: nothing to destroy, nothing made
    expect(w.made).toHaveLength(0);
    await printer.print('<p>one</p>', OPTIONS);
    printer.release();
    expect(w.made[0]!.destroyed).toBe(true);
    await printer.print('<p>two</p>', OPTIONS);
    expect(w.made).toHaveLength(2);
    expect(w.made[1]!.destroyed).toBe(false);
  });

  it('locked mid-print: the print fails, the window is gone and not reused', async () => {
    const w = windows();
    const printer = createSessionPrinter(w.open);
    await printer.print('<p>one</p>', OPTIONS);
    const printing = printer.print('<p>two</p>', OPTIONS);
    printer.release();
    await expect(printing).rejects.toMatchObject({ code: 'locked' });
    await printer.print('<p>three</p>', OPTIONS);
    expect(w.made.map((m) => m.destroyed)).toEqual([true, false]);
    expect(w.made[1]!.shown).not.toContain('<p>two</p>');
  });

  it('asked for just before a lock: no window is opened after the lock', async () => {
    const w = windows();
    const printer = createSessionPrinter(w.open);
    const printing = printer.print('<p>one</p>', OPTIONS);
    printer.release();
    await expect(printing).rejects.toMatchObject({ code: 'locked' });
    expect(w.made).toHaveLength(0);
  });

  it('that failed to print is destroyed and the next print gets a fresh one', async () => {
    const w = windows('<p>bad</p>');
    const printer = createSessionPrinter(w.open);
    await expect(printer.print('<p>bad</p>', OPTIONS)).rejects.toThrow('renderer crashed');
    expect(w.made[0]!.destroyed).toBe(true);
    expect((await printer.print('<p>good</p>', OPTIONS)).toString()).toBe('%PDF-<p>good</p>');
    expect(w.made).toHaveLength(2);
  });

  it('prints one document at a time, each PDF from its own HTML', async () => {
    const w = windows();
    const printer = createSessionPrinter(w.open);
    const pdfs = await Promise.all(['a', 'b', 'c'].map((t) => printer.print(`<p>${t}</p>`, OPTIONS)));
    expect(pdfs.map((p) => p.toString())).toEqual(['%PDF-<p>a</p>', '%PDF-<p>b</p>', '%PDF-<p>c</p>']);
  });

  it('refuses HTML too long for a data: URL before making a window', async () => {
    const w = windows();
    const printer = createSessionPrinter(w.open);
    await expect(printer.print(`<p>${'x'.repeat(2 * 1024 * 1024)}</p>`, OPTIONS)).rejects.toMatchObject({
      code: 'invalid_input',
    });
    expect(w.made).toHaveLength(0);
  });
});
