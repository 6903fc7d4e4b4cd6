import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../shared/core/lang-codes';
import { readability } from '../../../../shared/campaign/readability';

const BAND_LABEL = {
  'very-hard': 'campaigns.readability.band.very-hard',
  'somewhat-hard': 'campaigns.readability.band.somewhat-hard',
  normal: 'campaigns.readability.band.normal',
  'fairly-easy': 'campaigns.readability.band.fairly-easy',
  'very-easy': 'campaigns.readability.band.very-easy',
} as const;

/**
 * How long the sentences are and how hard the words, by the formula made for the text's own
 * language (grade level for English, INFLESZ for Spanish); computed here, nothing is sent anywhere.
 */
export function ReadabilityNote({ text, language }: { text: string; language: Lang }) {
  const { t } = useTranslation();
  const note = readability(text, language);
  if (!note) return null;
  const words = String(note.averageSentenceLength);
  return (
    <p className="hint readability-note">
      {note.language === 'en'
        ? t('campaigns.readability.english', { words, grade: String(note.grade) })
        : t('campaigns.readability.spanish', {
            words,
            score: String(note.perspicuity),
            band: t(BAND_LABEL[note.band]),
          })}
    </p>
  );
}
