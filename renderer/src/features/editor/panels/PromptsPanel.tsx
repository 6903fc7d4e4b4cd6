import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROMPT_KEYS, type PromptKey } from './prompts';

// Locale keys written out, one per prompt, so the lint rule and the compiler can check each.
const PROMPT_TEXT = {
  lawmakers: 'workspace.prompts.items.lawmakers',
  helped: 'workspace.prompts.items.helped',
  beyond: 'workspace.prompts.items.beyond',
  change: 'workspace.prompts.items.change',
  strength: 'workspace.prompts.items.strength',
  firstNotice: 'workspace.prompts.items.firstNotice',
  support: 'workspace.prompts.items.support',
  future: 'workspace.prompts.items.future',
} as const satisfies Record<PromptKey, string>;

/** Adds the prompt as a heading after the block the caret is in, with an empty line to write on. */
function insertAsHeading(editor: Editor, text: string) {
  const { $from } = editor.state.selection;
  const block = $from.depth > 0 ? $from.node(1) : null;
  // On an empty line the heading takes its place; otherwise it goes after the current block.
  const at =
    block === null
      ? editor.state.doc.content.size
      : block.type.name === 'paragraph' && block.content.size === 0
        ? { from: $from.before(1), to: $from.after(1) }
        : $from.after(1);
  editor
    .chain()
    .insertContentAt(at, [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] },
      { type: 'paragraph' },
    ])
    .run();
  // The caret goes to the empty line under the new heading (the heading is its text + 2).
  const caret = (typeof at === 'number' ? at : at.from) + text.length + 3;
  editor.view.focus();
  // ProseMirror reuses the replaced paragraph's DOM node for the new empty one and then believes the
  // browser's caret is already there; in Chromium it is not, and typing lands in the heading. Moving
  // the selection away and back makes ProseMirror write the caret to the DOM for real.
  editor.commands.setTextSelection(caret - 2);
  editor.commands.setTextSelection(caret);
  editor.commands.scrollIntoView();
}

/**
 * Ideas to write from, if the writer wants them: read one, add it as a heading, or skip it. And a
 * way to stop at any moment: "Take a break" saves and locks Harbor at once.
 */
export function PromptsPanel({
  editor,
  onTakeBreak,
  breakError,
  onLockAnyway,
  takingBreak,
}: {
  editor: Editor;
  onTakeBreak: () => void;
  breakError: string | null;
  onLockAnyway: () => void;
  takingBreak: boolean;
}) {
  const { t } = useTranslation();
  const [skipped, setSkipped] = useState<PromptKey[]>([]);
  const prompts = PROMPT_KEYS.filter((k) => !skipped.includes(k));
  const listRef = useRef<HTMLUListElement>(null);
  const introRef = useRef<HTMLParagraphElement>(null);
  // A skipped prompt disappears; focus moves to the next one rather than being lost.
  const focusAfter = useRef<number | null>(null);
  useEffect(() => {
    const at = focusAfter.current;
    if (at === null) return;
    focusAfter.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('.prompt__actions button:first-child');
    (buttons?.[Math.min(at, buttons.length - 1)] ?? introRef.current)?.focus();
  }, [skipped]);

  return (
    <div className="panel-body">
      <div className="break-box">
        <button type="button" className="button" onClick={onTakeBreak} disabled={takingBreak}>
          {takingBreak ? t('workspace.prompts.takingBreak') : t('workspace.prompts.takeBreak')}
        </button>
        <p className="hint">{t('workspace.prompts.breakHint')}</p>
        {breakError && (
          <div className="notice notice--error" role="alert">
            <p>{breakError}</p>
            <div className="notice__actions">
              <button type="button" className="button button--small" onClick={onTakeBreak}>
                {t('workspace.common.tryAgain')}
              </button>
              <button type="button" className="button button--quiet button--small" onClick={onLockAnyway}>
                {t('workspace.prompts.lockAnyway')}
              </button>
            </div>
          </div>
        )}
      </div>

      <p className="hint" ref={introRef} tabIndex={-1}>
        {t('workspace.prompts.intro')}
      </p>
      <ul ref={listRef} className="prompt-list" aria-label={t('workspace.prompts.listLabel')}>
        {prompts.map((key, index) => {
          const text = t(PROMPT_TEXT[key]);
          return (
            <li key={key} className="prompt">
              <p className="prompt__text">{text}</p>
              <div className="prompt__actions">
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => insertAsHeading(editor, text)}
                  aria-label={t('workspace.prompts.addOne', { prompt: text })}
                >
                  {t('workspace.prompts.add')}
                </button>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => {
                    focusAfter.current = index;
                    setSkipped((s) => [...s, key]);
                  }}
                  aria-label={t('workspace.prompts.skipOne', { prompt: text })}
                >
                  {t('workspace.prompts.skip')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {prompts.length === 0 && <p className="empty-note">{t('workspace.prompts.allSkipped')}</p>}
      {skipped.length > 0 && (
        <button type="button" className="button button--quiet button--small" onClick={() => setSkipped([])}>
          {t('workspace.prompts.showAgain')}
        </button>
      )}
    </div>
  );
}
