import { describe, expect, it } from 'vitest';
import {
  clipboardFingerprint,
  createClipboardGuard,
  type ClipboardAccess,
} from '../../../electron/safety/clipboard-guard';

function stubClipboard(initial = '') {
  const state = { text: initial, clears: 0 };
  const access: ClipboardAccess = {
    readText: () => state.text,
    clear: () => {
      state.text = '';
      state.clears += 1;
    },
  };
  return { state, access };
}

describe('clearing the clipboard on lock', () => {
  it('clears text that was copied from Harbor', async () => {
    const { state, access } = stubClipboard();
    const guard = createClipboardGuard(access);
    const copied = 'They took my passport in March.';
    guard.remember(clipboardFingerprint(copied));
    state.text = copied;
    expect(await guard.clearIfOurs()).toBe(true);
    expect(state.text).toBe('');
  });

  it('recognises the text after the OS changed its line endings', async () => {
    const { state, access } = stubClipboard();
    const guard = createClipboardGuard(access);
    guard.remember(clipboardFingerprint('first line\nsecond line'));
    state.text = 'first line\r\nsecond line';
    expect(await guard.clearIfOurs()).toBe(true);
    expect(state.text).toBe('');
  });

  it('leaves alone what the person copied in another program afterwards', async () => {
    const { state, access } = stubClipboard();
    const guard = createClipboardGuard(access);
    guard.remember(clipboardFingerprint('from Harbor'));
    state.text = 'a bus timetable copied from the browser';
    expect(await guard.clearIfOurs()).toBe(false);
    expect(state.text).toBe('a bus timetable copied from the browser');
    expect(state.clears).toBe(0);
  });

  it('does nothing when nothing was copied in Harbor, and forgets after a lock', async () => {
    const { state, access } = stubClipboard('someone else');
    const guard = createClipboardGuard(access);
    expect(await guard.clearIfOurs()).toBe(false);
    guard.remember(clipboardFingerprint('mine'));
    state.text = 'other';
    await guard.clearIfOurs();
    state.text = 'mine';
    // The hash was forgotten with the lock; text copied in an earlier session is not ours to judge.
    expect(await guard.clearIfOurs()).toBe(false);
  });
});
