import { useEditorState, type Editor } from '@tiptap/react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ariaShortcut, shortcutLabel } from './shortcuts';
import { icons } from './icons';
import { SensitiveMenu } from './SensitiveMenu';
import {
  PASTE_PLAIN_SHORTCUT,
  PRIVATE_NOTE_ACTION,
  TOOLBAR_GROUPS,
  type ToolbarAction,
  type ToolbarActionId,
} from './toolbar-actions';
import { ToolbarMoreMenu } from './ToolbarMoreMenu';
import { useRovingFocus } from './use-roving-focus';
import './toolbar.css';

// What each button says: locale keys written out, so the lint rule and the compiler can check each.
const LABEL = {
  heading1: 'workspace.toolbar.heading1',
  heading2: 'workspace.toolbar.heading2',
  heading3: 'workspace.toolbar.heading3',
  bold: 'workspace.toolbar.bold',
  italic: 'workspace.toolbar.italic',
  underline: 'workspace.toolbar.underline',
  bulletList: 'workspace.toolbar.bulletList',
  orderedList: 'workspace.toolbar.orderedList',
  blockquote: 'workspace.toolbar.blockquote',
  undo: 'workspace.toolbar.undo',
  redo: 'workspace.toolbar.redo',
  privateNote: 'workspace.toolbar.privateNote',
} as const satisfies Record<ToolbarActionId, string>;

const ALL_ACTIONS = [...TOOLBAR_GROUPS.flat(), PRIVATE_NOTE_ACTION];

/**
 * The groups kept on a narrow toolbar (bold, italic, underline); the others, which have shortcuts
 * and are used less while writing, move into "More" (toolbar.css decides when).
 */
const KEPT_GROUP = TOOLBAR_GROUPS.findIndex((group) => group.some((a) => a.id === 'bold'));
const MORE_ACTIONS = TOOLBAR_GROUPS.filter((_, g) => g !== KEPT_GROUP).flat();

/**
 * The writing toolbar (one tab stop; arrow keys move along it). Each button names itself and its
 * shortcut; toggles say whether they are on with aria-pressed.
 */
export function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const roving = useRovingFocus<HTMLDivElement>();
  const status = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const { from, to, empty } = e.state.selection;
      return {
        ...Object.fromEntries(
          ALL_ACTIONS.map((a) => [a.id, { active: a.isActive?.(e) ?? false, enabled: a.isEnabled?.(e) ?? true }]),
        ),
        hasSelection: !empty && e.state.doc.textBetween(from, to, ' ').trim() !== '',
        onSensitive: e.isActive('sensitive'),
      } as Record<string, { active: boolean; enabled: boolean }> & { hasSelection: boolean; onSensitive: boolean };
    },
  });

  const button = (action: ToolbarAction, first: boolean) => {
    const label = t(LABEL[action.id]);
    const state = status[action.id]!;
    return (
      <button
        key={action.id}
        type="button"
        className={
          action.glyph
            ? `tool tool--glyph tool--${action.id}`
            : action.id === 'privateNote'
              ? 'tool tool--text tool--note'
              : 'tool'
        }
        data-roving=""
        tabIndex={first ? 0 : -1}
        // A glyph button (H1, B …) is named by hidden text, so its name is the words and the glyph stays a picture.
        aria-label={action.glyph ? undefined : label}
        aria-pressed={action.isActive ? state.active : undefined}
        aria-keyshortcuts={ariaShortcut(action.shortcut)}
        title={`${label} (${shortcutLabel(action.shortcut)})`}
        disabled={!state.enabled}
        // Keep the caret in the text when a button is clicked with the mouse.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => action.run(editor)}
      >
        {action.glyph ? (
          <>
            <span aria-hidden="true">{action.glyph}</span>
            <span className="visually-hidden">{label}</span>
          </>
        ) : action.id === 'privateNote' ? null : (
          icons[action.id as keyof typeof icons]
        )}
        {action.id === 'privateNote' && (
          <>
            {icons.note}
            <span aria-hidden="true">{label}</span>
          </>
        )}
      </button>
    );
  };

  return (
    <div className="toolbar-wrap">
      <div
        ref={roving.containerRef}
        role="toolbar"
        aria-label={t('workspace.toolbar.label')}
        aria-controls="story-body"
        className="toolbar"
        onKeyDown={roving.onKeyDown}
        onFocus={roving.onFocus}
      >
        {TOOLBAR_GROUPS.map((group, g) => {
          const folds = g !== KEPT_GROUP ? { 'data-folds': '' } : {};
          return (
            <Fragment key={g}>
              {g > 0 && <span className="toolbar__sep" aria-hidden="true" data-folds="" />}
              <div className="toolbar__group" {...folds}>
                {group.map((action, i) => button(action, g === 0 && i === 0))}
              </div>
            </Fragment>
          );
        })}
        <span className="toolbar__sep" aria-hidden="true" data-folds="" />
        <div className="toolbar__group">
          <SensitiveMenu editor={editor} hasSelection={status.hasSelection} onSensitive={status.onSensitive} />
          {button(PRIVATE_NOTE_ACTION, false)}
          <ToolbarMoreMenu
            editor={editor}
            actions={MORE_ACTIONS}
            labelOf={(action) => t(LABEL[action.id])}
            status={status}
          />
        </div>
      </div>
      <p className="toolbar__hint">
        {t('workspace.toolbar.pastePlain', { keys: shortcutLabel(PASTE_PLAIN_SHORTCUT) })}
      </p>
    </div>
  );
}
