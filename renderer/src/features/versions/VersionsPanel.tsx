import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionView } from '../../../../shared/ipc/contract';
import type { IpcError } from '../../../../shared/ipc/result';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { useFormatters } from '../../ui/use-formatters';
import './versions.css';

const PAGE = 25;

type Loaded =
  { status: 'loading' } | { status: 'error'; error: IpcError } | { status: 'ready'; revisions: RevisionView[] };

/**
 * Every saved version of the story, newest first: view one, give it a name, or compare two (the
 * comparison's choices come after the list they pick from).
 * Refreshes when `refreshKey` changes (after each save or restore).
 */
export function VersionsPanel({
  storyId,
  refreshKey,
  onView,
  onCompare,
}: {
  storyId: string;
  refreshKey: number;
  onView: (revision: RevisionView) => void;
  onCompare: (from: RevisionView, to: RevisionView) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const toText = useErrorText();
  const formId = useId();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [shown, setShown] = useState(PAGE);
  const [naming, setNaming] = useState<number | null>(null);
  /** Whether the version being named was the current one when its form opened. */
  const namingCurrent = useRef(false);
  /** Said when the version being named is no longer kept, so its form had to close. */
  const [gone, setGone] = useState(false);
  const goneNotice = useRef<HTMLParagraphElement>(null);
  const [nameDraft, setNameDraft] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);

  const load = useCallback(async (): Promise<RevisionView[] | null> => {
    const result = await harbor.story.revisions({ id: storyId });
    if (!result.ok) {
      setLoaded({ status: 'error', error: result.error });
      return null;
    }
    const revisions = [...result.value].sort((a, b) => b.revision - a.revision);
    setLoaded({ status: 'ready', revisions });
    return revisions;
  }, [storyId]);

  const list = useRef<HTMLOListElement>(null);
  /** The version whose Name button takes focus back once the naming form is gone. */
  const focusAfter = useRef<number | null>(null);
  useEffect(() => {
    if (focusAfter.current === null || naming !== null) return;
    const button = list.current?.querySelector<HTMLButtonElement>(
      `[data-revision="${focusAfter.current}"] .version__name-button`,
    );
    focusAfter.current = null;
    button?.focus();
  });

  const firstLoad = useRef(true);
  useEffect(() => {
    // At once when the panel opens; after that, a burst of saves refreshes the list once.
    const timer = setTimeout(() => void load(), firstLoad.current ? 0 : 600);
    firstLoad.current = false;
    return () => clearTimeout(timer);
  }, [load, refreshKey]);

  const saveName = async (revision: number) => {
    const name = nameDraft.trim() || null;
    let target = revision;
    let result = await harbor.story.nameRevision({ id: storyId, revision: target, name });
    if (!result.ok && result.error.code === 'not_found' && namingCurrent.current) {
      // The sitting's next autosave replaced the current version since the list was read: the
      // name goes to the version that replaced it, which holds the same text and more.
      const newest = (await load())?.[0];
      if (newest && newest.revision > target) {
        target = newest.revision;
        result = await harbor.story.nameRevision({ id: storyId, revision: target, name });
      }
    }
    if (!result.ok) return setNameError(toText(result.error));
    const fresh = await load();
    // The current version, when it is the sitting's autosave, is written whole under the next
    // number before it is named (decision 0017): then it is the newest.
    focusAfter.current = fresh?.some((r) => r.revision === target) ? target : (fresh?.[0]?.revision ?? null);
    setNaming(null);
    setNameError(null);
  };
  /**
   * The version the naming form belongs to now. Each autosave of a sitting replaces the current
   * version under a new number (decision 0017), so a form opened on the current version moves to
   * the one that replaced it, with what was typed in it; a form on an older version that is no
   * longer kept has nothing left to name.
   */
  const namingTarget = (): number | null => {
    if (naming === null || loaded.status !== 'ready') return naming;
    const { revisions } = loaded;
    if (revisions.some((r) => r.revision === naming)) return naming;
    const newest = revisions[0];
    return namingCurrent.current && newest && newest.revision > naming ? newest.revision : null;
  };
  const namedNow = namingTarget();
  const lostTarget = naming !== null && namedNow === null;
  useEffect(() => {
    if (!lostTarget) return;
    setNaming(null);
    setGone(true);
  }, [lostTarget]);
  useEffect(() => {
    // Only when the keyboard was in the form that closed: a writer back in the story keeps typing there.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (gone && lost) goneNotice.current?.focus();
  }, [gone]);

  const stopNaming = (revision: number) => {
    focusAfter.current = revision;
    setNaming(null);
  };

  if (loaded.status === 'loading') return <p className="hint panel-body">{t('workspace.versions.loading')}</p>;
  if (loaded.status === 'error')
    return (
      <div className="panel-body notice notice--error" role="alert">
        <p>{toText(loaded.error)}</p>
        <button type="button" className="button button--quiet button--small" onClick={() => void load()}>
          {t('workspace.common.tryAgain')}
        </button>
      </div>
    );

  const { revisions } = loaded;
  const latest = revisions[0];
  const label = (r: RevisionView) =>
    r.revisionName ? `${r.revisionName} — ${fmt.preciseDateTime(r.savedAt)}` : fmt.preciseDateTime(r.savedAt);
  const fromRev = revisions.find((r) => r.revision === (from ?? revisions[1]?.revision));
  const toRev = revisions.find((r) => r.revision === (to ?? latest?.revision));

  return (
    <div className="panel-body">
      <p className="hint">{t('workspace.versions.intro')}</p>

      <h3 className="panel-subtitle">{t('workspace.versions.listTitle')}</h3>
      {gone && (
        <p ref={goneNotice} className="notice" role="status" tabIndex={-1}>
          {t('workspace.versions.goneWhileNaming')}
        </p>
      )}
      <ol ref={list} className="version-list" aria-label={t('workspace.versions.listTitle')}>
        {revisions.slice(0, shown).map((r) => (
          <li key={r.revision} className="version" data-revision={r.revision}>
            <p className="version__when">
              <time dateTime={r.savedAt}>{fmt.preciseDateTime(r.savedAt)}</time>
              {r === latest && <span className="version__badge">{t('workspace.versions.current')}</span>}
            </p>
            {r.revisionName && <p className="version__name">{r.revisionName}</p>}
            {namedNow === r.revision ? (
              <form
                className="version__naming"
                onSubmit={(e) => {
                  e.preventDefault();
                  void saveName(r.revision);
                }}
              >
                <label htmlFor={`${formId}-name-${r.revision}`}>{t('workspace.versions.nameLabel')}</label>
                <input
                  id={`${formId}-name-${r.revision}`}
                  value={nameDraft}
                  maxLength={200}
                  autoFocus
                  onChange={(e) => setNameDraft(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') {
                      e.preventDefault();
                      stopNaming(r.revision);
                    }
                  }}
                />
                {nameError && (
                  <p className="error-text" role="alert">
                    {nameError}
                  </p>
                )}
                <div className="version__actions">
                  <button type="submit" className="button button--small">
                    {t('workspace.versions.saveName')}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    onClick={() => stopNaming(r.revision)}
                  >
                    {t('workspace.common.cancel')}
                  </button>
                </div>
              </form>
            ) : (
              <div className="version__actions">
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => onView(r)}
                  aria-label={t('workspace.versions.viewOne', { when: label(r) })}
                >
                  {t('workspace.versions.view')}
                </button>
                <button
                  type="button"
                  className="button button--quiet button--small version__name-button"
                  onClick={() => {
                    namingCurrent.current = r === latest;
                    setGone(false);
                    setNaming(r.revision);
                    setNameDraft(r.revisionName ?? '');
                    setNameError(null);
                  }}
                  aria-label={t(r.revisionName ? 'workspace.versions.renameOne' : 'workspace.versions.nameOne', {
                    when: label(r),
                  })}
                >
                  {r.revisionName ? t('workspace.versions.rename') : t('workspace.versions.name')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {revisions.length > shown && (
        <button type="button" className="button button--quiet button--small" onClick={() => setShown((n) => n + PAGE)}>
          {t('workspace.versions.showOlder')}
        </button>
      )}

      {revisions.length > 1 && fromRev && toRev && (
        <form
          className="compare-form"
          aria-labelledby={`${formId}-title`}
          onSubmit={(e) => {
            e.preventDefault();
            const [a, b] = fromRev.revision <= toRev.revision ? [fromRev, toRev] : [toRev, fromRev];
            onCompare(a, b);
          }}
        >
          <h3 id={`${formId}-title`} className="panel-subtitle">
            {t('workspace.versions.compareTitle')}
          </h3>
          <VersionSelect
            id={`${formId}-from`}
            label={t('workspace.versions.compareFrom')}
            value={fromRev.revision}
            options={revisions.map((r) => [r.revision, label(r)])}
            onChange={setFrom}
          />
          <VersionSelect
            id={`${formId}-to`}
            label={t('workspace.versions.compareTo')}
            value={toRev.revision}
            options={revisions.map((r) => [r.revision, label(r)])}
            onChange={setTo}
          />
          <button
            type="submit"
            className="button button--quiet button--small"
            disabled={fromRev.revision === toRev.revision}
          >
            {t('workspace.versions.compare')}
          </button>
        </form>
      )}
    </div>
  );
}

/** One end of the comparison: a version chosen by its date. */
function VersionSelect(props: {
  id: string;
  label: string;
  value: number;
  options: [revision: number, label: string][];
  onChange: (revision: number) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.options.map(([revision, text]) => (
          <option key={revision} value={revision}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
