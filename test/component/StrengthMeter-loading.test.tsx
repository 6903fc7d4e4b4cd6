import { render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { StrengthMeter } from '../../renderer/src/ui/passphrase/StrengthMeter';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';

// The word lists behind the estimate never arrive here: what the person sees meanwhile.
vi.mock('../../shared/passphrase-estimator', () => ({
  loadEstimator: () => new Promise(() => undefined),
  loadedEstimator: () => undefined,
}));

beforeAll(() => {
  initI18n('en');
});
afterEach(() => setLanguage('en'));

describe('StrengthMeter before the word lists have loaded', () => {
  it('says it is checking, with no score and no advice yet', () => {
    const { container } = render(<StrengthMeter id="m" passphrase="Password123!" />);
    expect(screen.getByText('Strength: checking…')).toBeTruthy();
    expect(container.querySelector('.strength__bar')).toBeNull();
    expect(container.querySelector('.strength__tip')).toBeNull();
  });

  it('says nothing while nothing is typed', () => {
    const { container } = render(<StrengthMeter id="m" passphrase="" />);
    expect(container.querySelector('#m')!.textContent).toBe('');
  });

  it('says so in Spanish', () => {
    setLanguage('es');
    render(<StrengthMeter id="m" passphrase="contraseña" />);
    expect(screen.getByText('Seguridad: comprobando…')).toBeTruthy();
  });
});
