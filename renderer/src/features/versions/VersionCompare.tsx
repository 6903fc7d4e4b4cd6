import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionView, StoryDoc } from '../../../../shared/ipc/contract';
import { ok } from '../../../../shared/ipc/result';
import { docToPlainText } from '../../../../shared/story';
import { harbor } from '../../platform/bridge';
import { useIpc } from '../../platform/use-ipc';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';
import { call } from '../../platform/call';
import { useFormatters } from '../../ui/use-formatters';
import { usePlural } from '../../ui/use-plural';
import { sideBySide, type DiffPart } from './side-by-side';
import './versions.css';

function Parts({ parts }: { parts: DiffPart[] }) {
  const { t } = useTranslation();
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'removed' ? (
          <del key={i}>
            <span className="visually-hidden">{t('workspace.versions.removedMarker')}</span>
            {part.text}
          </del>
        ) : part.kind === 'added' ? (
          <ins key={i}>
            <span className="visually-hidden">{t('workspace.versions.addedMarker')}</span>
            {part.text}
          </ins>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

/**
 * Plain text of a version as a person reads it (list markers, notes labelled), title first, so a
 * changed title or note shows in the comparison too.
 */
const versionText = (title: string, doc: StoryDoc) =>
  (title.trim() ? `${title.trim()}\n\n` : '') + docToPlainText(doc, { includePrivateNotes: true, forReading: true });

/**
 * Two versions side by side: the earlier on the left with removed words struck through (<del>),
 * the later on the right with added words underlined (<ins>).
 */
export function VersionCompare({
  storyId,
  from,
  to,
  onClose,
}: {
  storyId: string;
  from: RevisionView;
  to: RevisionView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const plural = usePlural();
  const headingId = useId();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const loaded = useIpc(
    () =>
      Promise.all([
        call(harbor.story.revision({ id: storyId, revision: from.revision })),
        call(harbor.story.revision({ id: storyId, revision: to.revision })),
      ]).then(([a, b]) => ok({ before: versionText(a.title, a.doc), after: versionText(b.title, b.doc) })),
    [storyId, from.revision, to.revision],
  );

  const label = (r: RevisionView) =>
    r.revisionName ? `${r.revisionName} (${fmt.preciseDateTime(r.savedAt)})` : fmt.preciseDateTime(r.savedAt);
  const diff = loaded.status === 'done' ? sideBySide(loaded.value.before, loaded.value.after) : null;

  return (
    <section className="version-view" aria-labelledby={headingId}>
      <div className="version-view__head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="ws-section-title">
          {t('workspace.versions.compareTitle')}
        </h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('workspace.versions.backToWriting')}
        </button>
      </div>
      {loaded.status === 'loading' && <p className="hint">{t('workspace.versions.loading')}</p>}
      {loaded.status === 'error' && (
        <p className="notice notice--error" role="alert">
          {loaded.errorText}
        </p>
      )}
      {diff && (
        <>
          <p className="hint" role="status">
            {diff.tooDifferent
              ? t('workspace.versions.tooDifferent')
              : diff.added === 0 && diff.removed === 0
                ? t('workspace.versions.noDifferences')
                : `${plural('workspace.versions.wordsAdded', diff.added)} · ${plural('workspace.versions.wordsRemoved', diff.removed)}`}
          </p>
          <div className="diff">
            <div className="diff__column">
              <h3 className="diff__heading">{t('workspace.versions.earlier', { when: label(from) })}</h3>
              <div className="diff__text" data-testid="diff-before">
                <Parts parts={diff.before} />
              </div>
            </div>
            <div className="diff__column">
              <h3 className="diff__heading">{t('workspace.versions.later', { when: label(to) })}</h3>
              <div className="diff__text" data-testid="diff-after">
                <Parts parts={diff.after} />
              </div>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
