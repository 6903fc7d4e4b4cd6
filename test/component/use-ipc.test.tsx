import { act, renderHook } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { useIpc, useIpcEffect } from '../../renderer/src/platform/use-ipc';

beforeAll(() => {
  initI18n('en');
});

/** A bridge call the test answers by hand, so answers can arrive in any order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useIpc', () => {
  it('shows loading, then the answer', async () => {
    const call = deferred<Result<string>>();
    const { result } = renderHook(() => useIpc(() => call.promise, []));
    expect(result.current.status).toBe('loading');
    await act(async () => call.resolve(ok('Kitchen')));
    expect(result.current).toMatchObject({ status: 'done', value: 'Kitchen', errorText: null });
  });

  it("keeps a newer story's answer when the older one arrives last", async () => {
    const calls = new Map([
      ['a', deferred<Result<string>>()],
      ['b', deferred<Result<string>>()],
    ]);
    const { result, rerender } = renderHook(({ id }) => useIpc(() => calls.get(id)!.promise, [id]), {
      initialProps: { id: 'a' },
    });
    rerender({ id: 'b' });
    await act(async () => calls.get('b')!.resolve(ok('story b')));
    await act(async () => calls.get('a')!.resolve(ok('story a')));
    expect(result.current).toMatchObject({ status: 'done', value: 'story b' });
  });

  it('says an error by its code in the reader’s language, and follows a language change', async () => {
    const { result } = renderHook(() => useIpc(async () => fail('not_found', 'vault.noRevision'), []));
    await act(async () => {});
    expect(result.current.status).toBe('error');
    expect(result.current.status === 'error' && result.current.error.code).toBe('not_found');
    const english = result.current.errorText;
    expect(english).toMatch(/version/i);
    await act(async () => setLanguage('es'));
    expect(result.current.errorText).not.toBe(english);
    expect(result.current.errorText).toMatch(/versión/i);
    await act(async () => setLanguage('en'));
  });

  it('turns a call that throws into an internal error instead of a silent spinner', async () => {
    const { result } = renderHook(() => useIpc<string>(() => Promise.reject(new Error('channel closed')), []));
    await act(async () => {});
    expect(result.current).toMatchObject({ status: 'error', error: { code: 'internal' } });
    expect(result.current.errorText).toMatch(/Something went wrong inside Harbor/);
  });

  it('asks nothing and stays idle without a call', () => {
    const { result } = renderHook(() => useIpc<string>(null, []));
    expect(result.current.status).toBe('idle');
  });
});

describe('useIpcEffect', () => {
  it('drops an answer that arrives after the component is gone', async () => {
    const call = deferred<string>();
    const seen: string[] = [];
    const { unmount } = renderHook(() =>
      useIpcEffect(
        () => call.promise,
        (v) => seen.push(v),
        [],
      ),
    );
    unmount();
    await act(async () => call.resolve('late'));
    expect(seen).toEqual([]);
  });

  it('with a delay, asks only for the newest input', async () => {
    const asked: string[] = [];
    const seen: string[] = [];
    const { rerender } = renderHook(
      ({ q }) =>
        useIpcEffect(
          () => {
            asked.push(q);
            return Promise.resolve(q.toUpperCase());
          },
          (v) => seen.push(v),
          [q],
          { delayMs: 10 },
        ),
      { initialProps: { q: 'k' } },
    );
    rerender({ q: 'ki' });
    rerender({ q: 'kit' });
    await act(() => new Promise((r) => setTimeout(r, 30)));
    expect(asked).toEqual(['kit']);
    expect(seen).toEqual(['KIT']);
  });
});
