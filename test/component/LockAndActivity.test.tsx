import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../shared/ipc/result';
import { App } from '../../renderer/src/app/App';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { createActivityThrottle } from '../../renderer/src/app/activity';
import { lockVault, registerBeforeLock, runBeforeLock } from '../../renderer/src/platform/lock';
import { installHarbor, unlocked } from './harbor-stub';
import { useLoadedScreens } from './lazy-screens';

useLoadedScreens();
beforeAll(() => {
  initI18n('en');
});

function lockHandlers(order: string[]) {
  return {
    'vault:status': () => ok(unlocked()),
    'vault:lock': () => {
      order.push('lock');
      return ok(undefined);
    },
  };
}

describe('locking', () => {
  it('saves what is pending (registerBeforeLock) before it locks', async () => {
    const order: string[] = [];
    installHarbor(lockHandlers(order));
    const unregister = registerBeforeLock(async () => {
      await new Promise((r) => setTimeout(r, 10));
      order.push('saved');
    });
    await lockVault();
    unregister();
    expect(order).toEqual(['saved', 'lock']);
  });

  it('locks even if saving fails', async () => {
    const order: string[] = [];
    installHarbor(lockHandlers(order));
    const unregister = registerBeforeLock(() => Promise.reject(new Error('disk full')));
    await lockVault();
    unregister();
    expect(order).toEqual(['lock']);
  });

  it('does not wait forever for a save that hangs', async () => {
    const unregister = registerBeforeLock(() => new Promise(() => undefined));
    const started = Date.now();
    await runBeforeLock(30);
    unregister();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('answers a lock request from the main process (idle, suspend) by saving and locking', async () => {
    const order: string[] = [];
    const harbor = installHarbor(lockHandlers(order));
    const unregister = registerBeforeLock(() => {
      order.push('saved');
    });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Library' });
    await waitFor(() => expect(harbor.listenerCount('vault:lock-requested')).toBe(1));
    act(() => harbor.emit('vault:lock-requested', { reason: 'idle' }));
    await waitFor(() => expect(order).toEqual(['saved', 'lock']));
    unregister();
  });

  it('has a Lock button in the header', async () => {
    const order: string[] = [];
    installHarbor(lockHandlers(order));
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Library' });
    const lock = screen.getByRole('button', { name: 'Lock' });
    expect(screen.getByRole('banner').contains(lock)).toBe(true);
    fireEvent.click(lock);
    await waitFor(() => expect(order).toEqual(['lock']));
    // The main process reloads the window next; until then the button says what is happening.
    expect((screen.getByRole('button', { name: 'Locking…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('locks with Ctrl+L', async () => {
    const order: string[] = [];
    installHarbor(lockHandlers(order));
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Library' });
    await waitFor(() => {
      fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
      expect(order.length).toBeGreaterThan(0);
    });
    expect(new Set(order)).toEqual(new Set(['lock']));
  });

  it('leaves the unlocked screens as soon as the vault says it is locked', async () => {
    const harbor = installHarbor({ 'vault:status': () => ok(unlocked()) });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Library' });
    act(() => harbor.emit('vault:locked', { reason: 'idle' }));
    await screen.findByRole('heading', { level: 1, name: 'Welcome back' });
    expect(screen.queryByText('Your stories will appear here.')).toBeNull();
  });
});

describe('activity', () => {
  it('reports the first activity and then at most once per interval', () => {
    let now = 0;
    let reports = 0;
    const onActivity = createActivityThrottle(
      () => reports++,
      30_000,
      () => now,
    );
    onActivity();
    onActivity();
    now = 29_999;
    onActivity();
    expect(reports).toBe(1);
    now = 30_000;
    onActivity();
    expect(reports).toBe(2);
  });

  it('sends vault:activity on keys and pointer presses in Harbor, throttled', async () => {
    const harbor = installHarbor({ 'vault:status': () => ok(unlocked()) });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Library' });
    // The listener is attached by an effect after the first paint: keep typing until it hears.
    await waitFor(() => {
      fireEvent.keyDown(document.body, { key: 'a' });
      expect(harbor.callsTo('vault:activity')).toHaveLength(1);
    });
    fireEvent.pointerDown(document.body);
    fireEvent.keyDown(document.body, { key: 'b' });
    expect(harbor.callsTo('vault:activity')).toHaveLength(1);
  });
});
