import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SENSITIVE_CATEGORIES, isSensitiveCategory } from '../../editor/sensitive-categories';
import { findSensitiveDetails, type SensitiveDetail } from '../../editor/sensitive-details';
import { shortcutLabel } from '../../editor/shortcuts';
import { MARK_SENSITIVE_SHORTCUT } from '../editor/toolbar-actions';

/** Selects a detail in the text and scrolls it into view, leaving the caret there for the writer. */
function jumpTo(editor: Editor, detail: SensitiveDetail) {
  const first = detail.segments[0]!;
  const last = detail.segments[detail.segments.length - 1]!;
  editor.commands.setTextSelection({ from: first.from, to: last.to });
  // Focus now (TipTap's focus() waits a frame), so the selection is on screen at once.
  editor.view.focus();
  editor.commands.scrollIntoView();
}

/**
 * The story's sensitive details (names, places, dates …) in the order they appear: jump to one,
 * change what kind of detail it is, or unmark it.
 */
export function SensitivePanel({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const details = useEditorState({
    editor,
    selector: ({ editor: e }) => findSensitiveDetails(e.state.doc, e.schema.marks.sensitive!),
  });
  const listRef = useRef<HTMLDivElement>(null);
  // After an unmark the item is gone: focus moves to the next one (or the panel) instead of nowhere.
  const focusAfter = useRef<number | null>(null);
  useEffect(() => {
    const at = focusAfter.current;
    if (at === null) return;
    focusAfter.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('.detail__text');
    const target = buttons?.[Math.min(at, buttons.length - 1)] ?? listRef.current;
    target?.focus();
  }, [details]);

  return (
    <div className="panel-body" ref={listRef} tabIndex={-1}>
      <p className="hint">{t('workspace.sensitive.intro')}</p>
      {details.length === 0 ? (
        <p className="empty-note">{t('workspace.sensitive.empty', { keys: shortcutLabel(MARK_SENSITIVE_SHORTCUT) })}</p>
      ) : (
        <ul className="detail-list" aria-label={t('workspace.sensitive.listLabel')}>
          {details.map((detail, index) => (
            <li key={detail.id} className="detail" data-category={detail.category}>
              <button
                type="button"
                className="detail__text"
                onClick={() => jumpTo(editor, detail)}
                aria-label={t('workspace.sensitive.jump', { text: detail.text })}
              >
                <span className="swatch" data-sensitive={detail.category} aria-hidden="true" />
                <span className="detail__words">{detail.text}</span>
              </button>
              <div className="detail__controls">
                <label className="detail__category">
                  <span className="visually-hidden">{t('workspace.sensitive.categoryFor', { text: detail.text })}</span>
                  <select
                    value={detail.category}
                    onChange={(e) => {
                      const category = e.target.value;
                      if (isSensitiveCategory(category)) editor.commands.setSensitiveCategory(detail.id, category);
                    }}
                  >
                    {SENSITIVE_CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {t(`workspace.sensitive.categories.${c}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => {
                    focusAfter.current = index;
                    editor.commands.unmarkSensitiveById(detail.id);
                  }}
                  aria-label={t('workspace.sensitive.unmarkOne', { text: detail.text })}
                >
                  {t('workspace.sensitive.unmark')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
