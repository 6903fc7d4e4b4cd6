import { EditorContent, useEditor, type JSONContent } from '@tiptap/react';
import { useId, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionView, StoryView } from '../../../../shared/ipc/contract';
import { harborExtensions } from '../../ui/document/extensions/harbor-extensions';
import { harbor } from '../../platform/bridge';
import { useIpc } from '../../platform/use-ipc';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';
import { cssString } from '../../ui/css-string';
import { useFormatters } from '../../ui/use-formatters';
import '../../ui/document/writing-surface.css';
import './versions.css';

/** One old version, read-only, in the same typography as the editor. */
function ReadOnlyStory({ story }: { story: StoryView }) {
  const { t } = useTranslation();
  const editor = useEditor(
    {
      extensions: harborExtensions(),
      content: story.doc as JSONContent,
      editable: false,
      immediatelyRender: true,
      injectCSS: false,
      editorProps: {
        attributes: {
          class: 'writing-surface',
          'aria-label': t('workspace.versions.readOnlyLabel'),
          'aria-readonly': 'true',
        },
      },
    },
    [story.revision],
  );
  return (
    <article
      className="writing writing--readonly"
      style={{ '--private-note-label': cssString(t('workspace.editor.privateNoteLabel')) } as CSSProperties}
    >
      <p className="writing__title-readonly">{story.title.trim() || t('workspace.library.untitled')}</p>
      <EditorContent editor={editor} />
    </article>
  );
}

/** Shows a version as it was; from here it can be restored (as a new version; nothing is overwritten). */
export function RevisionViewer({
  storyId,
  revision,
  restoring,
  onRestore,
  onClose,
}: {
  storyId: string;
  revision: RevisionView;
  restoring: boolean;
  onRestore: (revision: RevisionView) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const headingId = useId();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const loaded = useIpc(
    () => harbor.story.revision({ id: storyId, revision: revision.revision }),
    [storyId, revision.revision],
  );

  return (
    <section className="version-view" aria-labelledby={headingId}>
      <div className="version-view__head">
        <div>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="ws-section-title">
            {revision.revisionName
              ? t('workspace.versions.viewingNamed', { name: revision.revisionName })
              : t('workspace.versions.viewing')}
          </h2>
          <p className="hint">{t('workspace.versions.savedAt', { when: fmt.preciseDateTime(revision.savedAt) })}</p>
        </div>
        <div className="version-view__actions">
          <button
            type="button"
            className="button"
            onClick={() => onRestore(revision)}
            disabled={restoring || loaded.status !== 'done'}
          >
            {restoring ? t('workspace.versions.restoring') : t('workspace.versions.restore')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('workspace.versions.backToWriting')}
          </button>
        </div>
      </div>
      <p className="hint">{t('workspace.versions.restoreExplain')}</p>
      {loaded.status === 'loading' && <p className="hint">{t('workspace.versions.loading')}</p>}
      {loaded.status === 'error' && (
        <p className="notice notice--error" role="alert">
          {loaded.errorText}
        </p>
      )}
      {loaded.status === 'done' && <ReadOnlyStory story={loaded.value} />}
    </section>
  );
}
