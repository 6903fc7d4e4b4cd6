import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorySummaryView, StoryView } from '../../../../../shared/ipc/contract';
import type { BlockNode } from '../../../../../shared/story/doc-types';
import { docToPlainText } from '../../../../../shared/story/plain-text';
import type { Excerpt } from '../../../../../shared/testimony/testimony-data';
import { harbor } from '../../../platform/bridge';
import { useErrorText } from '../../../platform/use-error-text';
import { PassageChecklist, usePassageChoice } from './PassageChecklist';

/** Passages worth quoting: a story's top-level blocks with words in them, never its notes to self. */
function quotableBlocks(story: StoryView): BlockNode[] {
  return ((story.doc.content ?? []) as BlockNode[]).filter(
    (b) => b.type !== 'privateNote' && docToPlainText({ type: 'doc', content: [b] }).trim() !== '',
  );
}

/**
 * Pick a story, tick the paragraphs to quote, insert. The copy keeps the story's id and its marked
 * details, so the export checks that story's consent and redacts what it says to.
 */
export function ExcerptPicker({
  preferredStoryId,
  onInsert,
  onCancel,
}: {
  preferredStoryId: string | null;
  onInsert: (e: Excerpt) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const id = useId();
  const [stories, setStories] = useState<StorySummaryView[] | null>(null);
  const [storyId, setStoryId] = useState<string>('');
  const [story, setStory] = useState<StoryView | null>(null);
  const { chosen, toggle, reset } = usePassageChoice();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void harbor.story.list().then((r) => {
      if (!r.ok) return setError(toText(r.error));
      setStories(r.value);
      const first = r.value.find((s) => s.id === preferredStoryId) ?? r.value[0];
      if (first) setStoryId(first.id);
    });
  }, [preferredStoryId, toText]);

  useEffect(() => {
    if (!storyId) return;
    setStory(null);
    reset();
    void harbor.story.get({ id: storyId }).then((r) => (r.ok ? setStory(r.value) : setError(toText(r.error))));
  }, [storyId, toText, reset]);

  const blocks = story ? quotableBlocks(story) : [];
  const insert = () => {
    if (!story || chosen.size === 0) return;
    onInsert({
      id: crypto.randomUUID(),
      storyId: story.id,
      storyTitle: story.title,
      doc: { type: 'doc', content: blocks.filter((_b, i) => chosen.has(i)) },
    });
  };

  return (
    <fieldset className="excerpt-picker">
      <legend>{t('testimony.excerpt.title')}</legend>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {stories && stories.length === 0 && <p className="hint">{t('testimony.excerpt.noStories')}</p>}
      {stories && stories.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-story`}>{t('testimony.excerpt.story')}</label>
          <select id={`${id}-story`} value={storyId} onChange={(e) => setStoryId(e.currentTarget.value)}>
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title || t('testimony.write.untitledStory')}
              </option>
            ))}
          </select>
        </div>
      )}
      {story && blocks.length === 0 && <p className="hint">{t('testimony.excerpt.empty')}</p>}
      <PassageChecklist
        passages={blocks.map((b, index) => ({ index, text: docToPlainText({ type: 'doc', content: [b] }) }))}
        chosen={chosen}
        onToggle={toggle}
        hint={t('testimony.excerpt.consentHint')}
        onInsert={insert}
        onCancel={onCancel}
      />
    </fieldset>
  );
}
