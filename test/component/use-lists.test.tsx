import { act, renderHook } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConsentGrant } from '../../shared/consent/grant';
import { ok, type Result } from '../../shared/ipc/result';
import { useGrants } from '../../renderer/src/features/consent/use-grants';
import { useStories } from '../../renderer/src/features/library/use-stories';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { installHarbor } from './harbor-stub';

beforeAll(() => {
  initI18n('en');
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

const grantFor = (audience: string) => ({ id: audience, audience: { name: audience } }) as unknown as ConsentGrant;

describe('lists loaded through useIpcEffect', () => {
  it('keeps the open story’s consents when the previous story’s list arrives last', async () => {
    const lists = new Map([
      ['story-a', deferred<Result<ConsentGrant[]>>()],
      ['story-b', deferred<Result<ConsentGrant[]>>()],
    ]);
    installHarbor({ 'consent:list': (req) => lists.get(req!.sourceId!)!.promise });
    const { result, rerender } = renderHook(({ id }) => useGrants(id), { initialProps: { id: 'story-a' } });
    rerender({ id: 'story-b' });
    await act(async () => lists.get('story-b')!.resolve(ok([grantFor('Riverside Legal Aid')])));
    await act(async () => lists.get('story-a')!.resolve(ok([grantFor('The housing committee')])));
    expect(result.current.state).toEqual({ status: 'ready', grants: [grantFor('Riverside Legal Aid')] });
  });

  it('reload() asks again and resolves once the fresh list is on screen', async () => {
    let titles = ['The river crossing'];
    const summary = (title: string) => ({ id: title, title, trashedAt: null });
    installHarbor({ 'story:list': () => ok(titles.map(summary) as never) });
    const { result } = renderHook(() => useStories());
    await act(async () => {});
    expect(result.current.state).toMatchObject({ status: 'ready', active: [{ title: 'The river crossing' }] });
    titles = ['The river crossing', 'A morning at the market'];
    let reloaded: Promise<void> | undefined;
    let settled = false;
    await act(async () => {
      reloaded = result.current.reload().then(() => {
        settled = true;
      });
    });
    await reloaded;
    expect(settled).toBe(true);
    expect(result.current.state).toMatchObject({
      status: 'ready',
      active: [{ title: 'The river crossing' }, { title: 'A morning at the market' }],
    });
  });
});
