import { HiddenFileInput } from '../../ui/HiddenFileInput';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatErrorMessage } from '../../../../shared/error-text/error-catalog';
import type { ImportNotice, StoryView } from '../../../../shared/ipc/contract';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { readFileAsBase64 } from '../../platform/read-file';

export const IMPORT_ACCEPT = '.txt,.md,.html,.docx';
/** The main process refuses more; saying so here spares reading a file that cannot be imported. */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; fraction: number }
  | { kind: 'importing'; fileName: string }
  | { kind: 'failed'; fileName: string; reason: string }
  | { kind: 'notice'; fileName: string; story: StoryView; notices: ImportNotice[] };

/**
 * Import a .txt, .md, .html or .docx file as a new story. The file is read here and its bytes are
 * sent to the main process (never a path). Progress is shown; a failure says so plainly and that
 * nothing in the vault changed.
 */
export function ImportButton({ onImported }: { onImported: (story: StoryView) => void }) {
  const { t, i18n } = useTranslation();
  const toText = useErrorText();
  const noticeLang = i18n.language === 'es' ? 'es' : 'en';
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const busy = phase.kind === 'reading' || phase.kind === 'importing';

  const importFile = async (file: File) => {
    const fileName = file.name;
    if (file.size > MAX_IMPORT_BYTES) {
      setPhase({ kind: 'failed', fileName, reason: t('workspace.import.tooLarge') });
      return;
    }
    setPhase({ kind: 'reading', fileName, fraction: 0 });
    let base64: string;
    try {
      base64 = await readFileAsBase64(file, (fraction) => setPhase({ kind: 'reading', fileName, fraction }));
    } catch {
      setPhase({ kind: 'failed', fileName, reason: t('workspace.import.unreadable') });
      return;
    }
    setPhase({ kind: 'importing', fileName });
    const result = await harbor.story.import({ fileName, base64 });
    if (!result.ok) {
      setPhase({ kind: 'failed', fileName, reason: toText(result.error) });
      return;
    }
    const { notices, ...story } = result.value;
    // Something was left out (hidden Word text): say so before the story opens, not after.
    if (notices?.length) {
      setPhase({ kind: 'notice', fileName, story, notices });
      return;
    }
    setPhase({ kind: 'idle' });
    onImported(story);
  };

  return (
    <div className="import">
      <HiddenFileInput
        inputRef={inputRef}
        id={inputId}
        accept={IMPORT_ACCEPT}
        testId="import-input"
        onFile={(file) => void importFile(file)}
      />
      <button
        type="button"
        className="button button--quiet"
        disabled={busy}
        onClick={() => inputRef.current?.click()}
        title={t('workspace.import.hint')}
      >
        {t('workspace.import.button')}
      </button>
      {busy && (
        <div className="import__progress" role="status">
          <label htmlFor={`${inputId}-progress`}>
            {phase.kind === 'reading'
              ? t('workspace.import.reading', { name: phase.fileName })
              : t('workspace.import.importing', { name: phase.fileName })}
          </label>
          <progress id={`${inputId}-progress`} max={1} value={phase.kind === 'reading' ? phase.fraction : undefined} />
        </div>
      )}
      {phase.kind === 'failed' && (
        <div className="notice notice--error" role="alert">
          <p>{t('workspace.import.failed', { name: phase.fileName })}</p>
          <p>{phase.reason}</p>
          <p>{t('workspace.import.nothingChanged')}</p>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setPhase({ kind: 'idle' })}
          >
            {t('workspace.common.dismiss')}
          </button>
        </div>
      )}
      {phase.kind === 'notice' && (
        <div className="notice notice--caution" role="alert" data-testid="import-notice">
          <p>{t('workspace.import.imported', { name: phase.fileName })}</p>
          {phase.notices.map((notice) => (
            <p key={notice.key}>{formatErrorMessage(noticeLang, notice.key, notice.params)}</p>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              const { story } = phase;
              setPhase({ kind: 'idle' });
              onImported(story);
            }}
          >
            {t('workspace.import.open')}
          </button>
        </div>
      )}
    </div>
  );
}
