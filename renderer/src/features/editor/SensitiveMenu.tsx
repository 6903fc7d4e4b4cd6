import type { Editor } from '@tiptap/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { foldDetailText, type RegisterDetail } from '../../../../shared/story/detail-register';
import { registerOf } from '../../ui/document/extensions/detail-mentions';
import { SENSITIVE_CATEGORIES, type SensitiveCategory } from '../../ui/document/sensitive-categories';
import { ariaShortcut, shortcutLabel } from './shortcuts';
import { icons } from './icons';
import { useToolbarMenu } from './use-toolbar-menu';
import { MARK_SENSITIVE_SHORTCUT } from './toolbar-actions';
import './toolbar.css';
import { SENSITIVE_CATEGORY_LABEL } from '../../i18n/concept-labels';

/** At most this many known details are offered to join, so the menu stays short. */
const JOIN_CHOICES = 6;

const wordsOf = (s: string) =>
  new Set(
    foldDetailText(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

/**
 * Known details the selection could be another way of writing: those sharing a word with it first
 * ("Vance" and "Teodoro Vance"), then the rest in story order.
 */
function joinChoices(editor: Editor): RegisterDetail[] {
  const { from, to } = editor.state.selection;
  const selected = wordsOf(editor.state.doc.textBetween(from, to, ' '));
  const shares = (d: RegisterDetail) =>
    [d.text, ...d.variants.map((v) => v.text)].some((t) => [...wordsOf(t)].some((w) => selected.has(w)));
  const register = registerOf(editor.state);
  return [...register.filter(shares), ...register.filter((d) => !shares(d))].slice(0, JOIN_CHOICES);
}

/**
 * "Mark as sensitive": a menu button whose menu lists the categories (and "Unmark" when the caret
 * is on a marked detail). Arrow keys move through the menu, Escape closes it and returns focus.
 */
export function SensitiveMenu({
  editor,
  hasSelection,
  onSensitive,
}: {
  editor: Editor;
  hasSelection: boolean;
  onSensitive: boolean;
}) {
  const { t } = useTranslation();
  const { open, setOpen, buttonRef, menuRef, menuId, onMenuKey } = useToolbarMenu();
  const hintId = useId();
  const usable = hasSelection || onSensitive;

  const joinable = open && hasSelection ? joinChoices(editor) : [];

  const choose = (category: SensitiveCategory | null, joinId?: string) => {
    setOpen(false);
    if (category) editor.chain().focus().markSensitive(category, joinId).run();
    else editor.chain().focus().unmarkSensitive().run();
  };

  const label = t('workspace.toolbar.markSensitive');
  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="tool tool--text"
        data-roving=""
        tabIndex={-1}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-disabled={!usable}
        aria-describedby={usable ? undefined : hintId}
        aria-keyshortcuts={ariaShortcut(MARK_SENSITIVE_SHORTCUT)}
        title={`${label} (${shortcutLabel(MARK_SENSITIVE_SHORTCUT)})`}
        onClick={() => (usable ? setOpen((o) => !o) : undefined)}
        onKeyDown={(e) => {
          if (usable && e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {icons.sensitive}
        <span>{label}</span>
        {icons.chevronDown}
      </button>
      <span id={hintId} className="visually-hidden">
        {t('workspace.toolbar.selectFirst')}
      </span>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          className="menu"
          aria-label={t('workspace.sensitive.menuLabel')}
          onKeyDown={onMenuKey}
        >
          {hasSelection &&
            SENSITIVE_CATEGORIES.map((category) => (
              <li key={category} role="none">
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="menu__item"
                  data-category={category}
                  onClick={() => choose(category)}
                >
                  <span className="swatch" data-sensitive={category} aria-hidden="true" />
                  {t(SENSITIVE_CATEGORY_LABEL[category])}
                </button>
              </li>
            ))}
          {joinable.length > 0 && (
            <li role="none">
              <ul role="group" className="menu__group" aria-label={t('workspace.sensitive.joinLabel')}>
                {joinable.map((detail) => (
                  <li key={detail.id} role="none">
                    <button
                      type="button"
                      role="menuitem"
                      tabIndex={-1}
                      className="menu__item"
                      onClick={() => choose(detail.category, detail.id)}
                    >
                      <span className="swatch" data-sensitive={detail.category} aria-hidden="true" />
                      {t('workspace.sensitive.joinOne', { text: detail.text })}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          )}
          {onSensitive && (
            <li role="none">
              <button type="button" role="menuitem" tabIndex={-1} className="menu__item" onClick={() => choose(null)}>
                {t('workspace.sensitive.unmark')}
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
