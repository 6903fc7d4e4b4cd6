import { useTranslation } from 'react-i18next';
import type { StorySummaryView } from '../../../../shared/ipc/contract';
import { useFormatters } from '../../ui/use-formatters';
import { storyTitle } from './StoryCard';

/** Stories in the trash: each can come back; emptying the trash is the caller's (confirmed) action. */
export function TrashList({
  stories,
  onRestore,
}: {
  stories: StorySummaryView[];
  onRestore: (story: StorySummaryView) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <ul className="story-list" aria-label={t('workspace.trash.listLabel')}>
      {stories.map((story) => {
        const title = storyTitle(story.title, t('workspace.library.untitled'));
        return (
          <li key={story.id} className="story-card story-card--trashed">
            <h2 className="story-card__title">{title}</h2>
            <p className="story-card__meta">
              {t('workspace.trash.trashedOn', { date: fmt.dateTime(story.trashedAt ?? story.updatedAt) })}
            </p>
            <div className="story-card__actions">
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => onRestore(story)}
                aria-label={t('workspace.trash.restoreOne', { title })}
              >
                {t('workspace.trash.restore')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
