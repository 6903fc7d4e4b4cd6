/**
 * First run, in order (ux.md): language → what Harbor can and cannot do → passphrase → recovery
 * key offer (optional) → the key itself, only if one was made. The last two count as one step.
 */
export type FirstRunStep = 'language' | 'about' | 'passphrase' | 'recovery-offer' | 'recovery-key';

const NUMBER: Record<FirstRunStep, number> = {
  language: 1,
  about: 2,
  passphrase: 3,
  'recovery-offer': 4,
  'recovery-key': 4,
};

export const FIRST_RUN_TOTAL = 4;

export function stepCount(step: FirstRunStep): { current: number; total: number } {
  return { current: NUMBER[step], total: FIRST_RUN_TOTAL };
}

export function previousStep(step: FirstRunStep): FirstRunStep | null {
  switch (step) {
    case 'about':
      return 'language';
    case 'passphrase':
      return 'about';
    case 'recovery-offer':
      return 'passphrase';
    default:
      // Nothing before the language; and once the vault exists there is no going back.
      return null;
  }
}
