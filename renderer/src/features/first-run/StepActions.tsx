import { useTranslation } from 'react-i18next';

/**
 * Continue, then Back, at the foot of a first-run step. With `submit`, Continue submits the step's
 * form (which checks it) instead of calling `onContinue`.
 */
export function StepActions({
  onContinue,
  onBack,
  submit = false,
}: {
  onContinue?: () => void;
  onBack: () => void;
  submit?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type={submit ? 'submit' : 'button'} className="button" onClick={submit ? undefined : onContinue}>
        {t('common.continue')}
      </button>
      <button type="button" className="button button--quiet" onClick={onBack}>
        {t('common.back')}
      </button>
    </div>
  );
}
