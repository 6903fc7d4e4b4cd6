import { stepRefusalMessage, type StepRefusal } from '../../../../shared/campaign/step-refusal';
import { useMessageText } from '../../platform/use-error-text';

/** A status-history refusal in the reader's language, worded as the vault and the command line word it. */
export function useStepRefusalText(): (refusal: StepRefusal) => string {
  const text = useMessageText();
  return (r) => text(stepRefusalMessage(r));
}
