import type { ReactNode } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { PreferencesProvider } from '../../renderer/src/platform/preferences/PreferencesContext';
import { StartScreen } from '../../renderer/src/features/first-run/StartScreen';
import { installHarbor } from './harbor-stub';

beforeAll(() => {
  initI18n('en');
});
// The brand at the top follows the disguise preference, so the screen sits inside the preferences.
beforeEach(() => {
  installHarbor();
});
const withPrefs = (screenUnderTest: ReactNode) => (
  <PreferencesProvider fallback={null}>{screenUnderTest}</PreferencesProvider>
);

describe('StartScreen', () => {
  it('says what Harbor is for and offers one way in', async () => {
    const onStart = vi.fn();
    render(withPrefs(<StartScreen version="1.0.0" onStart={onStart} />));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Harbor' })).toBeTruthy();
    expect(screen.getByText(/share it only as far as you choose/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Get started' }));
    expect(onStart).toHaveBeenCalledOnce();
    expect(screen.getByText(/Harbor 1\.0\.0/)).toBeTruthy();
  });

  it('speaks Spanish when the language is Spanish', async () => {
    setLanguage('es');
    installHarbor({}, { language: 'es' });
    render(withPrefs(<StartScreen version={null} onStart={() => undefined} />));
    expect(await screen.findByRole('button', { name: 'Comenzar' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    setLanguage('en');
  });
});
