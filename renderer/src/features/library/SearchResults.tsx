import { useTranslation } from 'react-i18next';
import type { StorySearchHit } from '../../../../shared/ipc/contract';
import { Highlighted } from './Highlighted';
import { storyTitle } from './StoryCard';

/** Stories that match the search, each with a snippet whose matched words are highlighted. */
export function SearchResults({ hits, onOpen }: { hits: StorySearchHit[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <ul className="story-list" aria-label={t('workspace.search.resultsLabel')}>
      {hits.map((hit) => (
        <li key={hit.id} className="story-card">
          <h2 className="story-card__title">
            <button type="button" className="story-card__open" onClick={() => onOpen(hit.id)}>
              <Highlighted text={storyTitle(hit.title, t('workspace.library.untitled'))} terms={hit.terms} />
            </button>
          </h2>
          <p className="story-card__snippet">
            <Highlighted text={hit.snippet} terms={hit.terms} />
          </p>
        </li>
      ))}
    </ul>
  );
}
