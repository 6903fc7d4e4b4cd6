import { useEffect, useState } from 'react';
import { loadEstimator, loadedEstimator, type Estimator } from '../../../../shared/passphrase-estimator';

/**
 * zxcvbn and its word lists, fetched (as their own chunk) when a screen that rates passphrases
 * opens, not with the first screen. Null until they have arrived; a failed load is tried again
 * when the passphrase changes.
 */
export function useEstimator(passphrase: string): Estimator | null {
  const [estimator, setEstimator] = useState<Estimator | null>(() => loadedEstimator() ?? null);
  useEffect(() => {
    if (estimator) return;
    let live = true;
    loadEstimator().then(
      (loaded) => live && setEstimator(() => loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [estimator, passphrase]);
  return estimator;
}
