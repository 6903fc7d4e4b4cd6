import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportRecordView } from '../../../../shared/ipc/contract-consent';
import { harbor } from '../../platform/bridge';
import { useDayText } from './use-day-text';

/**
 * Documents shared at an engagement, chosen from the sharing history and shown by the title they
 * left with: the campaign keeps only the entry's id, never a copy of the words.
 */
export function SharedEntriesField({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) {
  const { t } = useTranslation();
  const day = useDayText();
  const [entries, setEntries] = useState<ExportRecordView[] | null>(null);
  useEffect(() => {
    void harbor.history
      .list()
      .then((r) => setEntries(r.ok ? [...r.value].sort((a, b) => b.at.localeCompare(a.at)) : []));
  }, []);
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));
  return (
    <fieldset className="choice-group">
      <legend>{t('campaigns.shared.title')}</legend>
      <p className="hint">{t('campaigns.shared.hint')}</p>
      {entries?.length === 0 && <p>{t('campaigns.shared.none')}</p>}
      {entries?.map((e) => (
        <label key={e.id} className="check">
          <input type="checkbox" checked={value.includes(e.id)} onChange={(ev) => toggle(e.id, ev.target.checked)} />
          {t('campaigns.shared.entry', {
            title: e.title || t('campaigns.shared.untitled'),
            audience: e.audience,
            date: day(e.at.slice(0, 10)),
          })}
        </label>
      ))}
    </fieldset>
  );
}
