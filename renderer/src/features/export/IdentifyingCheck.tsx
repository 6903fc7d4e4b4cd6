import { useEditorState, type Editor } from '@tiptap/react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorName } from '../../../../shared/consent/identity';
import { useAnnouncer } from '../../ui/use-announcer';
import { registerOf } from '../../ui/document/extensions/detail-mentions';
import { docLanguage } from '../consent/public';
import { findUnmarkedDetails, type EditorFinding } from './editor-findings';
import { ClearFindingButton, FindingItem } from './FindingItem';
import { useFocusNextFinding } from './use-focus-next-finding';

/** Marks every occurrence with the finding's category, each as its own sensitive detail. */
function markAll(editor: Editor, finding: EditorFinding) {
  let chain = editor.chain();
  for (const range of finding.ranges) chain = chain.setTextSelection(range).markSensitive(finding.category);
  chain.run();
}

/**
 * The on-device identifying-detail check: what looks like an email, a phone number, an address,
 * a date or a name and is neither marked nor cleared. "Mark as sensitive" marks it in the story
 * (autosave keeps it); "Fine to share" leaves it as written and is remembered with the story.
 */
export function IdentifyingCheck({
  editor,
  cleared,
  author = null,
  onClear,
}: {
  editor: Editor;
  cleared: ReadonlySet<string>;
  /** The writer's own name: the consent's identity replaces it, so it is not asked about. */
  author?: AuthorName | null;
  /** Remembers the words as fine to share; false when that could not be saved. */
  onClear: (text: string) => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const lang = docLanguage(i18n.language);
  const findings = useEditorState({
    editor,
    // A detail marked once and written again is the release gate's to withhold: not asked about.
    selector: ({ editor: e }) =>
      findUnmarkedDetails(e.state.doc, lang, cleared, { registers: [registerOf(e.state)], author }),
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  const { message, announce } = useAnnouncer();
  const listRef = useRef<HTMLUListElement>(null);
  const focusAt = useFocusNextFinding(findings, listRef, '.finding__mark', () =>
    document.getElementById('identifying-check-title'),
  );

  return (
    <div className="identifying-check">
      <p className="ws-live" role="status" aria-live="polite">
        {message && <span key={message.key}>{message.text}</span>}
      </p>
      {findings.length === 0 ? (
        <p className="empty-note">{t('consent.export.check.none')}</p>
      ) : (
        <ul className="card-list" aria-label={t('consent.export.check.listLabel')} ref={listRef}>
          {findings.map((finding, index) => (
            <FindingItem
              key={finding.key}
              finding={finding}
              context={t('consent.export.check.context', { context: finding.context })}
            >
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
              <ClearFindingButton
                text={finding.text}
                onClear={() => {
                  focusAt.current = index;
                  void onClear(finding.text).then((ok) =>
                    announce(
                      ok
                        ? t('consent.export.check.cleared', { text: finding.text })
                        : t('consent.export.check.clearFailed'),
                    ),
                  );
                }}
              />
            </FindingItem>
          ))}
        </ul>
      )}
    </div>
  );
}
