import type { Editor } from '@tiptap/react';
import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../platform/use-error-text';
import { usePlural } from '../../ui/use-plural';
import { storyStats } from './story-stats';
import { useDocTick } from './use-doc-tick';
import type { SaveStatusSource } from './use-story-autosave';
import './status-bar.css';

// Locale keys written out, so the lint rule and the compiler can check each.
const UNDER_ONE = {
  speaking: 'workspace.status.speakingUnderOne',
  reading: 'workspace.status.readingUnderOne',
} as const;
const MINUTES = { speaking: 'workspace.status.speaking', reading: 'workspace.status.reading' } as const;

/** Minutes as a person would say them: "under a minute", "about 1 minute", "about 12 minutes". */
function useMinutes() {
  const { t } = useTranslation();
  const plural = usePlural();
  return (key: keyof typeof MINUTES, minutes: number) =>
    minutes < 1 ? t(UNDER_ONE[key]) : plural(MINUTES[key], Math.max(1, Math.round(minutes)));
}

/**
 * Below the text: how long the story is (words, time to say it aloud at the speaking rate, time to
 * read it) and whether it is saved. A failed save says what happened, that the words are still
 * here, and offers Retry; Harbor also retries by itself. The counts follow the text on their own
 * schedule, and the save state reaches only this bar, so the editor around it does not re-render while
 * the writer types or a save comes and goes.
 */
export function StatusBar({
  editor,
  saveStatus,
  onRetry,
}: {
  editor: Editor;
  saveStatus: SaveStatusSource;
  onRetry: () => void;
}) {
  const { state: saveState, error: saveError } = useSyncExternalStore(saveStatus.subscribe, saveStatus.get);
  const { t } = useTranslation();
  const plural = usePlural();
  const minutes = useMinutes();
  const toText = useErrorText();
  const tick = useDocTick(editor);
  // tick stands for the document's content.
  const stats = useMemo(() => storyStats(editor.state.doc), [editor, tick]);
  return (
    <div className="status-bar">
      <p className="status-bar__stats" aria-label={t('workspace.status.statsLabel')}>
        <span data-testid="word-count">{plural('workspace.status.words', stats.words)}</span>
        <span aria-hidden="true">·</span>
        <span title={t('workspace.status.speakingHint', { wpm: stats.wordsPerMinute })}>
          {minutes('speaking', stats.speakingMinutes)}
        </span>
        <span aria-hidden="true">·</span>
        <span>{minutes('reading', stats.readingMinutes)}</span>
      </p>
      {saveState === 'error' ? (
        <div className="save-state save-state--error" role="alert">
          <p>{t('workspace.save.failed')}</p>
          {saveError && <p className="save-state__detail">{toText(saveError)}</p>}
          <button type="button" className="button button--small" onClick={onRetry}>
            {t('workspace.save.retry')}
          </button>
        </div>
      ) : (
        <p className="save-state" data-state={saveState} data-testid="save-state">
          {saveState === 'pending' || saveState === 'saving' ? t('workspace.save.saving') : t('workspace.save.saved')}
        </p>
      )}
    </div>
  );
}
