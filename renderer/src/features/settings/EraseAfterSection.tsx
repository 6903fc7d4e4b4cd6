import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppName } from '../../ui/use-app-name';
import { ERASE_AFTER_CHOICES, type EraseAfterChoice } from '../../../../shared/ipc/contract-safety';
import { harbor } from '../../platform/bridge';
import { useIpcEffect } from '../../platform/use-ipc';
import { ConfirmPassphraseForm } from './ConfirmPassphraseForm';
import { SettingSection } from './SettingSection';
import { StatusMessage } from './StatusMessage';

const OFF = 'off';

/**
 * The optional "erase this vault after N wrong passphrases", off unless turned on. Turning it on
 * asks for the passphrase (someone else at the keyboard must not be able to set a trap); turning it
 * off does not. The risk is said before the choice, not after.
 */
export function EraseAfterSection() {
  const { t } = useTranslation();
  // Under the disguise the app is "Notes" here too: Settings is as visible as any screen.
  const { name: app } = useAppName();
  const id = useId();
  const [current, setCurrent] = useState<number | null | undefined>(undefined);
  const [pending, setPending] = useState<EraseAfterChoice | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useIpcEffect(
    () => harbor.safety.status(),
    (r) => {
      if (r.ok) setCurrent(r.value.attempts.eraseAfter);
    },
    [],
  );

  const turnOff = async () => {
    setPending(null);
    const r = await harbor.safety.setEraseAfter({ limit: null });
    if (r.ok) {
      setCurrent(null);
      setDone(t('safety.settings.erase.turnedOff', { app }));
    }
  };

  if (current === undefined) return null;
  const shown = pending ?? current;
  return (
    <SettingSection title={t('safety.settings.erase.label')}>
      <p id={`${id}-explain`}>{t('safety.settings.erase.explain', { app })}</p>
      <div className="field">
        <label htmlFor={id} className="visually-hidden">
          {t('safety.settings.erase.label')}
        </label>
        <select
          id={id}
          aria-describedby={`${id}-explain`}
          value={shown === null ? OFF : String(shown)}
          disabled={pending !== null}
          onChange={(e) => {
            setDone(null);
            if (e.target.value === OFF) void turnOff();
            else setPending(Number(e.target.value) as EraseAfterChoice);
          }}
        >
          <option value={OFF}>{t('safety.settings.erase.off')}</option>
          {ERASE_AFTER_CHOICES.map((n) => (
            <option key={n} value={n}>
              {t('safety.settings.erase.after', { count: n })}
            </option>
          ))}
        </select>
      </div>
      {pending !== null && (
        <ConfirmPassphraseForm
          explanation={t('safety.settings.erase.confirm')}
          submitLabel={t('safety.settings.erase.submit')}
          busyLabel={t('safety.settings.erase.working')}
          onCancel={() => setPending(null)}
          onSubmit={async (passphrase) => {
            const r = await harbor.safety.setEraseAfter({ limit: pending, passphrase });
            if (!r.ok) return r.error;
            setPending(null);
            setCurrent(r.value.eraseAfter);
            setDone(t('safety.settings.erase.on', { count: r.value.eraseAfter ?? pending }));
            return null;
          }}
        />
      )}
      <StatusMessage text={done} />
    </SettingSection>
  );
}
