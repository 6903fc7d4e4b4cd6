import type { ReactNode } from 'react';

/** The bar above each Testimony screen: the way back first (where the keyboard meets it), then any status. */
export function BackBar({ label, onBack, children }: { label: string; onBack: () => void; children?: ReactNode }) {
  return (
    <div className="testimony__bar">
      <button type="button" className="button button--quiet" onClick={onBack}>
        {label}
      </button>
      {children}
    </div>
  );
}
