import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../platform/use-error-text';
import { lockVault } from '../../platform/lock';
import { useAppName } from '../../ui/use-app-name';
import { useEscapeAnywhere } from '../../ui/use-escape-anywhere';

/** Ctrl+L (⌘L on a Mac) locks from anywhere in Harbor. */
function isLockShortcut(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l';
}

/**
 * Always in the same place (top right). Locking saves what is pending, then the main process wipes
 * the keys and reloads the window, so nothing readable stays in this window's memory.
 */
export function LockButton() {
  const { t } = useTranslation();
  const toText = useErrorText();
  // The hint shows on hover: under the disguise it names "Notes", never Harbor.
  const { name: app } = useAppName();
  const [locking, setLocking] = useState(false);
  // Where the header is compact (shell.css, ui/styles/word-tip.css) the word floats under the icon on hover or focus;
  // Escape hides it (WCAG 1.4.13, dismissible) until the pointer or the focus comes back.
  const [quiet, setQuiet] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const lock = useCallback(async () => {
    setLocking(true);
    setError(null);
    const result = await lockVault();
    // On success the window reloads; on failure say so and let the person try again.
    if (!result.ok) {
      setLocking(false);
      setError(toText(result.error));
    }
  }, [toText]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isLockShortcut(e)) return;
      e.preventDefault();
      void lock();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lock]);

  useEscapeAnywhere(() => setQuiet(true));

  return (
    <div className="lock">
      <button
        type="button"
        className="button button--quiet lock__button word-tip-host"
        onClick={() => void lock()}
        disabled={locking}
        aria-keyshortcuts="Control+L Meta+L"
        title={t('shell.lockHint', { app })}
        data-tip={quiet ? 'quiet' : undefined}
        onPointerEnter={() => setQuiet(false)}
        onFocus={() => setQuiet(false)}
      >
        <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <rect x="5" y="11" width="14" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M8 11V8a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        <span className="lock__label word-tip">{locking ? t('shell.locking') : t('shell.lock')}</span>
      </button>
      {error && (
        <p className="error-text lock__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
