import type { Node as PMNode } from '@tiptap/pm/model';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestOf } from '../../../../shared/ipc/contract';
import type { IpcError } from '../../../../shared/ipc/result';
import { harbor } from '../../platform/bridge';
import { createAutosaver, type Autosaver, type SaveState } from '../../platform/autosave';
import { asIpcError, call } from '../../platform/call';
import { blockPatchSince, type SavedBlocks } from './block-save';
import { docToJson, topBlocks } from './doc-json';

/** The stored document as story:save takes it (TipTap JSON). */
export type SaveDoc = NonNullable<RequestOf<'story:save'>['doc']>;

export interface StorySnapshot {
  title: string;
  tags: string[];
  /**
   * The editor's document as it is now. A ProseMirror document never changes in place, so holding
   * one per keystroke is free; only what changed since the last save is turned into JSON, and only
   * when it is saved.
   */
  doc: PMNode;
}

/** After a failed save Harbor tries again on its own, waiting a little longer each time. */
const RETRY_DELAYS_MS = [3_000, 10_000, 30_000];

export interface SaveStatus {
  state: SaveState;
  error: IpcError | null;
  /** How many saves have landed (the versions panel refreshes on it). */
  saved: number;
}

/**
 * Where the save state is read (by the status bar, through useSyncExternalStore). Every keystroke
 * reports a change, and a save in flight moves it on; held here instead of in the editor's React
 * state, so that only the status bar re-renders when it changes, never the editor around it.
 */
export interface SaveStatusSource {
  subscribe(listener: () => void): () => void;
  /** The same object until the state or error changes. */
  get(): SaveStatus;
}

function createSaveStatus(): SaveStatusSource & { set(next: SaveStatus): void } {
  let status: SaveStatus = { state: 'idle', error: null, saved: 0 };
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => status,
    set(next) {
      if (next.state === status.state && next.error === status.error && next.saved === status.saved) return;
      status = next;
      for (const listener of listeners) listener();
    },
  };
}

export interface StoryAutosave {
  status: SaveStatusSource;
  /** Something changed: saved about a second after the last change. */
  changed(snapshot: StorySnapshot): void;
  /**
   * Saves what is pending now (before lock, leaving, restoring a version). Rejects if that failed.
   * `keep`: the save becomes a version of its own, never folded into the sitting's autosave (the
   * text as it was just before a restore, or the version being restored, must not be replaced).
   */
  flush(opts?: { keep?: boolean }): Promise<void>;
  /**
   * A large change is coming (a paste): what is pending is saved now, and the next save is a version
   * of its own, so the text as it was before the change stays in Versions.
   */
  checkpoint(): void;
}

/**
 * Autosave for one story over createAutosaver: story:save about 1 s after typing stops, automatic
 * retries after a failure (the text stays in the editor meanwhile), and a last flush on unmount.
 */
export function useStoryAutosave(storyId: string): StoryAutosave {
  const [status] = useState(createSaveStatus);
  const lastError = useRef<IpcError | null>(null);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const failures = useRef(0);
  const saverRef = useRef<Autosaver<StorySnapshot> | null>(null);
  const keepNext = useRef(false);
  const keepAfterCheckpoint = useRef(false);
  // This stretch of writing with the story open: saves of one sitting fold into one version.
  const sitting = useRef<string>(crypto.randomUUID());
  // What the vault holds from this editor's last save that landed (the base of the next patch).
  const saved = useRef<SavedBlocks | null>(null);

  const clearRetry = () => {
    if (retryTimer.current !== null) clearTimeout(retryTimer.current);
    retryTimer.current = null;
  };

  if (!saverRef.current) {
    saverRef.current = createAutosaver<StorySnapshot>({
      save: async (snapshot) => {
        try {
          const keep = keepNext.current || keepAfterCheckpoint.current ? { keep: true } : {};
          keepAfterCheckpoint.current = false;
          const fields = { id: storyId, title: snapshot.title, tags: snapshot.tags, sitting: sitting.current, ...keep };
          const blocks = topBlocks(snapshot.doc);
          // Only the blocks changed since the last save when the vault still holds that save; if
          // the patch is refused for any reason, the whole document goes, as before.
          const patch = blockPatchSince(saved.current, snapshot.doc);
          const patched = patch ? await harbor.story.save({ ...fields, blocks: patch }) : null;
          const summary = patched?.ok
            ? patched.value
            : await call(harbor.story.save({ ...fields, doc: docToJson(snapshot.doc) as SaveDoc }));
          saved.current = { revision: summary.revision, blocks };
        } catch (e) {
          lastError.current = asIpcError(e);
          throw e;
        }
        status.set({ ...status.get(), saved: status.get().saved + 1 });
      },
      onState: (next) => {
        if (next === 'error') {
          status.set({ ...status.get(), state: next, error: lastError.current });
          clearRetry();
          const delay = RETRY_DELAYS_MS[Math.min(failures.current, RETRY_DELAYS_MS.length - 1)]!;
          failures.current += 1;
          retryTimer.current = setTimeout(() => {
            retryTimer.current = null;
            void saverRef.current?.flush().catch(() => undefined);
          }, delay);
        } else {
          // The last error stays beside "Saving…" while a retry is under way, and goes once saved.
          status.set({ ...status.get(), state: next, ...(next === 'saved' ? { error: null } : {}) });
          if (next === 'saved') {
            failures.current = 0;
            clearRetry();
          }
        }
      },
    });
  }

  useEffect(() => {
    const saver = saverRef.current!;
    return () => {
      clearRetry();
      // Leaving the editor (or the whole workspace): save what is pending, retrying a few times.
      void flushWithRetries(saver);
    };
  }, []);

  const changed = useCallback((snapshot: StorySnapshot) => saverRef.current!.changed(snapshot), []);
  const flush = useCallback(async (opts?: { keep?: boolean }) => {
    keepNext.current = opts?.keep === true;
    try {
      await saverRef.current!.flush();
    } finally {
      keepNext.current = false;
    }
  }, []);
  const checkpoint = useCallback(() => {
    // The save of what is pending starts now (before the change lands), so it is the one kept; with
    // nothing pending, the change's own save is kept and cannot replace the version before it.
    keepAfterCheckpoint.current = true;
    void saverRef.current!.flush().catch(() => undefined);
  }, []);
  return { status, changed, flush, checkpoint };
}

async function flushWithRetries(saver: Autosaver<StorySnapshot>): Promise<void> {
  for (const delay of [0, ...RETRY_DELAYS_MS]) {
    if (delay) await new Promise((r) => setTimeout(r, delay));
    try {
      await saver.flush();
      saver.dispose();
      return;
    } catch {
      // Try again after the next delay.
    }
  }
}
