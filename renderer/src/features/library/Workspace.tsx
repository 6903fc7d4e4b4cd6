import { useCallback, useEffect, useRef, useState } from 'react';
import { StoryScreen } from '../editor/public';
import { Library, type OpenOptions } from './Library';
import './workspace.css';

export interface WorkspaceProps {
  /** Registers work to finish before Harbor locks; returns a function that unregisters it. */
  registerBeforeLock: (flush: () => Promise<void>) => () => void;
}

type View = { kind: 'library' } | { kind: 'story'; id: string; isNew: boolean };

/**
 * The story workspace: the library, and the editor when a story is open. Whatever the editor has
 * not saved yet is saved before Harbor locks (and when the writer goes back to the library).
 */
export function Workspace({ registerBeforeLock }: WorkspaceProps) {
  const [view, setView] = useState<View>({ kind: 'library' });
  const flushRef = useRef<(() => Promise<void>) | null>(null);

  useEffect(() => registerBeforeLock(() => flushRef.current?.() ?? Promise.resolve()), [registerBeforeLock]);

  const setFlush = useCallback((flush: (() => Promise<void>) | null) => {
    flushRef.current = flush;
  }, []);
  const open = useCallback((id: string, options: OpenOptions = {}) => {
    setView({ kind: 'story', id, isNew: options.isNew ?? false });
  }, []);
  const close = useCallback(() => setView({ kind: 'library' }), []);

  return (
    <div className="workspace">
      {view.kind === 'library' ? (
        <Library onOpen={open} />
      ) : (
        <StoryScreen key={view.id} storyId={view.id} isNew={view.isNew} onClose={close} setFlush={setFlush} />
      )}
    </div>
  );
}
