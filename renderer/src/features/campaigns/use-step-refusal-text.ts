import { useTranslation } from 'react-i18next';
import { STEP_LABEL } from './labels';
import type { StepRefusal } from './step-refusal';
import { useDayText } from './use-day-text';

/** A status-history refusal in the reader's words, naming the steps and dates as the screen shows them. */
export function useStepRefusalText(): (refusal: StepRefusal) => string {
  const { t } = useTranslation();
  const day = useDayText();
  return (r) => {
    switch (r.reason) {
      case 'beforePrevious':
        return t('campaigns.steps.refusal.beforePrevious', {
          date: day(r.step.date),
          other: t(STEP_LABEL[r.other.kind]),
          otherDate: day(r.other.date),
        });
      case 'afterNext':
        return t('campaigns.steps.refusal.afterNext', {
          date: day(r.step.date),
          other: t(STEP_LABEL[r.other.kind]),
          otherDate: day(r.other.date),
        });
      case 'introducedFirst':
        return t('campaigns.steps.refusal.introducedFirst');
      case 'overrideAfterVeto':
        return t('campaigns.steps.refusal.overrideAfterVeto');
      case 'afterVeto':
        return t('campaigns.steps.refusal.afterVeto');
      case 'afterFinal':
        return t('campaigns.steps.refusal.afterFinal', { after: t(STEP_LABEL[r.after]) });
      case 'cannotBegin':
        return t('campaigns.steps.refusal.cannotBegin', { step: t(STEP_LABEL[r.step]) });
    }
  };
}
