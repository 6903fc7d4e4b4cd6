/**
 * First run, in order (ux.md): language → what Harbor can and cannot do → disguise (optional) →
 * passphrase → recovery key offer (optional) → the key itself, only if one was made. The last two
 * count as one step.
 */
export type FirstRunStep = 'language' | 'about' | 'disguise' | 'passphrase' | 'recovery-offer' | 'recovery-key';

const NUMBER: Record<FirstRunStep, number> = {
  language: 1,
  about: 2,
  disguise: 3,
  passphrase: 4,
  'recovery-offer': 5,
  'recovery-key': 5,
};

export const FIRST_RUN_TOTAL = 5;

export function stepCount(step: FirstRunStep): { current: number; total: number } {
  return { current: NUMBER[step], total: FIRST_RUN_TOTAL };
}

export function previousStep(step: FirstRunStep): FirstRunStep | null {
  switch (step) {
    case 'about':
      return 'language';
    case 'disguise':
      return 'about';
    case 'passphrase':
      return 'disguise';
    case 'recovery-offer':
      return 'passphrase';
    default:
      // Nothing before the language; and once the vault exists there is no going back.
      return null;
  }
}
