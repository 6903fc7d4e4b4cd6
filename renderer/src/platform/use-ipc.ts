import { useEffect, useRef, useState, type DependencyList } from 'react';
import type { IpcError, Result } from '../../../shared/ipc/result';
import { asIpcError } from './call';
import { useErrorText } from './use-error-text';

export interface IpcEffectOptions {
  /** Wait this long before asking (a search while typing); a newer run in the meantime asks instead. */
  delayMs?: number;
  /** Told when the call itself fails (rejects), with the failure as an IpcError. */
  onFail?: (error: IpcError) => void;
}

/**
 * Asks the main process when `deps` change and gives the answer to `apply` only while it is the
 * newest: an answer that arrives after the component is gone, or after a newer ask, is dropped, so
 * an old story's details never land in the one now open. `run` null asks nothing. A run of several
 * steps can ask `isCurrent()` between them and stop early.
 */
export function useIpcEffect<R>(
  run: ((isCurrent: () => boolean) => Promise<R>) | null,
  apply: (answer: R) => void,
  deps: DependencyList,
  options: IpcEffectOptions = {},
): void {
  // The newest callbacks, so a re-render does not ask again; only `deps` do.
  const latest = useRef({ apply, onFail: options.onFail });
  useEffect(() => {
    latest.current = { apply, onFail: options.onFail };
  });
  const { delayMs } = options;

  useEffect(() => {
    if (!run) return;
    let current = true;
    const ask = () => {
      const answer = run(() => current).then((value) => {
        if (current) latest.current.apply(value);
      });
      const onFail = latest.current.onFail;
      if (onFail)
        answer.catch((error: unknown) => {
          if (current) onFail(asIpcError(error));
        });
      else void answer;
    };
    const timer = delayMs === undefined ? undefined : setTimeout(ask, delayMs);
    if (timer === undefined) ask();
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `run` and `apply` are read fresh each time; `deps` say when to ask again.
  }, [...deps, delayMs]);
}

export type IpcState<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'done'; value: T } | { status: 'error'; error: IpcError };

/** IpcState plus the error in the reader's language (null unless there is one). */
export type IpcView<T> = IpcState<T> & { errorText: string | null };

/**
 * One bridge call as state: loading, then its value or its error (by code, worded by errorText in
 * the current language, so the words follow a language change). Stale answers are dropped as in
 * useIpcEffect; a call that rejects becomes an 'internal' error. `run` null leaves it idle.
 */
export function useIpc<T>(
  run: (() => Promise<Result<T>>) | null,
  deps: DependencyList,
  options: Omit<IpcEffectOptions, 'onFail'> = {},
): IpcView<T> {
  const [state, setState] = useState<IpcState<T>>(run ? { status: 'loading' } : { status: 'idle' });
  const toText = useErrorText();
  const asking = run !== null;
  useEffect(() => {
    setState(asking ? { status: 'loading' } : { status: 'idle' });
  }, [...deps, asking]);
  useIpcEffect(
    run,
    (result) =>
      setState(result.ok ? { status: 'done', value: result.value } : { status: 'error', error: result.error }),
    deps,
    { ...options, onFail: (error) => setState({ status: 'error', error }) },
  );
  return { ...state, errorText: state.status === 'error' ? toText(state.error) : null };
}
