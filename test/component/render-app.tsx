import { render, screen } from '@testing-library/react';
import { beforeAll, beforeEach } from 'vitest';
import type { Preferences } from '../../shared/preferences';
import { loadEstimator } from '../../shared/passphrase-estimator';
import { App } from '../../renderer/src/app/App';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { installHarbor, type Handlers, type HarborStub } from './harbor-stub';
import { useLoadedScreens } from './lazy-screens';

/**
 * For a file of tests that render the whole app: every screen loaded before the tests, as the app's
 * prefetch does; English set up and the strength meter's word lists loaded once (they load on first
 * use, which would land in the middle of a test); each test starting in English.
 */
export function useAppScreens(): void {
  useLoadedScreens();
  beforeAll(async () => {
    initI18n('en');
    await loadEstimator();
  }, 60_000);
  beforeEach(() => setLanguage('en'));
}

/** The app over a window.harbor answering `handlers`, with these saved preferences. */
export function renderApp(handlers: Handlers = {}, prefs: Partial<Preferences> = {}): HarborStub {
  const harbor = installHarbor(handlers, prefs);
  render(<App />);
  return harbor;
}

/** The screen's level-1 heading, once it shows. */
export const findHeading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });
