import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppBrand } from './AppBrand';
import { ScreenHeading } from './ScreenHeading';

export interface CardScreenProps {
  heading: ReactNode;
  /** "Step 2 of 4" above the heading, during first run. */
  step?: { current: number; total: number };
  /** False when a field should take focus instead (the unlock screen). */
  focusHeading?: boolean;
  children: ReactNode;
}

/** The calm centred card used before the vault is open: first run, unlock, recover. */
export function CardScreen({ heading, step, focusHeading = true, children }: CardScreenProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <main className="centered-screen">
      <section className="card" aria-labelledby={headingId}>
        <AppBrand />
        {step && <p className="step-count">{t('firstRun.stepCount', { current: step.current, total: step.total })}</p>}
        <ScreenHeading id={headingId} focus={focusHeading}>
          {heading}
        </ScreenHeading>
        {children}
      </section>
    </main>
  );
}
