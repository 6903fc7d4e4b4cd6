import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';
import { FlowActions } from '../../ui/FlowActions';

/** "Why am I sharing this?": a pause before the first export. Nothing is asked for or kept. */
export function ReflectionStep({ onContinue, onStop }: { onContinue: () => void; onStop: () => void }) {
  const { t } = useTranslation();
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="export-step reflection">
      <h2 ref={ref} tabIndex={-1} className="export-step__title">
        {t('consent.export.reflect.title')}
      </h2>
      <p>{t('consent.export.reflect.intro')}</p>
      <ul className="reflection__questions">
        <li>{t('consent.export.reflect.q1')}</li>
        <li>{t('consent.export.reflect.q2')}</li>
        <li>{t('consent.export.reflect.q3')}</li>
        <li>{t('consent.export.reflect.q4')}</li>
      </ul>
      <p className="hint">{t('consent.export.reflect.private')}</p>
      <FlowActions>
        <button type="button" className="button" onClick={onContinue}>
          {t('consent.export.reflect.continue')}
        </button>
        <button type="button" className="button button--quiet" onClick={onStop}>
          {t('consent.export.reflect.stop')}
        </button>
      </FlowActions>
    </div>
  );
}
