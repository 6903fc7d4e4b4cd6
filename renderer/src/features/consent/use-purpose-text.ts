import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentGrant } from '../../../../shared/consent/grant';
import { purposeIn } from '../../../../shared/consent/filled-purpose';
import { docLanguage } from './doc-language';

/**
 * A consent whose purpose Harbor filled in ("Testimony on SB 412") is shown in the language the
 * person reads now, not the one it was made in: a Spanish sentence never carries the English
 * words. A purpose the person wrote themselves is shown exactly as written.
 */
export function usePurposeText(): <G extends Pick<ConsentGrant, 'purpose'>>(grant: G) => G {
  const { i18n } = useTranslation();
  const lang = docLanguage(i18n.language);
  return useCallback(
    <G extends Pick<ConsentGrant, 'purpose'>>(grant: G): G => {
      const purpose = purposeIn(grant.purpose, lang);
      return purpose === grant.purpose ? grant : { ...grant, purpose };
    },
    [lang],
  );
}
