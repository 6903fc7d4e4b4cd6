import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyIndicator } from '../../ui/BusyIndicator';
import { CardScreen } from '../../ui/CardScreen';
import { FieldError } from '../../ui/FieldError';
import { useAnnouncedError } from '../../ui/use-announced-error';
import { useErrorText } from '../../platform/use-error-text';
import { harbor } from '../../platform/bridge';
import { usePreferences } from '../../platform/preferences/PreferencesContext';
import { DISGUISED_ERROR_TEXT, disguisedErrorOf } from '../unlock/public';
import { stepCount } from './first-run-steps';

export interface RecoveryOfferStepProps {
  passphrase: string;
  /** The vault now exists and is open; `recoveryKey` is set when one was asked for. */
  onCreated: (recoveryKey: string | null) => void;
  onBack: () => void;
}

/** The optional recovery key, offered honestly; choosing either way creates the vault. */
export function RecoveryOfferStep({ passphrase, onCreated, onBack }: RecoveryOfferStepProps) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const [busy, setBusy] = useState(false);
  const { error, show, clear } = useAnnouncedError();
  // Disguised, nothing here says "vault" or "Harbor", not even an error from making it.
  const disguised = usePreferences().prefs.disguise;

  const create = async (withRecoveryKey: boolean) => {
    clear();
    setBusy(true);
    const result = await harbor.vault.create({ passphrase, recoveryKey: withRecoveryKey });
    setBusy(false);
    if (result.ok) onCreated(result.value.recoveryKey);
    else show(disguised ? t(DISGUISED_ERROR_TEXT[disguisedErrorOf(result.error)]) : toText(result.error));
  };

  return (
    <CardScreen heading={t('firstRun.recoveryOffer.heading')} step={stepCount('recovery-offer')}>
      <p>{disguised ? t('firstRun.recoveryOffer.whatNotes') : t('firstRun.recoveryOffer.what')}</p>
      <p>{disguised ? t('firstRun.recoveryOffer.riskNotes') : t('firstRun.recoveryOffer.risk')}</p>
      <p className="notice">{t('firstRun.recoveryOffer.optional')}</p>
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void create(true)}>
          {t('firstRun.recoveryOffer.create')}
        </button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => void create(false)}>
          {t('firstRun.recoveryOffer.skip')}
        </button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={onBack}>
          {t('common.back')}
        </button>
      </div>
      <BusyIndicator
        busy={busy}
        label={disguised ? t('firstRun.recoveryOffer.creatingNotes') : t('firstRun.recoveryOffer.creating')}
      />
      <FieldError id="recovery-offer-error" error={error} />
    </CardScreen>
  );
}
