import { EditorContent, useEditor, type Editor, type JSONContent } from '@tiptap/react';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentProps,
  type CSSProperties,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentGrant } from '../../../../shared/consent/grant';
import type { RevisionView, StoryView } from '../../../../shared/ipc/contract';
import { harbor } from '../../platform/bridge';
import { ShareWithAdvocate } from '../share/public';
import { harborExtensions } from '../../ui/document/extensions/harbor-extensions';
import { requestPrepareTestimony } from '../testimony/public';
import { sanitizePastedHtml } from './sanitize-paste';
import { scrollCaretIntoView } from './scroll-caret';
import { useErrorText } from '../../platform/use-error-text';
import { cssString } from '../../ui/css-string';
import { useAnnouncer } from '../../ui/use-announcer';
import { useFormatters } from '../../ui/use-formatters';
import { ConsentPage, ConsentPanel } from '../consent/public';
import { StoryExportFlow } from '../export/public';
import { PromptsPanel } from './panels/PromptsPanel';
import { isLargePaste, RevisionViewer, VersionCompare, VersionsPanel } from '../versions/public';
import { countWords } from '../../../../shared/story';
import type { Slice } from '@tiptap/pm/model';
import { countDocWords } from './story-stats';
import { SensitivePanel } from './panels/SensitivePanel';
import { SidePanel, type PanelTab } from './panels/SidePanel';
import { icons } from './icons';
import { StatusBar } from './StatusBar';
import { TagsField } from './TagsField';
import { Toolbar } from './Toolbar';
import { useDetailRegister } from './use-detail-register';
import { useStoryAutosave, type SaveStatusSource } from './use-story-autosave';
import '../../ui/document/writing-surface.css';
import './story-screen.css';

/** The versions list, refreshed as saves land: read here, so a save does not re-render the whole editor. */
function SavedVersionsPanel({
  saveStatus,
  restoredCount,
  ...props
}: Omit<ComponentProps<typeof VersionsPanel>, 'refreshKey'> & { saveStatus: SaveStatusSource; restoredCount: number }) {
  // Only the number of saves landed: "Saving…" and "Saved" coming and going do not re-render the list.
  const saved = useSyncExternalStore(saveStatus.subscribe, () => saveStatus.get().saved);
  return <VersionsPanel {...props} refreshKey={saved + restoredCount} />;
}

type Overlay =
  | null
  | { kind: 'view'; revision: RevisionView }
  | { kind: 'compare'; from: RevisionView; to: RevisionView }
  | { kind: 'export' };

export interface StoryEditorProps {
  story: StoryView;
  isNew: boolean;
  /** Called after pending text is saved. */
  onClose: () => void;
  /** The workspace keeps this so locking saves first. */
  setFlush: (flush: (() => Promise<void>) | null) => void;
}

/**
 * Writing one story: title, tags, toolbar, the text (TipTap), the status bar with counts and save
 * state, and the right panel (sensitive details, versions, prompts). Autosaves about a second after
 * typing stops, and before leaving, locking or restoring a version.
 */
