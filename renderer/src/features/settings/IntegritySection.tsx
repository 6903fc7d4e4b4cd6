import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppName } from '../../ui/use-app-name';
import type { IntegritySummary } from '../../../../shared/ipc/contract';
import { harbor } from '../../platform/bridge';
import { BusyIndicator } from '../../ui/BusyIndicator';
import { useErrorText, useMessageText } from '../../platform/use-error-text';
import { SettingSection } from './SettingSection';
import { DOT_SEPARATOR } from '../../ui/dot-separated';

/** Reads every item to check it is intact. Changes nothing. */
export function IntegritySection() {
  const { t } = useTranslation();
  // Under the disguise the app is "Notes" here too: Settings is as visible as any screen.
  const { name: app } = useAppName();
  const toText = useErrorText();
  const problemText = useMessageText();
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<IntegritySummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const check = async () => {
    setBusy(true);
    setSummary(null);
    setError(null);
    const result = await harbor.vault.verify();
    setBusy(false);
    if (result.ok) setSummary(result.value);
    else setError(toText(result.error));
  };

  // Derived data (itemId 'cache') is rebuilt, so it is not a lost item; it is told apart, plainly.
  const items = summary?.damaged.filter((d) => d.itemId !== 'cache') ?? [];
  const caches = summary?.damaged.filter((d) => d.itemId === 'cache') ?? [];

  return (
    <SettingSection title={t('settings.integrity.heading')}>
      <p>{t('settings.integrity.intro', { app })}</p>
      <div className="actions">
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => void check()}>
          {t('settings.integrity.check')}
        </button>
      </div>
      <BusyIndicator busy={busy} label={t('settings.integrity.checking')} />
      <div role="status" className="status-message">
        {summary && items.length === 0 && (
          <p className="notice notice--success">
            {summary.checked === 1
              ? t('settings.integrity.allIntactOne')
              : t('settings.integrity.allIntact', { count: summary.checked })}
          </p>
        )}
        {summary && caches.length > 0 && <p className="notice">{t('settings.integrity.cacheChanged', { app })}</p>}
        {summary && items.length > 0 && (
          <div className="notice">
            <p>{t('settings.integrity.damagedIntro', { count: items.length, checked: summary.checked })}</p>
            <ul className="damaged-list">
              {items.map((item) => (
                <li key={`${item.itemId}-${item.revision ?? ''}`}>
                  <code translate="no">{item.itemId}</code>
                  {item.revision !== undefined &&
                    `${DOT_SEPARATOR}${t('settings.integrity.revision', { revision: item.revision })}`}
                  {`: ${problemText(item.problem)}`}
                </li>
              ))}
            </ul>
            <p>{t('settings.integrity.damagedNext')}</p>
          </div>
        )}
        {error && <p className="error-text">{error}</p>}
      </div>
    </SettingSection>
  );
}
