import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const MAX_TAGS = 50;
const MAX_TAG_LENGTH = 60;

/** Tags for the library's filter: type one and press Enter (or a comma); each has a remove button. */
export function TagsField({ tags, onChange }: { tags: string[]; onChange: (tags: string[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');

  const add = () => {
    const tag = draft.trim().slice(0, MAX_TAG_LENGTH);
    setDraft('');
    if (!tag || tags.includes(tag) || tags.length >= MAX_TAGS) return;
    onChange([...tags, tag]);
  };

  return (
    <div className="tags-field">
      <label htmlFor={id} className="tags-field__label">
        {t('workspace.editor.tags')}
      </label>
      <ul className="tag-list" aria-label={t('workspace.editor.tagsList')}>
        {tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
            <button
              type="button"
              className="tag__remove"
              aria-label={t('workspace.editor.removeTag', { tag })}
              onClick={() => onChange(tags.filter((x) => x !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        className="tags-field__input"
        value={draft}
        maxLength={MAX_TAG_LENGTH}
        placeholder={t('workspace.editor.addTag')}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            add();
          }
        }}
        onBlur={add}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('workspace.editor.tagsHint')}
      </span>
    </div>
  );
}
