import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NewPassphraseFields } from '../../renderer/src/ui/passphrase/NewPassphraseFields';
import { StrengthMeter } from '../../renderer/src/ui/passphrase/StrengthMeter';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { loadEstimator } from '../../shared/passphrase-estimator';

beforeAll(async () => {
  initI18n('en');
  // The word lists load on first use; loaded here once so each test waits only for React.
  await loadEstimator();
}, 60_000);
afterEach(() => setLanguage('en'));

describe('StrengthMeter', () => {
  it('says nothing until something is typed', () => {
    const { container } = render(<StrengthMeter id="m" passphrase="" />);
    expect(container.querySelector('#m')!.textContent).toBe('');
  });

  it('names a common password plainly and suggests one thing', async () => {
    render(<StrengthMeter id="m" passphrase="Password123!" />);
    expect(await screen.findByText('Strength: very easy to guess')).toBeTruthy();
    expect(screen.getByText(/Many people use this one/)).toBeTruthy();
  });

  it('shows the score as filled segments and in words', async () => {
    const { container } = render(<StrengthMeter id="m" passphrase="blue tiger lamp" />);
    await screen.findByText('Strength: good');
    expect(container.querySelector('.strength__bar')!.getAttribute('data-score')).toBe('3');
    expect(container.querySelector('.strength__bar')!.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByText('Strength: good')).toBeTruthy();
    expect(screen.getByText('One more word would make it even stronger.')).toBeTruthy();
  });

  it('has no suggestion for a strong passphrase', async () => {
    const { container } = render(<StrengthMeter id="m" passphrase="mi perro se llama toby" />);
    expect(await screen.findByText('Strength: strong')).toBeTruthy();
    expect(container.querySelector('.strength__tip')).toBeNull();
  });

  it('is a polite live region', () => {
    const { container } = render(<StrengthMeter id="m" passphrase="x" />);
    expect(container.querySelector('#m')!.getAttribute('aria-live')).toBe('polite');
  });

  it('speaks Spanish', async () => {
    setLanguage('es');
    render(<StrengthMeter id="m" passphrase="contraseña" />);
    expect(await screen.findByText('Seguridad: muy fácil de adivinar')).toBeTruthy();
  });

  it('is linked to the new-passphrase field, with the warning about forgetting it', async () => {
    render(
      <NewPassphraseFields
        next="tiger lamp"
        confirm=""
        onNextChange={() => undefined}
        onConfirmChange={() => undefined}
        showForgetWarning
      />,
    );
    const input = screen.getByLabelText('New passphrase');
    const describedBy = input.getAttribute('aria-describedby')!.split(' ');
    const descriptions = () => describedBy.map((id) => document.getElementById(id)?.textContent ?? '').join(' | ');
    await waitFor(() => expect(descriptions()).toContain('Strength: easy to guess'));
    expect(descriptions()).toContain('no one — not even Harbor — can open your words again');
    expect(input.getAttribute('type')).toBe('password');
  });
});
