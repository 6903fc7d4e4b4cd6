import { useTranslation } from 'react-i18next';
import type { RevisionView, StoryDoc } from '../../../../shared/ipc/contract';
import { ok } from '../../../../shared/ipc/result';
import { docToPlainText } from '../../../../shared/story';
import { harbor } from '../../platform/bridge';
import { call } from '../../platform/call';
import { useIpc } from '../../platform/use-ipc';
import { FlowPage } from '../../ui/FlowPage';
import { useFormatters } from '../../ui/use-formatters';
import { usePlural } from '../../ui/use-plural';
import { sideBySide, wordChanges, type DiffPart } from './side-by-side';
import './versions.css';
import { dotSeparated } from '../../ui/dot-separated';

/** Changed words are underlined or struck through and named for a screen reader, not only coloured. */
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

/** One version of the two, with its word count (as the footer counts) and its marked words. */
function DiffColumn(props: { heading: string; words: string; parts: DiffPart[]; later: boolean }) {
  const side = props.later ? 'after' : 'before';
  return (
    <section className="diff__column">
      <h2 className="diff__heading">{props.heading}</h2>
      <p className="diff__words" data-testid={`diff-${side}-words`}>
        {props.words}
      </p>
      <div className="diff__text" data-testid={`diff-${side}`}>
        <Parts parts={props.parts} />
      </div>
    </section>
  );
}

const marked = (parts: readonly DiffPart[]) => parts.some((p) => p.kind !== 'same');

/**
 * Plain text of a version as a person reads it (list markers, notes labelled), title first, so a
 * changed title or note shows in the comparison too.
 */
const versionText = (title: string, doc: StoryDoc) =>
  (title.trim() ? `${title.trim()}\n\n` : '') + docToPlainText(doc, { includePrivateNotes: true, forReading: true });

/**
 * Two versions side by side on a page of their own, using the whole width: the earlier on the left
 * with removed words struck through (<del>), the later on the right with added words underlined
 * (<ins>); unchanged words are not marked. The counts are the story's words as the word count
 * below the story counts them (no title, no private notes).
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
  const loaded = useIpc(
    () =>
      Promise.all([
        call(harbor.story.revision({ id: storyId, revision: from.revision })),
        call(harbor.story.revision({ id: storyId, revision: to.revision })),
      ]).then(([a, b]) =>
        ok({
          shown: sideBySide(versionText(a.title, a.doc), versionText(b.title, b.doc)),
          counts: wordChanges(docToPlainText(a.doc), docToPlainText(b.doc)),
        }),
      ),
    [storyId, from.revision, to.revision],
  );

  const label = (r: RevisionView) =>
    r.revisionName ? `${r.revisionName} (${fmt.preciseDateTime(r.savedAt)})` : fmt.preciseDateTime(r.savedAt);
  const diff = loaded.status === 'done' ? loaded.value : null;

  return (
    <FlowPage
      title={t('workspace.versions.compareTitle')}
      backLabel={t('workspace.versions.backToWriting')}
      onBack={onClose}
      dirty={false}
    >
      <div className="version-compare">
        {loaded.status === 'loading' && <p className="hint">{t('workspace.versions.loading')}</p>}
        {loaded.status === 'error' && (
          <p className="notice notice--error" role="alert">
            {loaded.errorText}
          </p>
        )}
        {diff && (
          <>
            <p className="version-compare__summary" role="status" data-testid="diff-summary">
              {diff.shown.tooDifferent
                ? t('workspace.versions.tooDifferent')
                : !marked(diff.shown.before) && !marked(diff.shown.after)
                  ? t('workspace.versions.noDifferences')
                  : dotSeparated([
                      plural('workspace.versions.wordsAdded', diff.counts.added),
                      plural('workspace.versions.wordsRemoved', diff.counts.removed),
                    ])}
            </p>
            <p className="hint">{t('workspace.versions.compareHow')}</p>
            <div className="diff">
              <DiffColumn
                heading={t('workspace.versions.earlier', { when: label(from) })}
                words={plural('workspace.status.words', diff.counts.wordsBefore)}
                parts={diff.shown.before}
                later={false}
              />
              <DiffColumn
                heading={t('workspace.versions.later', { when: label(to) })}
                words={plural('workspace.status.words', diff.counts.wordsAfter)}
                parts={diff.shown.after}
                later
              />
            </div>
          </>
        )}
      </div>
    </FlowPage>
  );
}
