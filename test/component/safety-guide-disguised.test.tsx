import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok } from '../../shared/ipc/result';
import { setLanguage } from '../../renderer/src/i18n/i18n';
import { noVault } from './harbor-stub';
import { findHeading, renderApp, useAppScreens } from './render-app';

// The safety guide opens from the first run's safety step, in view of whoever is looking at the
// screen. Under the disguise (chosen in a first run left before the vault existed) it calls the
// app by the neutral name, on the screen and in the window title, and never says Harbor.
useAppScreens();

const words = {
  en: {
    start: 'Get started',
    about: 'Before you begin',
    open: 'Safety guide',
    cannot: 'What Notes cannot protect against',
  },
  es: {
    start: 'Comenzar',
    about: 'Antes de empezar',
    open: 'Guía de seguridad',
    cannot: 'Contra lo que Notas no puede protegerte',
  },
} as const;

async function openGuideFromFirstRun(language: 'en' | 'es', disguise: boolean) {
  setLanguage(language);
  const w = words[language];
  renderApp({ 'vault:status': () => ok(noVault) }, { disguise, language });
  fireEvent.click(await screen.findByRole('button', { name: w.start }));
  await findHeading(w.about);
  fireEvent.click(screen.getByRole('button', { name: w.open }));
  return findHeading(w.open);
}

describe('the safety guide under the disguise', () => {
  for (const language of ['en', 'es'] as const) {
    it(`names only the neutral name, on screen and in the window title (${language})`, async () => {
      await openGuideFromFirstRun(language, true);
      const guide = document.querySelector('.safety-guide')!;
      expect(
        within(guide as HTMLElement).getByRole('heading', { level: 2, name: words[language].cannot }),
      ).toBeTruthy();
      expect(document.body.textContent).not.toMatch(/harbor/i);
      expect(document.title).not.toMatch(/harbor/i);
      expect(document.title).toBe(language === 'en' ? 'Notes' : 'Notas');
      // Nothing left unfilled where the name goes.
      expect(document.body.textContent).not.toContain('{{');
    });
  }

  it('says Harbor when the disguise is off', async () => {
    await openGuideFromFirstRun('en', false);
    expect(screen.getByRole('heading', { level: 2, name: 'What Harbor cannot protect against' })).toBeTruthy();
    expect(screen.getByText(/^Harbor never uses the internet\./)).toBeTruthy();
    expect(document.title).toBe('Harbor');
  });
});
