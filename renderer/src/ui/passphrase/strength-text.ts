import type { TFunction } from 'i18next';
import type { StrengthLabel, StrengthSuggestion } from '../../../../shared/passphrase-strength';

/** The strength module speaks in codes; these are the words for them. */
export function strengthLabelText(t: TFunction, label: StrengthLabel): string {
  switch (label) {
    case 'very-weak':
      return t('strength.labels.veryWeak');
    case 'weak':
      return t('strength.labels.weak');
    case 'fair':
      return t('strength.labels.fair');
    case 'good':
      return t('strength.labels.good');
    case 'strong':
      return t('strength.labels.strong');
  }
}

export function strengthSuggestionText(t: TFunction, suggestion: StrengthSuggestion): string {
  switch (suggestion) {
    case 'too-short':
      return t('strength.suggestions.tooShort');
    case 'avoid-common':
      return t('strength.suggestions.avoidCommon');
    case 'avoid-repeats':
      return t('strength.suggestions.avoidRepeats');
    case 'avoid-sequences':
      return t('strength.suggestions.avoidSequences');
    case 'add-words':
      return t('strength.suggestions.addWords');
    case 'one-more-word':
      return t('strength.suggestions.oneMoreWord');
  }
}
