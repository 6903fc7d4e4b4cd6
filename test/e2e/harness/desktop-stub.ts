import type { DesktopControls } from '../../../electron/safety/safety-service';

export interface DesktopStub {
  desktop: DesktopControls;
  /** What the "operating system" holds: a spec puts text on the clipboard and reads it back. */
  clipboard: { text: string };
  minimized: number;
  closed: number;
}

/** The window and the system clipboard, as quick exit and locking see them (Electron's in the app). */
export function createDesktopStub(): DesktopStub {
  const stub: DesktopStub = {
    clipboard: { text: '' },
    minimized: 0,
    closed: 0,
    desktop: {
      minimize: () => {
        stub.minimized += 1;
      },
      close: () => {
        stub.closed += 1;
      },
      clipboard: {
        readText: () => stub.clipboard.text,
        clear: () => {
          stub.clipboard.text = '';
        },
      },
    },
  };
  return stub;
}
