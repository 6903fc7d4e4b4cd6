import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../shared/ipc/result';
import { App } from '../../renderer/src/app/App';
import { setLanguage } from '../../renderer/src/i18n/i18n';
import { installHarbor, unlocked, type Handlers } from './harbor-stub';
import { useAppScreens } from './render-app';

// Under the disguise nothing on an unlocked screen names Harbor: not its words, and not what shows
// on hover (the Lock and Quick exit hints) or is read aloud (the rail's name), which someone in the
// room sees or hears as well. The whole page is searched, attributes included.
useAppScreens();

/** Where the page names Harbor, a little of each place around it (nothing when it does not). */
const harborIn = (html: string) => [...html.matchAll(/.{0,50}harbor.{0,50}/gi)].map((m) => m[0]);

async function openUnlocked(language: 'en' | 'es', disguise: boolean, handlers: Handlers = {}) {
  setLanguage(language);
  installHarbor({ 'vault:status': () => ok(unlocked()), ...handlers }, { disguise, language });
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: language === 'en' ? 'Library' : 'Biblioteca' });
}

describe('the unlocked screens under the disguise', () => {
  for (const language of ['en', 'es'] as const) {
    it(`never name Harbor, not even on hover or to a screen reader (${language})`, async () => {
      await openUnlocked(language, true);
      expect(harborIn(document.documentElement.outerHTML)).toEqual([]);
      const notes = language === 'en' ? 'Notes' : 'Notas';
      expect(screen.getByRole('navigation').getAttribute('aria-label')).toContain(notes);
      await waitFor(() => expect(document.title).toBe(notes));
    });
  }

  it('the safety guide in the rail calls the app Notes', async () => {
    await openUnlocked('en', true);
    const rail = screen.getByRole('navigation');
    fireEvent.click(within(rail).getByRole('button', { name: 'Safety guide' }));
    await screen.findByRole('heading', { level: 1, name: 'Safety guide' });
    expect(screen.getByRole('heading', { level: 2, name: 'What Notes protects' })).toBeTruthy();
    expect(harborIn(document.documentElement.outerHTML)).toEqual([]);
  });

  for (const [language, settings] of [
    ['en', 'Settings'],
    ['es', 'Ajustes'],
  ] as const) {
    it(`Settings names Notes where it spoke of Harbor, the disguise's own switch too (${language})`, async () => {
      await openUnlocked(language, true);
      fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: settings }));
      await screen.findByRole('heading', { level: 1, name: settings });
      expect(harborIn(document.documentElement.outerHTML)).toEqual([]);
      const [lockAfter, disguise] =
        language === 'en'
          ? ['Lock Notes after', 'Show "Notes" instead of the real name']
          : ['Bloquear Notas después de', 'Mostrar "Notas" en lugar del nombre real'];
      expect(screen.getByLabelText(lockAfter)).toBeTruthy();
      expect((screen.getByLabelText(disguise) as HTMLInputElement).checked).toBe(true);
    });
  }

  it('an error on the screen names Notes, though the shared catalog says Harbor', async () => {
    const broken = { 'campaign:list': () => fail('internal', 'request.internal') };
    await openUnlocked('en', true, broken);
    fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Campaigns' }));
    expect(await screen.findByText(/^Something went wrong inside Notes\./)).toBeTruthy();
    expect(harborIn(document.documentElement.outerHTML)).toEqual([]);
  });

  for (const [language, words] of [
    ['en', "Notes couldn't show your stories just now."],
    ['es', 'Notas no pudo mostrar tus historias ahora mismo.'],
  ] as const) {
    it(`a screen's own words name Notes too, in the person's language (${language})`, async () => {
      setLanguage(language);
      installHarbor(
        { 'vault:status': () => ok(unlocked()), 'story:list': () => fail('io', 'request.internal') },
        { disguise: true, language },
      );
      render(<App />);
      expect(await screen.findByText(new RegExp(`^${words.replace('.', '\\.')}`))).toBeTruthy();
      expect(harborIn(document.documentElement.outerHTML)).toEqual([]);
    });
  }

  it('with the disguise off, the hints name Harbor', async () => {
    await openUnlocked('en', false);
    expect(screen.getByRole('navigation').getAttribute('aria-label')).toBe('Harbor sections');
    expect(document.querySelector('.lock__button')!.getAttribute('title')).toBe('Lock Harbor now (Ctrl+L)');
    expect(document.querySelector('.quick-exit__button')!.getAttribute('title')).toMatch(/^Hide Harbor now: /);
  });

  it('with the disguise off, a screen’s own words name Harbor', async () => {
    setLanguage('en');
    installHarbor({ 'vault:status': () => ok(unlocked()), 'story:list': () => fail('io', 'request.internal') });
    render(<App />);
    expect(await screen.findByText(/^Harbor couldn't show your stories just now\./)).toBeTruthy();
  });
});
