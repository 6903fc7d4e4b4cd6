import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** The action bar of the flow page around it (null outside a page, or before the bar is drawn). */
export const FlowActionsHost = createContext<HTMLElement | null>(null);

/**
 * A step's buttons. Inside a FlowPage they are drawn in its action bar, which stays on screen
 * however long the step is; elsewhere they are an ordinary row of actions after the content.
 * Submit buttons drawn in the bar leave their form: give them `form={formId}`.
 */
export function FlowActions({ children }: { children: ReactNode }) {
  const host = useContext(FlowActionsHost);
  if (!host) return <div className="actions">{children}</div>;
  return createPortal(<div className="flow-actions">{children}</div>, host);
}
