import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { icons } from './icons';
import { useToolbarMenu } from './use-toolbar-menu';
import { shortcutLabel } from './shortcuts';
import type { ToolbarAction } from './toolbar-actions';

export interface ActionState {
  active: boolean;
  enabled: boolean;
}

/**
 * "More": where the less-used toolbar buttons go when the toolbar is narrow (toolbar.css shows this
 * button and hides those buttons together). A menu button: Enter, Space or Arrow Down opens it on
 * the first item, arrow keys move, Escape closes it and gives focus back. Choosing an item keeps
 * the caret where it was, since the command runs on the editor's own selection.
 */
export function ToolbarMoreMenu({
  editor,
  actions,
  labelOf,
  status,
}: {
  editor: Editor;
  actions: readonly ToolbarAction[];
  labelOf: (action: ToolbarAction) => string;
  status: Record<string, ActionState>;
}) {
  const { t } = useTranslation();
  const { open, setOpen, buttonRef, menuRef, menuId, onMenuKey } = useToolbarMenu();

  const choose = (action: ToolbarAction) => {
    if (!status[action.id]?.enabled) return;
    setOpen(false);
    action.run(editor);
  };

  return (
    <div className="menu-anchor toolbar__more">
      <button
        ref={buttonRef}
        type="button"
        className="tool tool--text"
        data-roving=""
        tabIndex={-1}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            e.stopPropagation();
            setOpen(true);
          }
        }}
      >
        <span>{t('workspace.toolbar.more')}</span>
        {icons.chevronDown}
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          className="menu"
          aria-label={t('workspace.toolbar.moreLabel')}
          onKeyDown={onMenuKey}
        >
          {actions.map((action) => {
            const state = status[action.id];
            const label = labelOf(action);
            return (
              <li key={action.id} role="none">
                <button
                  type="button"
                  role={action.isActive ? 'menuitemcheckbox' : 'menuitem'}
                  aria-checked={action.isActive ? (state?.active ?? false) : undefined}
                  aria-disabled={state?.enabled ? undefined : true}
                  tabIndex={-1}
                  className="menu__item menu__item--tool"
                  // Keep the caret in the text when an item is clicked with the mouse.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(action)}
                >
                  <span className="menu__glyph" aria-hidden="true">
                    {action.glyph ?? icons[action.id as keyof typeof icons]}
                  </span>
                  <span className="menu__label">{label}</span>
                  <span className="menu__keys" aria-hidden="true">
                    {shortcutLabel(action.shortcut)}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
