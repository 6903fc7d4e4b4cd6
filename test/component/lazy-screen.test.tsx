import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState, type ComponentType } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { lazyScreen, ScreenSuspense } from '../../renderer/src/app/lazy-screen';
import { initI18n } from '../../renderer/src/i18n/i18n';

beforeAll(() => {
  initI18n('en');
});

/** A screen whose code arrives when the test says. */
function slowScreen() {
  let arrive!: () => void;
  const code = new Promise<void>((resolve) => (arrive = resolve));
  const Screen = lazyScreen(async () => {
    await code;
    return function Library() {
      return <h1>Library</h1>;
    };
  });
  return { Screen, arrive: () => act(async () => arrive()) };
}

function Shell({ Screen }: { Screen: ComponentType }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen(true)}>Library</button>
      <main>
        <ScreenSuspense>{open && <Screen />}</ScreenSuspense>
      </main>
    </>
  );
}

describe('a screen loaded on demand', () => {
  it('says it is opening while its code loads, and focus stays on the button pressed', async () => {
    const { Screen, arrive } = slowScreen();
    render(<Shell Screen={Screen} />);
    const button = screen.getByRole('button', { name: 'Library' });
    button.focus();
    fireEvent.click(button);
    expect(screen.getByText('Opening…')).toBeTruthy();
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(document.activeElement).toBe(button);
    await arrive();
    expect(await screen.findByRole('heading', { name: 'Library' })).toBeTruthy();
    expect(screen.queryByText('Opening…')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('shows at once, with no loading moment, when it was prefetched', async () => {
    const { Screen, arrive } = slowScreen();
    const prefetched = Screen.preload();
    await arrive();
    await prefetched;
    render(<Shell Screen={Screen} />);
    fireEvent.click(screen.getByRole('button', { name: 'Library' }));
    expect(screen.getByRole('heading', { name: 'Library' })).toBeTruthy();
    expect(screen.queryByText('Opening…')).toBeNull();
  });

  it('is asked for again after its code failed to load', async () => {
    let tries = 0;
    const Screen = lazyScreen(async () => {
      tries += 1;
      if (tries === 1) throw new Error('chunk missing');
      return () => <h1>Library</h1>;
    });
    await expect(Screen.preload()).rejects.toThrow('chunk missing');
    await Screen.preload();
    render(<Screen />);
    expect(screen.getByRole('heading', { name: 'Library' })).toBeTruthy();
    expect(tries).toBe(2);
  });
});
