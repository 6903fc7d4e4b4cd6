import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharedStoryView } from '../../../../shared/share/share-views';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { FilePickButton } from './FilePickButton';

/** Package file + share code → a read-only shared story. The code field never autocompletes. */
export function ImportPackageForm({ onImported }: { onImported: (story: SharedStoryView) => void }) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const ids = useId();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const submit = async () => {
    if (!file || !code.trim()) return;
    setBusy(true);
    setMessage({ text: t('share.import.opening'), error: false });
    const r = await harbor.share.import({ base64: file.base64, shareCode: code });
    setBusy(false);
    if (!r.ok) {
      setMessage({ text: `${toText(r.error)} ${t('share.import.failed')}`, error: true });
      return;
    }
    setCode('');
    setFile(null);
    setMessage({ text: t('share.import.added'), error: false });
    onImported(r.value);
  };

  return (
    <form
      className="share-import"
      aria-labelledby={`${ids}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${ids}-heading`}>{t('share.import.heading')}</h2>
      <div className="share-import__file">
        <FilePickButton
          label={t('share.import.fileButton')}
          disabled={busy}
          testId="share-package-input"
          onFile={(f) => {
            setFile(f);
            setMessage(null);
          }}
          onUnreadable={() => setMessage({ text: t('share.import.unreadable'), error: true })}
        />
        <span aria-live="polite">
          {file ? t('share.import.chosen', { name: file.name }) : t('share.import.noFile')}
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-code`}>{t('share.import.codeLabel')}</label>
        <input
          id={`${ids}-code`}
          type="text"
          value={code}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={400}
          aria-describedby={`${ids}-hint`}
          onChange={(e) => setCode(e.currentTarget.value)}
          disabled={busy}
        />
        <p id={`${ids}-hint`} className="field__hint">
          {t('share.import.codeHint')}
        </p>
      </div>
      {message && (
        <p className={message.error ? 'notice notice--error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="button" disabled={busy || !file || !code.trim()}>
        {t('share.import.submit')}
      </button>
    </form>
  );
}
