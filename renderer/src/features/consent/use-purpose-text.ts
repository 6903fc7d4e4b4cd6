import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentGrant } from '../../../../shared/consent/grant';
import { LANGS } from '../../../../shared/core/languages';

const SLOT = '\u0000';

/**
 * A consent whose purpose Harbor filled in ("Testimony on SB 412") is shown in the language the
 * person reads now, not the one it was made in: a Spanish sentence never carries the English
 * words. A purpose the person wrote themselves is shown exactly as written.
 */
export function usePurposeText(): <G extends Pick<ConsentGrant, 'purpose'>>(grant: G) => G {
  const { t, i18n } = useTranslation();
  return useCallback(
    <G extends Pick<ConsentGrant, 'purpose'>>(grant: G): G => {
      for (const lang of LANGS) {
        const fixed = i18n.getFixedT(lang);
        const filled: [string, (value: string) => string][] = [
          [fixed('testimony.grant.purposeBill', { bill: SLOT }), (bill) => t('testimony.grant.purposeBill', { bill })],
          [
            fixed('testimony.grant.purposeInquiry', { inquiry: SLOT }),
            (inquiry) => t('testimony.grant.purposeInquiry', { inquiry }),
          ],
        ];
        for (const [pattern, render] of filled) {
          const [before = '', after = ''] = pattern.split(SLOT);
          const { purpose } = grant;
          if (!purpose.startsWith(before) || !purpose.endsWith(after)) continue;
          const value = purpose.slice(before.length, purpose.length - after.length);
          // What Harbor fills in is a bill number or an inquiry's title ("SB 412", "Modern Slavery
          // Act"): "Testimony on the record" was written by the person, and stays as written.
          if (/^[\p{Lu}\d]/u.test(value)) return { ...grant, purpose: render(value) };
        }
      }
      return grant;
    },
    [t, i18n],
  );
}
