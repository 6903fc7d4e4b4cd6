import { useTranslation } from 'react-i18next';
import type { StorySummaryView } from '../../../../shared/ipc/contract';
import { useFormatters } from '../../ui/use-formatters';
import { usePlural } from '../../ui/use-plural';
import { DOT_SEPARATOR } from '../../ui/dot-separated';

export function storyTitle(title: string, untitled: string): string {
  return title.trim() || untitled;
}

/** One story in the library: open it by its title; its date, length and tags beneath. */
export function StoryCard({
  story,
  onOpen,
  onTrash,
}: {
  story: StorySummaryView;
  onOpen: (id: string) => void;
  onTrash: (story: StorySummaryView) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const plural = usePlural();
  const title = storyTitle(story.title, t('workspace.library.untitled'));
  return (
    <li className="story-card">
      <h2 className="story-card__title">
        <button type="button" className="story-card__open" onClick={() => onOpen(story.id)}>
          {title}
        </button>
      </h2>
      <p className="story-card__meta">
        <span>{t('workspace.library.edited', { date: fmt.dateTime(story.updatedAt) })}</span>
        <span aria-hidden="true">{DOT_SEPARATOR}</span>
        <span>{plural('workspace.library.words', story.wordCount)}</span>
      </p>
      {story.tags.length > 0 && (
        <ul className="tag-list" aria-label={t('workspace.library.tagsLabel')}>
          {story.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <div className="story-card__actions">
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => onTrash(story)}
          aria-label={t('workspace.library.trashOne', { title })}
        >
          {t('workspace.library.trash')}
        </button>
      </div>
    </li>
  );
}
