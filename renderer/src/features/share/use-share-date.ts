import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../../../shared/share/describe-terms';

/** Dates the way the shared terms sentence writes them ("1 June 2027"), in the app's language. */
export function useShareDate(): (iso: string) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  return (iso: string) => formatIsoDate(iso, lang);
}
