import { createHash } from 'node:crypto';

/** The system clipboard, injected so tests use a stub (electron/app wires Electron's clipboard). */
export interface ClipboardAccess {
  /** Electron's clipboard answers at once; a stand-in (the e2e harness, a test) may answer with a promise. */
  readText(): string | Promise<string>;
  clear(): void;
}

export interface ClipboardGuard {
  /** The renderer copied or cut text whose SHA-256 (hex) is this. */
  remember(sha256: string): void;
  /** On lock and quick exit: empties the clipboard only if it still holds text copied from Harbor. */
  clearIfOurs(): Promise<boolean>;
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
    async clearIfOurs() {
      // Forget what is known now: a copy made while the clipboard is read is the next lock's to judge.
      const known = copied.splice(0);
      if (!clipboard || known.length === 0) return false;
      try {
        const text = await clipboard.readText();
        if (text.length === 0 || !known.includes(clipboardFingerprint(text))) return false;
        clipboard.clear();
        return true;
      } catch {
        // A clipboard owned by another program may refuse to be read; leave it.
        return false;
      }
    },
  };
}
