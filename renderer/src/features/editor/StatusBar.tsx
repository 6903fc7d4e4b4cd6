import type { Editor } from '@tiptap/react';
import { useCallback, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../platform/use-error-text';
import { ContainedText } from '../../ui/ContainedText';
import { usePlural } from '../../ui/use-plural';
import { storyStats } from './story-stats';
import { useDocChanges } from './use-doc-changes';
import type { SaveStatus, SaveStatusSource } from './use-story-autosave';
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

/** The save status while it is a failure (the bar then shows the alert); null while it is not. */
const failure = (status: SaveStatus): SaveStatus | null => (status.state === 'error' ? status : null);

/**
 * Below the text: how long the story is (words, time to say it aloud at the speaking rate, time to
 * read it) and whether it is saved. A failed save says what happened, that the words are still
 * here, and offers Retry; Harbor also retries by itself.
 *
 * While the writer types, the counts and "Saving…"/"Saved" are written straight into their
 * elements, not through a React render: every React commit while the text has focus makes React
 * walk the whole editable text to note the selection (React DOM's getSelectionInformation), a few
 * milliseconds in a book-length story, and these updates come every few keystrokes and at each
 * save. React renders the bar only when a save fails or recovers, or the language changes; each
 * render writes the current values again, so the two never disagree. Measured against the bar
 * rendered by React (typing benchmark, 50,000 words, interleaved): about 0.4 ms less script a key
 * on average; the keystroke p95 did not differ beyond the noise of a shared machine.
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
  const failed = useSyncExternalStore(saveStatus.subscribe, () => failure(saveStatus.get()));
  const { t } = useTranslation();
  const plural = usePlural();
  const minutes = useMinutes();
  const toText = useErrorText();
  const words = useRef<HTMLSpanElement>(null);
  const speaking = useRef<HTMLSpanElement>(null);
  const reading = useRef<HTMLSpanElement>(null);
  const state = useRef<HTMLParagraphElement>(null);
  const stateWord = useRef<HTMLSpanElement>(null);

  const writeCounts = useCallback(() => {
    const stats = storyStats(editor.state.doc);
    const set = (el: HTMLElement | null, text: string) => {
      if (el && el.textContent !== text) el.textContent = text;
    };
    set(words.current, plural('workspace.status.words', stats.words));
    set(speaking.current, minutes('speaking', stats.speakingMinutes));
    set(reading.current, minutes('reading', stats.readingMinutes));
    speaking.current?.setAttribute('title', t('workspace.status.speakingHint', { wpm: stats.wordsPerMinute }));
    // minutes() is a new function each render; the values it reads (t, plural) are in the deps.
  }, [editor, plural, t]);
  const writeState = useCallback(() => {
    const el = state.current;
    const word = stateWord.current;
    if (!el || !word) return;
    const now = saveStatus.get().state;
    const text = now === 'pending' || now === 'saving' ? t('workspace.save.saving') : t('workspace.save.saved');
    if (el.dataset.state !== now) el.dataset.state = now;
    if (word.textContent !== text) word.textContent = text;
  }, [saveStatus, t]);

  useDocChanges(editor, writeCounts);
  useLayoutEffect(() => saveStatus.subscribe(writeState), [saveStatus, writeState]);
  // After every render (the first, a language change, an error shown or gone): the values as they are now.
  useLayoutEffect(() => {
    writeCounts();
    writeState();
  });

  return (
    <div className="status-bar">
      {/* A group, so that its name ("Length") is read: a plain paragraph's label is ignored. */}
      <p className="status-bar__stats" role="group" aria-label={t('workspace.status.statsLabel')}>
        {/* Each value is a ContainedText: counts change every few keystrokes, "Saving…" at each save. */}
        <span className="status-bar__item">
          <ContainedText>
            <span ref={words} data-testid="word-count" />
          </ContainedText>
        </span>
        {/* Each "·" goes to a new line with the count it introduces, never left at the end of one. */}
        <span className="status-bar__item">
          <span className="status-bar__dot" aria-hidden="true">
            ·
          </span>
          <ContainedText>
            <span ref={speaking} />
          </ContainedText>
        </span>
        <span className="status-bar__item">
          <span className="status-bar__dot" aria-hidden="true">
            ·
          </span>
          <ContainedText>
            <span ref={reading} />
          </ContainedText>
        </span>
      </p>
      {failed ? (
        <div className="save-state save-state--error" role="alert">
          <p>{t('workspace.save.failed')}</p>
          {failed.error && <p className="save-state__detail">{toText(failed.error)}</p>}
          <button type="button" className="button button--small" onClick={onRetry}>
            {t('workspace.save.retry')}
          </button>
        </div>
      ) : (
        <p ref={state} className="save-state" data-testid="save-state">
          {/* Sized for the wider of the two words (both drawn hidden by the CSS), so that a save
              changes the word inside this box and never the layout of the page. */}
          <ContainedText>
            <span
              className="save-state__words"
              data-saving={t('workspace.save.saving')}
              data-saved={t('workspace.save.saved')}
            >
              <span ref={stateWord} className="save-state__word" />
            </span>
          </ContainedText>
        </p>
      )}
    </div>
  );
}
