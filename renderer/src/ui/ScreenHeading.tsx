import type { ReactNode } from 'react';
import { useFocusOnMount } from './use-focus-on-mount';

/**
 * The heading of a screen or step. It takes focus when it appears, so keyboard and screen-reader
 * users start at the top of each new step instead of being left on a button that is gone.
 */
export function ScreenHeading({ id, children, focus = true }: { id: string; children: ReactNode; focus?: boolean }) {
  const ref = useFocusOnMount<HTMLHeadingElement>(focus);
  return (
    <h1 id={id} ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
