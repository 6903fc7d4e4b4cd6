import { render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NewPassphraseFields } from '../../renderer/src/ui/passphrase/NewPassphraseFields';
import { StrengthMeter } from '../../renderer/src/ui/passphrase/StrengthMeter';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';

beforeAll(() => {
  initI18n('en');
});
afterEach(() => setLanguage('en'));

describe('StrengthMeter', () => {
  it('says nothing until something is typed', () => {
    const { container } = render(<StrengthMeter id="m" passphrase="" />);
    expect(container.querySelector('#m')!.textContent).toBe('');
  });

  it('names a common password plainly and suggests one thing', () => {
    render(<StrengthMeter id="m" passphrase="Password123!" />);
    expect(screen.getByText('Strength: very easy to guess')).toBeTruthy();
    expect(screen.getByText(/Many people use this one/)).toBeTruthy();
  });

  it('shows the score as filled segments and in words', () => {
    const { container } = render(<StrengthMeter id="m" passphrase="blue tiger lamp" />);
    expect(container.querySelector('.strength__bar')!.getAttribute('data-score')).toBe('3');
    expect(container.querySelector('.strength__bar')!.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByText('Strength: good')).toBeTruthy();
    expect(screen.getByText('One more word would make it even stronger.')).toBeTruthy();
  });

  it('has no suggestion for a strong passphrase', () => {
    const { container } = render(<StrengthMeter id="m" passphrase="mi perro se llama toby" />);
    expect(screen.getByText('Strength: strong')).toBeTruthy();
    expect(container.querySelector('.strength__tip')).toBeNull();
  });

  it('is a polite live region', () => {
    const { container } = render(<StrengthMeter id="m" passphrase="x" />);
    expect(container.querySelector('#m')!.getAttribute('aria-live')).toBe('polite');
  });

  it('speaks Spanish', () => {
    setLanguage('es');
    render(<StrengthMeter id="m" passphrase="contraseña" />);
    expect(screen.getByText('Seguridad: muy fácil de adivinar')).toBeTruthy();
  });

  it('is linked to the new-passphrase field, with the warning about forgetting it', () => {
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
    const descriptions = describedBy.map((id) => document.getElementById(id)?.textContent ?? '').join(' | ');
    expect(descriptions).toContain('Strength: easy to guess');
    expect(descriptions).toContain('no one — not even Harbor — can open your words again');
    expect(input.getAttribute('type')).toBe('password');
  });
});
