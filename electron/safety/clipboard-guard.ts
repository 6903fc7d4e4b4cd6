import { createHash } from 'node:crypto';

/** The system clipboard, injected so tests use a stub (electron/app wires Electron's clipboard). */
export interface ClipboardAccess {
  readText(): string;
  clear(): void;
}

export interface ClipboardGuard {
  /** The renderer copied or cut text whose SHA-256 (hex) is this. */
  remember(sha256: string): void;
  /** On lock and quick exit: empties the clipboard only if it still holds text copied from Harbor. */
  clearIfOurs(): boolean;
}

/** Line endings and no-break spaces change on their way through the OS clipboard. */
export function clipboardFingerprint(text: string): string {
  const normal = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  return createHash('sha256').update(normal, 'utf8').digest('hex');
}

/** Enough for a writing session; older copies are forgotten first. */
const REMEMBERED = 50;

/**
 * Only hashes are kept, never the copied text. Text the person copied from another program is
 * left alone: clearing it would be surprising and Harbor has no business with it.
 */
export function createClipboardGuard(clipboard: ClipboardAccess | null): ClipboardGuard {
  const copied: string[] = [];
  return {
    remember(sha256) {
      if (copied.includes(sha256)) return;
      copied.push(sha256);
      if (copied.length > REMEMBERED) copied.shift();
    },
    clearIfOurs() {
      if (!clipboard || copied.length === 0) return false;
      let ours = false;
      try {
        const text = clipboard.readText();
        ours = text.length > 0 && copied.includes(clipboardFingerprint(text));
        if (ours) clipboard.clear();
      } catch {
        // A clipboard owned by another program may refuse to be read; leave it.
      }
      copied.length = 0;
      return ours;
    },
  };
}
