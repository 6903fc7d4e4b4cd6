import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseRecord } from '../../../../shared/share/use-record';
import { useShareDate } from './use-share-date';

/** Every recorded export that quoted a shared story: when, which file type, for whom, what for, which file. */
export function UseList({ uses, heading, empty }: { uses: readonly UseRecord[]; heading: string; empty: string }) {
  const { t } = useTranslation();
  const date = useShareDate();
  const id = useId();
  return (
    <>
      <h4 id={id}>{heading}</h4>
      {uses.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul aria-labelledby={id} data-testid="use-list">
          {uses.map((u) => (
            <li key={`${u.at}-${u.fileName}`}>
              {t('share.sent.use', {
                date: date(u.at),
                format: u.format.toUpperCase(),
                audience: u.audience.name,
                purpose: u.purpose,
                file: u.fileName,
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
