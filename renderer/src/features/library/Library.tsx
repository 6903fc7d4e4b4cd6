import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorySummaryView } from '../../../../shared/ipc/contract';
import { harbor } from '../../platform/bridge';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useErrorText } from '../../platform/use-error-text';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useAnnouncer } from '../../ui/use-announcer';
import { usePlural } from '../../ui/use-plural';
import { ImportButton } from './ImportButton';
import { SearchResults } from './SearchResults';
import { StoryCard, storyTitle } from './StoryCard';
import { allTags, sortStories, SORT_KEYS, withTag, type SortKey } from './story-order';
import { TrashList } from './TrashList';
import { useStories } from './use-stories';
import { useStorySearch } from './use-story-search';
import './library.css';

export interface OpenOptions {
  isNew?: boolean;
}

/**
 * The library: every story with its date, length and tags; sort, tag filter and full-text search;
 * new story and import; and the Trash, which can be emptied only after a plain confirmation.
 */
export function Library({ onOpen }: { onOpen: (id: string, options?: OpenOptions) => void }) {
  const { t, i18n } = useTranslation();
  const toText = useErrorText();
  const plural = usePlural();
  const headingId = useId();
  const { state, reload } = useStories();
  const [view, setView] = useState<'stories' | 'trash'>('stories');
  const [sort, setSort] = useState<SortKey>('edited');
  const [tag, setTag] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const search = useStorySearch(query);
  const { message, announce } = useAnnouncer();
  const [undo, setUndo] = useState<StorySummaryView | null>(null);
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const [emptying, setEmptying] = useState(false);
  const [creating, setCreating] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const trashHeadingRef = useRef<HTMLHeadingElement>(null);

  const active = state.status === 'ready' ? state.active : [];
  const trashed = state.status === 'ready' ? state.trashed : [];
  const tags = useMemo(() => allTags(active, i18n.language), [active, i18n.language]);
  const shown = useMemo(
    () => sortStories(withTag(active, tag && tags.includes(tag) ? tag : null), sort, i18n.language),
    [active, tag, tags, sort, i18n.language],
  );

  const sortLabel: Record<SortKey, string> = {
    edited: t('workspace.library.sortEdited'),
    title: t('workspace.library.sortTitle'),
    length: t('workspace.library.sortLength'),
  };

  const createStory = async () => {
    setCreating(true);
    setActionError(null);
    const result = await harbor.story.create({});
    setCreating(false);
    if (result.ok) onOpen(result.value.id, { isNew: true });
    else setActionError(toText(result.error));
  };

  const trash = async (story: StorySummaryView) => {
    setActionError(null);
    const result = await harbor.story.trash({ id: story.id });
    if (!result.ok) return setActionError(toText(result.error));
    await reload();
    setUndo(story);
    announce(t('workspace.library.trashed', { title: storyTitle(story.title, t('workspace.library.untitled')) }));
  };

  const restore = async (story: StorySummaryView) => {
    setActionError(null);
    const result = await harbor.story.restore({ id: story.id });
    if (!result.ok) return setActionError(toText(result.error));
    setUndo(null);
    await reload();
    announce(t('workspace.trash.restored', { title: storyTitle(story.title, t('workspace.library.untitled')) }));
  };

  const emptyTrash = async () => {
    setEmptying(true);
    const result = await harbor.story.emptyTrash();
    setEmptying(false);
    setConfirmEmpty(false);
    if (!result.ok) return setActionError(toText(result.error));
    await reload();
    announce(plural('workspace.trash.emptied', result.value.removed));
    trashHeadingRef.current?.focus();
  };

  const searching = view === 'stories' && query.trim() !== '';
  const empty = state.status === 'ready' && active.length === 0;

  return (
    <section className="ws-library" aria-labelledby={headingId}>
      <div className="ws-library__head">
        <ScreenHeading id={headingId}>{t('workspace.library.title')}</ScreenHeading>
        <div className="ws-library__actions">
          {!empty && (
            <button type="button" className="button" onClick={() => void createStory()} disabled={creating}>
              {t('workspace.library.newStory')}
            </button>
          )}
          <ImportButton
            onImported={(story) => {
              void reload();
              onOpen(story.id);
            }}
          />
        </div>
      </div>

      <div className="ws-library__tools" hidden={trashed.length === 0 && view === 'stories'}>
        <div className="segmented" role="group" aria-label={t('workspace.library.viewLabel')}>
          <button type="button" aria-pressed={view === 'stories'} onClick={() => setView('stories')}>
            {t('workspace.library.viewStories')}
          </button>
          <button type="button" aria-pressed={view === 'trash'} onClick={() => setView('trash')}>
            {t('workspace.trash.view', { n: trashed.length })}
          </button>
        </div>
      </div>

      <div className="ws-live" aria-live="polite" role="status">
        {message && (
          <p key={message.key} className="notice">
            {message.text}
            {undo && view === 'stories' && (
              <>
                {' '}
                <button type="button" className="link-button" onClick={() => void restore(undo)}>
                  {t('workspace.library.undoTrash')}
                </button>
              </>
            )}
          </p>
        )}
      </div>
      {actionError && (
        <p className="notice notice--error" role="alert">
          {actionError}
        </p>
      )}

      {state.status === 'loading' && <p className="hint">{t('workspace.library.loading')}</p>}
      {state.status === 'error' && (
        <div className="notice notice--error" role="alert">
          <p>{t('workspace.library.loadFailed')}</p>
          <p>{toText(state.error)}</p>
          <button type="button" className="button button--quiet button--small" onClick={() => void reload()}>
            {t('workspace.common.tryAgain')}
          </button>
        </div>
      )}

      {state.status === 'ready' && view === 'stories' && (
        <>
          <div className="ws-library__filters" hidden={empty}>
            <div role="search" className="field field--search">
              <label htmlFor={`${headingId}-search`}>{t('workspace.search.label')}</label>
              <input
                id={`${headingId}-search`}
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                autoComplete="off"
                spellCheck={false}
              />
            </div>
            {!searching && (
              <>
                <div className="field">
                  <label htmlFor={`${headingId}-sort`}>{t('workspace.library.sortLabel')}</label>
                  <select id={`${headingId}-sort`} value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
                    {SORT_KEYS.map((key) => (
                      <option key={key} value={key}>
                        {sortLabel[key]}
                      </option>
                    ))}
                  </select>
                </div>
                {tags.length > 0 && (
                  <div className="field">
                    <label htmlFor={`${headingId}-tag`}>{t('workspace.library.tagLabel')}</label>
                    <select id={`${headingId}-tag`} value={tag ?? ''} onChange={(e) => setTag(e.target.value || null)}>
                      <option value="">{t('workspace.library.allTags')}</option>
                      {tags.map((name) => (
                        <option key={name} value={name}>
                          {name}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
              </>
            )}
          </div>

          {searching ? (
            <SearchArea search={search} onOpen={onOpen} />
          ) : active.length === 0 ? (
            // One gentle way to begin (the header's "New story" stands aside until there is a story).
            <div className="empty-state">
              <p className="lead">{t('workspace.library.empty')}</p>
              <button type="button" className="button" onClick={() => void createStory()} disabled={creating}>
                {t('workspace.library.start')}
              </button>
              <p className="hint">{t('workspace.library.emptyHint')}</p>
            </div>
          ) : (
            <ul className="story-list" aria-label={t('workspace.library.listLabel')}>
              {shown.map((story) => (
                <StoryCard key={story.id} story={story} onOpen={onOpen} onTrash={(s) => void trash(s)} />
              ))}
            </ul>
          )}
        </>
      )}

      {state.status === 'ready' && view === 'trash' && (
        <div className="ws-trash">
          <h2 ref={trashHeadingRef} tabIndex={-1} className="ws-section-title">
            {t('workspace.trash.title')}
          </h2>
          <p className="hint">{t('workspace.trash.explain')}</p>
          {trashed.length === 0 ? (
            <p className="empty-note">{t('workspace.trash.empty')}</p>
          ) : (
            <>
              <button type="button" className="button button--danger-quiet" onClick={() => setConfirmEmpty(true)}>
                {t('workspace.trash.emptyButton')}
              </button>
              <TrashList stories={trashed} onRestore={(s) => void restore(s)} />
            </>
          )}
        </div>
      )}

      {confirmEmpty && (
        <ConfirmDialog
          title={t('workspace.trash.confirmTitle')}
          confirmLabel={t('workspace.trash.confirmYes')}
          cancelLabel={plural('workspace.trash.confirmNo', trashed.length)}
          destructive
          busy={emptying}
          onConfirm={() => void emptyTrash()}
          onCancel={() => setConfirmEmpty(false)}
        >
          <p>{plural('workspace.trash.confirmBody', trashed.length)}</p>
          <p className="strong">{plural('workspace.trash.cannotUndo', trashed.length)}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function SearchArea({ search, onOpen }: { search: ReturnType<typeof useStorySearch>; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const plural = usePlural();
  return (
    <div className="ws-search">
      <p className="hint" role="status">
        {search.status === 'searching' && t('workspace.search.searching')}
        {search.status === 'done' &&
          (search.hits.length === 0
            ? t('workspace.search.none', { query: search.query })
            : plural('workspace.search.found', search.hits.length))}
      </p>
      {search.status === 'error' && (
        <p className="notice notice--error" role="alert">
          {toText(search.error)}
        </p>
      )}
      {search.status === 'done' && search.hits.length > 0 && <SearchResults hits={search.hits} onOpen={onOpen} />}
    </div>
  );
}
