import { useId } from 'react';

/**
 * Shown while something slow happens (deriving a key takes about a second). The region is always
 * present and polite, so its text is announced when work starts. The bar does not move when the
 * person asks for reduced motion; the words carry the meaning.
 */
export function BusyIndicator({ busy, label }: { busy: boolean; label: string }) {
  const id = useId();
  return (
    <div className="busy-area" aria-live="polite">
      {busy && (
        <div className="busy">
          <div className="busy__track" role="progressbar" aria-labelledby={id}>
            <span className="busy__bar" />
          </div>
          <span id={id} className="busy__label">
            {label}
          </span>
        </div>
      )}
    </div>
  );
}
