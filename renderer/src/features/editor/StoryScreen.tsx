import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryView } from '../../../../shared/ipc/contract';
import type { IpcError } from '../../../../shared/ipc/result';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { StoryEditor, type StoryEditorProps } from './StoryEditor';

type Loaded = { status: 'loading' } | { status: 'error'; error: IpcError } | { status: 'ready'; story: StoryView };

/** Opens one story (story:get), then the editor; a failure to open says so and offers the way back. */
export function StoryScreen({ storyId, ...props }: { storyId: string } & Omit<StoryEditorProps, 'story'>) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  const load = useCallback(async () => {
    setLoaded({ status: 'loading' });
    const result = await harbor.story.get({ id: storyId });
    setLoaded(result.ok ? { status: 'ready', story: result.value } : { status: 'error', error: result.error });
  }, [storyId]);

  useEffect(() => {
    void load();
  }, [load]);

  if (loaded.status === 'ready') return <StoryEditor key={loaded.story.id} story={loaded.story} {...props} />;
  return (
    <section className="story-screen story-screen--message" aria-busy={loaded.status === 'loading'}>
      {loaded.status === 'loading' ? (
        <p className="hint" role="status">
          {t('workspace.editor.opening')}
        </p>
      ) : (
        <div className="notice notice--error" role="alert">
          <p>{t('workspace.editor.openFailed')}</p>
          <p>{toText(loaded.error)}</p>
          <div className="notice__actions">
            <button type="button" className="button button--small" onClick={() => void load()}>
              {t('workspace.common.tryAgain')}
            </button>
            <button type="button" className="button button--quiet button--small" onClick={props.onClose}>
              {t('workspace.editor.backToLibrary')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
