import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DetailRegister } from '../../../../../shared/story/detail-register';
import { mentionsOf, registerOf, type Mention } from '../../../ui/document/extensions/detail-mentions';
import { SENSITIVE_CATEGORIES, isSensitiveCategory } from '../../../ui/document/sensitive-categories';
import { findSensitiveDetails, type SensitiveDetail } from '../../../ui/document/sensitive-details';
import { shortcutLabel } from '../shortcuts';
import { MARK_SENSITIVE_SHORTCUT } from '../toolbar-actions';
import type { DetailRegisterControl } from '../use-detail-register';
import { useErrorText } from '../../../platform/use-error-text';
import { usePlural } from '../../../ui/use-plural';
import { DetailVariants } from './DetailVariants';
import { SENSITIVE_CATEGORY_LABEL } from '../../../i18n/concept-labels';

/**
 * Selects a range in the text and scrolls it into view, leaving the caret there for the writer.
 * A detail marked in several places is shown at its first.
 */
function select(editor: Editor, { from, to }: { from: number; to: number }) {
  editor.commands.setTextSelection({ from, to });
  // Focus now (TipTap's focus() waits a frame), so the selection is on screen at once.
  editor.view.focus();
  editor.commands.scrollIntoView();
}

/** The unmarked mention after the caret (from the top again after the last one). */
function nextMention(editor: Editor, mentions: Mention[]): Mention | undefined {
  const caret = editor.state.selection.to;
  return mentions.find((m) => m.from >= caret) ?? mentions[0];
}

interface RegisterView {
  register: DetailRegister;
  mentions: Map<string, Mention[]>;
}

/*
 * The panel re-renders when what it shows changes: a detail's words or kind, the register, how many
 * unmarked mentions a detail has. Not when typing moves them along the text, which is every
 * keystroke before the last of them: each render while the writer types costs React a walk of the
 * whole editable text (see StatusBar). Where they are is read when a button needs it.
 */
function sameRegisterView(a: RegisterView, b: RegisterView): boolean {
  if (a.register !== b.register || a.mentions.size !== b.mentions.size) return false;
  for (const [id, list] of a.mentions) if (b.mentions.get(id)?.length !== list.length) return false;
  return true;
}

function sameDetails(a: SensitiveDetail[], b: SensitiveDetail[]): boolean {
  return (
    a.length === b.length &&
    a.every((d, i) => d.id === b[i]!.id && d.category === b[i]!.category && d.text === b[i]!.text)
  );
}

/** Where a detail is now (the list's copy may be some keystrokes old). */
const segmentNow = (editor: Editor, id: string) =>
  findSensitiveDetails(editor.state.doc, editor.schema.marks.sensitive!).find((d) => d.id === id)?.segments[0];

const mentionsNow = (editor: Editor, id: string) => mentionsOf(editor.state).filter((m) => m.detailId === id);

/**
 * The story's sensitive details (names, places, dates …) in the order they appear: jump to one,
 * change what kind of detail it is, or unmark it.
 */
export function SensitivePanel({
  editor,
  registerControl,
}: {
  editor: Editor;
  registerControl: DetailRegisterControl;
}) {
  const { t } = useTranslation();
  const plural = usePlural();
  const toText = useErrorText();
  const details = useEditorState({
    editor,
    selector: ({ editor: e }) => findSensitiveDetails(e.state.doc, e.schema.marks.sensitive!),
    equalityFn: (a, b) => (a && b ? sameDetails(a, b) : a === b),
  });
  const { register, mentions } = useEditorState({
    editor,
    selector: ({ editor: e }): RegisterView => {
      const byDetail = new Map<string, Mention[]>();
      for (const m of mentionsOf(e.state)) byDetail.set(m.detailId, [...(byDetail.get(m.detailId) ?? []), m]);
      return { register: registerOf(e.state), mentions: byDetail };
    },
    equalityFn: (a, b) => (a && b ? sameRegisterView(a, b) : a === b),
  });
  const registerById = useMemo(() => new Map(register.map((d) => [d.id, d])), [register]);
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
    // Marking a detail's mentions changes only their count: the details list may be the same.
  }, [details, mentions]);

  return (
    <div className="panel-body" ref={listRef} tabIndex={-1}>
      <p className="hint">{t('workspace.sensitive.intro')}</p>
      {registerControl.error && (
        <div className="notice notice--error" role="alert">
          <p>{t('workspace.sensitive.variants.saveFailed')}</p>
          <p>{toText(registerControl.error)}</p>
        </div>
      )}
      {details.length === 0 ? (
        <p className="empty-note">{t('workspace.sensitive.empty', { keys: shortcutLabel(MARK_SENSITIVE_SHORTCUT) })}</p>
      ) : (
        <ul className="detail-list" aria-label={t('workspace.sensitive.listLabel')}>
          {details.map((detail, index) => {
            const entry = registerById.get(detail.id);
            const text = entry?.text ?? detail.text;
            const unmarked = mentions.get(detail.id) ?? [];
            return (
              <li key={detail.id} className="detail" data-category={detail.category}>
                <button
                  type="button"
                  className="detail__text"
                  onClick={() => {
                    const segment = segmentNow(editor, detail.id);
                    if (segment) select(editor, segment);
                  }}
                  aria-label={t('workspace.sensitive.jump', { text })}
                >
                  <span className="swatch" data-sensitive={detail.category} aria-hidden="true" />
                  <span className="detail__words">{text}</span>
                </button>
                <div className="detail__controls">
                  <label className="detail__category">
                    <span className="visually-hidden">{t('workspace.sensitive.categoryFor', { text })}</span>
                    <select
                      value={detail.category}
                      onChange={(e) => {
                        const category = e.target.value;
                        if (isSensitiveCategory(category)) editor.commands.setSensitiveCategory(detail.id, category);
                      }}
                    >
                      {SENSITIVE_CATEGORIES.map((c) => (
                        <option key={c} value={c}>
                          {t(SENSITIVE_CATEGORY_LABEL[c])}
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
                    aria-label={t('workspace.sensitive.unmarkOne', { text })}
                  >
                    {t('workspace.sensitive.unmark')}
                  </button>
                </div>
                {unmarked.length > 0 && (
                  <div className="detail__mentions">
                    <p>
                      <span className="mention-sample" aria-hidden="true" />
                      {plural('workspace.sensitive.mentions.count', unmarked.length)}
                    </p>
                    <div className="detail__mention-actions">
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        onClick={() => {
                          const next = nextMention(editor, mentionsNow(editor, detail.id));
                          if (next) select(editor, next);
                        }}
                        aria-label={t('workspace.sensitive.mentions.nextLabel', { text })}
                      >
                        {t('workspace.sensitive.mentions.next')}
                      </button>
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        onClick={() => {
                          // The button goes with the mentions it marked; focus stays on this detail.
                          focusAfter.current = index;
                          editor.commands.markMentions(detail.id);
                        }}
                        aria-label={t('workspace.sensitive.mentions.markAllLabel', { text })}
                      >
                        {t('workspace.sensitive.mentions.markAll')}
                      </button>
                    </div>
                  </div>
                )}
                {entry && <DetailVariants detail={entry} register={register} onChange={registerControl.save} />}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
