import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ok } from '../../shared/ipc/result';
import { builtInTemplate } from '../../shared/templates';
import { newTestimonyData, type Testimony } from '../../shared/testimony';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { Builder } from '../../renderer/src/features/testimony/builder/Builder';
import { installHarbor } from './harbor-stub';

beforeAll(() => {
  initI18n('en');
});
beforeEach(() => setLanguage('en'));

function spanishTestimony(): Testimony {
  const template = builtInTemplate('us-state-written')!;
  const data = newTestimonyData(template, { language: 'es', now: '2098-01-01T10:00:00Z', title: 'Testimonio' });
  return { ...data, id: 'testimony-0001', revision: 1 };
}

describe('the testimony preview', () => {
  it('words the witness placeholder in the testimony’s language while the screens speak English', async () => {
    const testimony = spanishTestimony();
    installHarbor({
      'testimony:get': () => ok(testimony),
      'share:list': () => ok([]),
      'template:list': () => ok([]),
    });
    render(<Builder id={testimony.id} onClose={() => undefined} registerBeforeLock={() => () => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: /Preview/ }));
    const draft = await screen.findByTestId('draft-preview');
    expect(within(draft).getAllByText(/\[tu nombre según el consentimiento\]/).length).toBeGreaterThan(0);
    expect(draft.textContent).not.toContain('[your name as the consent says]');
  });

  it('shows no title the file does not carry: the testimony’s own title is only for the writer', async () => {
    const testimony = { ...spanishTestimony(), language: 'en' as const, title: 'Draft for Rosa, do not send' };
    installHarbor({
      'testimony:get': () => ok(testimony),
      'share:list': () => ok([]),
      'template:list': () => ok([]),
    });
    render(<Builder id={testimony.id} onClose={() => undefined} registerBeforeLock={() => () => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: /Preview/ }));
    const draft = await screen.findByTestId('draft-preview');
    expect(draft.textContent).not.toContain('Rosa');
    expect(draft.textContent).not.toContain('(no title)');
    expect(draft.querySelector('.preview-doc__title')).toBeNull();
    // The heading block the template prints comes first, as in the file.
    expect(draft.querySelector('.preview-doc')!.firstElementChild!.className).toBe('preview-doc__heading-line');
  });

  it('shows a speaking pace and time aloud only for spoken testimony, and never breaks a duration', async () => {
    const written = { ...spanishTestimony(), language: 'en' as const };
    const oral = newTestimonyData(builtInTemplate('oral-script')!, { language: 'en', now: '2098-01-01T10:00:00Z' });
    oral.sections.story = { text: Array.from({ length: 186 }, (_, i) => `w${i}`).join(' '), excerpts: [] };
    const spoken = { ...oral, id: 'testimony-0002', revision: 1 };
    for (const testimony of [written, spoken]) {
      installHarbor({
        'testimony:get': () => ok(testimony),
        'share:list': () => ok([]),
        'template:list': () => ok([]),
      });
      const { unmount } = render(
        <Builder id={testimony.id} onClose={() => undefined} registerBeforeLock={() => () => undefined} />,
      );
      const total = await screen.findByTestId('budget-total');
      if (testimony === written) {
        expect(screen.queryByLabelText('Your speaking pace')).toBeNull();
        expect(total.textContent).not.toMatch(/aloud|min|\bs\b/);
      } else {
        expect(screen.getByLabelText('Your speaking pace')).toBeTruthy();
        // 186 words at the default pace: a duration whose parts stay on one line.
        const time = /about (.+) to say aloud/.exec(total.textContent!)![1]!;
        expect(time).toMatch(/^\d+\u00a0min\u00a0\d+\u00a0s$/);
      }
      unmount();
    }
  });
});
