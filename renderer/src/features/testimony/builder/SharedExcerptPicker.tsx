import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attributionOf } from '../../../../../shared/share/attribution';
import type { SharedStorySummary, SharedStoryView } from '../../../../../shared/share/share-views';
import type { BlockNode } from '../../../../../shared/story/doc-types';
import { docToPlainText } from '../../../../../shared/story/plain-text';
import type { SharedExcerpt } from '../../../../../shared/testimony/testimony-data';
import { harbor } from '../../../platform/bridge';
import { useErrorText } from '../../../platform/use-error-text';
import { StatusBadge, useShareDate } from '../../share/public';
import { PassageChecklist, usePassageChoice } from './PassageChecklist';
import type { Lang } from '../../../../../shared/core/languages';

/** The received text's top-level blocks with words in them, by their place in it. */
function quotable(story: SharedStoryView): { index: number; text: string }[] {
  return ((story.doc?.content ?? []) as BlockNode[])
    .map((b, index) => ({ index, text: docToPlainText({ type: 'doc', content: [b] }).trim() }))
    .filter((b) => b.text !== '');
}

/**
 * Quote a story someone shared with you: only those that may still be quoted can be chosen (the
 * others are listed with why). The words are quoted as you received them and credited as their
 * writer chose; the export checks that writer's terms.
 */
export function SharedExcerptPicker({
  language,
  onInsert,
  onCancel,
}: {
  /** The document's language, for the credit it will print. */
  language: Lang;
  onInsert: (e: SharedExcerpt) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const date = useShareDate();
  const id = useId();
  const [stories, setStories] = useState<SharedStorySummary[] | null>(null);
  const [chosenStory, setChosenStory] = useState<string>('');
  const [story, setStory] = useState<SharedStoryView | null>(null);
  const { chosen, toggle, reset } = usePassageChoice();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void harbor.share.list().then((r) => {
      if (!r.ok) return setError(toText(r.error));
      setStories(r.value);
      const first = r.value.find((s) => s.status === 'active');
      if (first) setChosenStory(first.id);
    });
  }, [toText]);

  useEffect(() => {
    if (!chosenStory) return;
    setStory(null);
    reset();
    void harbor.share.get({ id: chosenStory }).then((r) => (r.ok ? setStory(r.value) : setError(toText(r.error))));
  }, [chosenStory, toText, reset]);

  const blocks = story ? quotable(story) : [];
  const insert = () => {
    if (!story || chosen.size === 0) return;
    onInsert({ id: crypto.randomUUID(), sharedStoryId: story.id, blocks: [...chosen].sort((a, b) => a - b) });
  };
  const why = (s: SharedStorySummary) =>
    s.status === 'revoked'
      ? t('testimony.shared.whyRevoked', { date: date(s.revokedAt ?? '') })
      : t('testimony.shared.whyExpired', { date: date(s.expiresOn) });

  return (
    <fieldset className="excerpt-picker">
      <legend>{t('testimony.shared.title')}</legend>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {stories && stories.length === 0 && <p className="hint">{t('testimony.shared.none')}</p>}
      {stories && stories.length > 0 && (
        <fieldset className="choice-group">
          <legend>{t('testimony.shared.story')}</legend>
          {stories.map((s) => {
            const inputId = `${id}-${s.id}`;
            const active = s.status === 'active';
            return (
              <div key={s.id} className="choice shared-choice" data-status={s.status}>
                <input
                  id={inputId}
                  type="radio"
                  name={`${id}-story`}
                  value={s.id}
                  checked={chosenStory === s.id}
                  disabled={!active}
                  aria-describedby={`${inputId}-about`}
                  onChange={() => setChosenStory(s.id)}
                />
                <label htmlFor={inputId}>{s.title ?? t('share.received.untitled')}</label>
                <p id={`${inputId}-about`} className="hint choice__problem">
                  <StatusBadge status={s.status} />{' '}
                  {active ? t('testimony.shared.credit', { name: attributionOf(s.terms, language) }) : why(s)}
                </p>
              </div>
            );
          })}
        </fieldset>
      )}
      {story && blocks.length === 0 && <p className="hint">{t('testimony.excerpt.empty')}</p>}
      <PassageChecklist
        passages={blocks}
        chosen={chosen}
        onToggle={toggle}
        hint={t('testimony.shared.hint')}
        onInsert={insert}
        onCancel={onCancel}
      />
    </fieldset>
  );
}
