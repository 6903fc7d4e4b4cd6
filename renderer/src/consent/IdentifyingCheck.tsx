import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnouncer } from '../workspace/common/use-announcer';
import { docLanguage } from './doc-language';
import { findUnmarkedDetails, type EditorFinding } from './editor-findings';

/** Marks every occurrence with the finding's category, each as its own sensitive detail. */
function markAll(editor: Editor, finding: EditorFinding) {
  let chain = editor.chain();
  for (const range of finding.ranges) chain = chain.setTextSelection(range).markSensitive(finding.category);
  chain.run();
}

/**
 * The on-device identifying-detail check: what looks like an email, a phone number, an address,
 * a date or a name and is not marked yet. "Mark as sensitive" marks it in the story (autosave
 * keeps it); "Ignore" leaves it as written for the rest of this session.
 */
export function IdentifyingCheck({
  editor,
  ignored,
  onIgnore,
}: {
  editor: Editor;
  ignored: ReadonlySet<string>;
  onIgnore: (key: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = docLanguage(i18n.language);
  const findings = useEditorState({
    editor,
    selector: ({ editor: e }) => findUnmarkedDetails(e.state.doc, lang, ignored),
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  const { message, announce } = useAnnouncer();
  const listRef = useRef<HTMLUListElement>(null);
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    const at = focusAt.current;
    if (at === null) return;
    focusAt.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('.finding__mark');
    const target = buttons?.[Math.min(at, buttons.length - 1)] ?? document.getElementById('identifying-check-title');
    target?.focus();
  }, [findings]);

  return (
    <div className="identifying-check">
      <p className="ws-live" role="status" aria-live="polite">
        {message && <span key={message.key}>{message.text}</span>}
      </p>
      {findings.length === 0 ? (
        <p className="empty-note">{t('consent.export.check.none')}</p>
      ) : (
        <ul className="finding-list" aria-label={t('consent.export.check.listLabel')} ref={listRef}>
          {findings.map((finding, index) => (
            <li key={finding.key} className="finding" data-category={finding.category}>
              <p className="finding__what">
                <span className="swatch" data-sensitive={finding.category} aria-hidden="true" />
                <span className="finding__kind">{t(`consent.export.check.kinds.${finding.kind}`)}</span>
                <span className="finding__text">{finding.text}</span>
              </p>
              <p className="hint finding__context">{t('consent.export.check.context', { context: finding.context })}</p>
              <div className="finding__actions">
                <button
                  type="button"
                  className="button button--small finding__mark"
                  aria-label={t('consent.export.check.markOne', { text: finding.text })}
                  onClick={() => {
                    focusAt.current = index;
                    markAll(editor, finding);
                    announce(t('consent.export.check.marked', { text: finding.text }));
                  }}
                >
                  {t('consent.export.check.mark')}
                </button>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={t('consent.export.check.ignoreOne', { text: finding.text })}
                  onClick={() => {
                    focusAt.current = index;
                    onIgnore(finding.key);
                    announce(t('consent.export.check.ignored', { text: finding.text }));
                  }}
                >
                  {t('consent.export.check.ignore')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