export function StoryEditor({ story, isNew, onClose, setFlush }: StoryEditorProps) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const fmt = useFormatters();
  const headingId = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const autosave = useStoryAutosave(story.id);
  const [title, setTitle] = useState(story.title);
  const [tags, setTags] = useState(story.tags);
  const meta = useRef({ title: story.title, tags: story.tags });
  const [panelOpen, setPanelOpen] = useState(true);
  const [tab, setTab] = useState<PanelTab>('details');
  const [overlay, setOverlay] = useState<Overlay>(null);
  const [sharing, setSharing] = useState(false);
  // The consent page: a change to `grant`, or a new consent.
  const [consentForm, setConsentForm] = useState<{ grant?: ConsentGrant } | null>(null);
  // Bumped on the way back from a page, so the consent list shows what was saved there.
  const [consentKey, setConsentKey] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const place = useRef(0);
  const [restoring, setRestoring] = useState(false);
  const [restoredCount, setRestoredCount] = useState(0);
  const [leaving, setLeaving] = useState(false);
  const [takingBreak, setTakingBreak] = useState(false);
  const [breakError, setBreakError] = useState<string | null>(null);
  const { message, announce } = useAnnouncer();
  // Identifying-detail candidates the writer said are fine to share (kept with the story).
  const [cleared, setCleared] = useState<ReadonlySet<string>>(() => new Set(story.cleared ?? []));
  const clearFinding = useCallback(
    async (text: string) => {
      const result = await harbor.story.clearCandidates({ id: story.id, texts: [text] });
      if (result.ok) setCleared(new Set(result.value.cleared));
      return result.ok;
    },
    [story.id],
  );
  const noteLabel = cssString(t('workspace.editor.privateNoteLabel'));

  const { changed } = autosave;
  /** Hands the autosaver everything story:save takes, as it is now. */
  const saveSnapshot = useCallback(
    (from: Editor): void => {
      const { doc } = from.state;
      changed({ title: meta.current.title, tags: meta.current.tags, doc });
    },
    [changed],
  );
  const onUpdate = useCallback(({ editor: from }: { editor: Editor }) => saveSnapshot(from), [saveSnapshot]);

  const extensions = useMemo(() => harborExtensions(), []);
  const bodyLabel = t('workspace.editor.bodyLabel');
  const { checkpoint } = autosave;
  const keptBeforePaste = t('workspace.versions.keptBeforePaste');
  /** A large paste keeps the text before it as a version (see versions/large-paste.ts); the paste goes ahead. */
  const handlePaste = useCallback(
    (view: Editor['view'], _event: ClipboardEvent, slice: Slice) => {
      const { from, to } = view.state.selection;
      const pasted = countWords(slice.content.textBetween(0, slice.content.size, '\n\n', ' '));
      const replaced = countWords(view.state.doc.textBetween(from, to, '\n\n', ' '));
      if (isLargePaste(pasted, replaced, countDocWords(view.state.doc))) {
        checkpoint();
        announce(keptBeforePaste);
      }
      return false;
    },
    [checkpoint, announce, keptBeforePaste],
  );
  const editorProps = useMemo(
    () => ({
      attributes: {
        id: 'story-body',
        class: 'writing-surface',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': bodyLabel,
        // The app's spellchecker is off (nothing about the words leaves the editor); this also spares
        // the browser a check of the text around the caret on every keystroke.
        spellcheck: 'false',
      },
      transformPastedHTML: sanitizePastedHtml,
      handlePaste,
      handleScrollToSelection: scrollCaretIntoView,
    }),
    [bodyLabel, handlePaste],
  );
  const editor = useEditor(
    {
      extensions,
      content: story.doc as JSONContent,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      // The CSP forbids inline <style>; the editor's base styles are in workspace.css.
      injectCSS: false,
      editorProps,
      onUpdate,
    },
    [story.id],
  );

  const registerControl = useDetailRegister(story.id, editor, story.details, autosave.flush);

  useEffect(() => {
    setFlush(autosave.flush);
    return () => setFlush(null);
  }, [autosave.flush, setFlush]);

  useEffect(() => {
    // When large text makes the screen scroll as one page, the writing comes into view as it takes
    // focus (once per focus, never per keystroke: the caret then scrolls within the writing area).
    const reveal = () => scrollRef.current?.scrollIntoView({ block: 'nearest' });
    editor.on('focus', reveal);
    return () => {
      editor.off('focus', reveal);
    };
  }, [editor]);

  useEffect(() => {
    if (isNew) titleRef.current?.focus();
    else editor.commands.focus('end');
    // Only when the story opens.
  }, [editor, isNew]);

  const closeOverlay = () => {
    setOverlay(null);
    // The writing area is shown again on the next paint; put the caret back in it.
    // The story may have closed before that paint.
    requestAnimationFrame(() => {
      if (!editor.isDestroyed) editor.commands.focus();
    });
  };

  /** Before a page (consent, export, sharing) covers the story: where the writer was in it. */
  const keepPlace = () => {
    place.current = scrollRef.current?.scrollTop ?? 0;
  };
  const openExport = () => {
    keepPlace();
    setOverlay({ kind: 'export' });
  };
  /** Back from a page: the story scrolled as it was, the caret where it was. */
  const backToStory = () => {
    setOverlay(null);
    setSharing(false);
    setConsentForm(null);
    setConsentKey((k) => k + 1);
    requestAnimationFrame(() => {
      if (editor.isDestroyed) return;
      if (scrollRef.current) scrollRef.current.scrollTop = place.current;
      editor.commands.focus(null, { scrollIntoView: false });
    });
  };

  /** Saved first, so the builder's excerpt picker sees exactly what is on screen. */
  const prepareTestimony = async () => {
    await autosave.flush().catch(() => undefined);
    requestPrepareTestimony(story.id);
  };

  const leave = async () => {
    setLeaving(true);
    try {
      await autosave.flush();
      onClose();
    } catch {
      // The status bar says what happened; the text stays here.
      setLeaving(false);
    }
  };

  const restore = async (revision: RevisionView) => {
    setRestoring(true);
    try {
      await autosave.flush({ keep: true });
    } catch {
      setRestoring(false);
      announce(t('workspace.versions.restoreNeedsSave'));
      return;
    }
    const result = await harbor.story.restoreRevision({ id: story.id, revision: revision.revision });
    setRestoring(false);
    if (!result.ok) {
      announce(toText(result.error));
      return;
    }
    editor.commands.setContent(result.value.doc as JSONContent, { emitUpdate: false });
    meta.current = { title: result.value.title, tags: result.value.tags };
    setTitle(result.value.title);
    setTags(result.value.tags);
    setRestoredCount((n) => n + 1);
    announce(t('workspace.versions.restored', { when: fmt.preciseDateTime(revision.savedAt) }));
    setOverlay(null);
    requestAnimationFrame(() => {
      if (!editor.isDestroyed) editor.commands.focus('start');
    });
  };

  const lockNow = async () => {
    const result = await harbor.vault.lock();
    if (!result.ok) {
      setTakingBreak(false);
      setBreakError(toText(result.error));
    }
  };

  const takeBreak = async () => {
    setTakingBreak(true);
    setBreakError(null);
    try {
      await autosave.flush();
    } catch {
      setTakingBreak(false);
      setBreakError(t('workspace.prompts.breakSaveFailed'));
      return;
    }
    await lockNow();
  };

  const page =
    overlay?.kind === 'compare' ? (
      <VersionCompare storyId={story.id} from={overlay.from} to={overlay.to} onClose={backToStory} />
    ) : overlay?.kind === 'export' ? (
      <StoryExportFlow
        storyId={story.id}
        title={title}
        editor={editor}
        flush={autosave.flush}
        cleared={cleared}
        onClear={clearFinding}
        onClose={backToStory}
      />
    ) : sharing ? (
      <ShareWithAdvocate storyId={story.id} flush={() => autosave.flush()} onClose={backToStory} />
    ) : consentForm ? (
      <ConsentPage
        storyId={story.id}
        editor={editor}
        {...consentForm}
        onSaved={() => {
          backToStory();
          announce(consentForm.grant ? t('consent.panel.updated') : t('consent.panel.created'));
        }}
        onBack={backToStory}
      />
    ) : null;

  return (
    <>
      {page}
      {/* Kept mounted under a page, so the text, its undo history and autosave stay. */}
      <section
        className={panelOpen ? 'story-screen' : 'story-screen story-screen--no-panel'}
        aria-labelledby={headingId}
        hidden={page !== null}
      >
        <h1 id={headingId} className="visually-hidden">
          {title.trim() || t('workspace.library.untitled')}
        </h1>
        <div className="story-screen__bar">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void leave()}
            disabled={leaving}
            aria-label={t('workspace.editor.backToLibraryLabel')}
          >
            {icons.back}
            {t('workspace.editor.backToLibrary')}
          </button>
          <div className="story-screen__live" role="status" aria-live="polite">
            {message && <span key={message.key}>{message.text}</span>}
          </div>
          <button type="button" className="button button--quiet" onClick={() => void prepareTestimony()}>
            {t('testimony.prepare')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              keepPlace();
              setSharing(true);
            }}
            disabled={sharing}
          >
            {t('share.create.open')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={openExport}
            disabled={overlay?.kind === 'export'}
          >
            {t('consent.panel.export')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={panelOpen}
            aria-controls={`${headingId}-panel`}
            onClick={() => setPanelOpen((o) => !o)}
          >
            {panelOpen ? t('workspace.panel.hide') : t('workspace.panel.show')}
          </button>
        </div>

        <div className="story-screen__body">
          <div className="story-main">
            {overlay?.kind === 'view' && (
              <RevisionViewer
                storyId={story.id}
                revision={overlay.revision}
                restoring={restoring}
                onRestore={(r) => void restore(r)}
                onClose={closeOverlay}
              />
            )}
            {/* Kept mounted while a version is shown, so the text, its undo history and autosave stay. */}
            <div className="story-main__writing" hidden={overlay?.kind === 'view'}>
              <Toolbar editor={editor} />
              {/* The frame is the grid's; the scroller inside can then be a layout of its own (CSS). */}
              <div className="story-main__frame">
                <div ref={scrollRef} className="story-main__scroll">
                  <article className="writing" style={{ '--private-note-label': noteLabel } as CSSProperties}>
                    <input
                      ref={titleRef}
                      className="writing__title"
                      value={title}
                      maxLength={300}
                      placeholder={t('workspace.editor.titlePlaceholder')}
                      aria-label={t('workspace.editor.titleLabel')}
                      onChange={(e) => {
                        setTitle(e.target.value);
                        meta.current = { ...meta.current, title: e.target.value };
                        saveSnapshot(editor);
                      }}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') {
                          e.preventDefault();
                          // Focus at once (TipTap's focus() waits a frame): the next key belongs in the text.
                          editor.view.focus();
                          editor.commands.focus('start');
                        }
                      }}
                    />
                    <TagsField
                      tags={tags}
                      onChange={(next) => {
                        setTags(next);
                        meta.current = { ...meta.current, tags: next };
                        saveSnapshot(editor);
                      }}
                    />
                    <EditorContent editor={editor} className="writing__body" />
                  </article>
                </div>
              </div>
            </div>
            <StatusBar
              editor={editor}
              saveStatus={autosave.status}
              onRetry={() => void autosave.flush().catch(() => undefined)}
            />
          </div>

          <div id={`${headingId}-panel`} className="story-screen__panel" hidden={!panelOpen}>
            <SidePanel tab={tab} onTab={setTab}>
              {tab === 'details' && <SensitivePanel editor={editor} registerControl={registerControl} />}
              {tab === 'versions' && (
                <SavedVersionsPanel
                  saveStatus={autosave.status}
                  storyId={story.id}
                  restoredCount={restoredCount}
                  onView={(revision) => setOverlay({ kind: 'view', revision })}
                  onCompare={(from, to) => {
                    keepPlace();
                    setOverlay({ kind: 'compare', from, to });
                  }}
                />
              )}
              {tab === 'consent' && (
                <ConsentPanel
                  key={consentKey}
                  storyId={story.id}
                  onForm={(grant) => {
                    keepPlace();
                    setConsentForm(grant ? { grant } : {});
                  }}
                  onExport={openExport}
                />
              )}
              {tab === 'prompts' && (
                <PromptsPanel
                  editor={editor}
                  onTakeBreak={() => void takeBreak()}
                  onLockAnyway={() => void lockNow()}
                  breakError={breakError}
                  takingBreak={takingBreak}
                />
              )}
            </SidePanel>
          </div>
        </div>
      </section>
    </>
  );
}
