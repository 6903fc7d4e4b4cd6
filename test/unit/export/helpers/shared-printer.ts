import { afterAll, beforeAll } from 'vitest';
import { createChromiumPrinter, type ChromiumPrinter } from '../../../../electron/export/chromium-printer';

/** One Chromium per test file, closed afterwards: launching per case would dominate the run time. */
export function useChromiumPrinter(): () => ChromiumPrinter {
  let printer: ChromiumPrinter | undefined;
  beforeAll(async () => {
    printer = await createChromiumPrinter();
  });
  afterAll(async () => {
    await printer?.close();
  });
  return () => {
    if (!printer) throw new Error('printer not started');
    return printer;
  };
}
