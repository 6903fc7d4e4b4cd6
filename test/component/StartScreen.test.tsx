import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { StartScreen } from '../../renderer/src/screens/StartScreen';

beforeAll(() => {
  initI18n('en');
});

describe('StartScreen', () => {
  it('says what Harbor is for and offers one way in', () => {
    const onStart = vi.fn();
    render(<StartScreen version="1.0.0" onStart={onStart} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Harbor' })).toBeTruthy();
    expect(screen.getByText(/share it only as far as you choose/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Get started' }));
    expect(onStart).toHaveBeenCalledOnce();
    expect(screen.getByText(/Harbor 1\.0\.0/)).toBeTruthy();
  });

  it('speaks Spanish when the language is Spanish', () => {
    setLanguage('es');
    render(<StartScreen version={null} onStart={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Comenzar' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    setLanguage('en');
  });
});
