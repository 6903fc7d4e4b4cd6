import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSection } from '../../../../../shared/templates/template-schema';
import type { SectionBudget } from '../../../../../shared/testimony/budgets';
import { attributionOf } from '../../../../../shared/share/attribution';
import { shareStatus } from '../../../../../shared/share/share-status';
import { creditLine, sharedExcerptText, type SharedQuoteSources } from '../../../../../shared/testimony/shared-quotes';
import type { Excerpt, SectionContent, SharedExcerpt } from '../../../../../shared/testimony/testimony-data';
import { docToPlainText } from '../../../../../shared/story/plain-text';
import { todayIso } from '../../../ui/today';
import { CampaignAskPicker, ReadabilityNote } from '../../campaigns/public';
import { useShareDate } from '../../share/public';
import { useTemplateText } from '../../../ui/use-template-text';
import { BudgetMeter } from './BudgetMeter';
import { ExcerptPicker } from './ExcerptPicker';
import { SharedExcerptPicker } from './SharedExcerptPicker';
import type { Lang } from '../../../../../shared/core/languages';

/**
 * The sections where a document makes its ask: a testimony's or letter's closing ask, and the
 * recommendations of a briefing or written evidence ("Key asks").
 */
const ASK_SECTIONS: ReadonlySet<string> = new Set(['ask', 'recommendations']);

/** One section: its guidance and prompts, a text area, the excerpts it quotes, and its budget. */
export function SectionEditor({
  section,
  content,
  budget,
  fromStoryId,
  shared,
  language,
  onChange,
}: {
  section: TemplateSection;
  content: SectionContent;
  budget: SectionBudget;
  fromStoryId: string | null;
  /** The shared stories the testimony quotes, for their words and credits. */
  shared: SharedQuoteSources;
  /** The document's language: credits are printed in it. */
  language: Lang;
  onChange: (content: SectionContent) => void;
}) {
  const { t } = useTranslation();
  const tt = useTemplateText();
  const id = useId();
  const date = useShareDate();
  const [picking, setPicking] = useState<'own' | 'shared' | null>(null);
  // When a picker closes, the keyboard goes back to the button that opened it.
  const opener = useRef<'own' | 'shared' | null>(null);
  const ownButton = useRef<HTMLButtonElement>(null);
  const sharedButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (picking !== null || opener.current === null) return;
    (opener.current === 'own' ? ownButton : sharedButton).current?.focus();
    opener.current = null;
  }, [picking]);
  const open = (kind: 'own' | 'shared') => {
    opener.current = kind;
    setPicking(kind);
  };
  const title = tt(section.title);
  const sharedExcerpts = content.shared ?? [];

  const insert = (excerpt: Excerpt) => {
    onChange({ ...content, excerpts: [...content.excerpts, excerpt] });
    setPicking(null);
  };
  const insertShared = (excerpt: SharedExcerpt) => {
    onChange({ ...content, shared: [...sharedExcerpts, excerpt] });
    setPicking(null);
  };
  const remove = (excerptId: string) =>
    onChange({
      ...content,
      excerpts: content.excerpts.filter((e) => e.id !== excerptId),
      shared: sharedExcerpts.filter((e) => e.id !== excerptId),
    });
  /** Why a shared excerpt can no longer be quoted, or null while it can. */
  const sharedProblem = (e: SharedExcerpt): string | null => {
    const source = shared.get(e.sharedStoryId);
    if (!source) return t('testimony.shared.gone');
    const status = shareStatus({ expiresOn: source.terms.expiresOn, revokedAt: source.revokedAt }, todayIso());
    if (status === 'revoked') return t('testimony.shared.whyRevoked', { date: date(source.revokedAt ?? '') });
    if (status === 'expired') return t('testimony.shared.whyExpired', { date: date(source.terms.expiresOn) });
    return null;
  };
  const sharedTitle = (e: SharedExcerpt) => shared.get(e.sharedStoryId)?.title ?? t('share.received.untitled');

  return (
    <section className="section-editor" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title}
        {section.optional && <span className="section-editor__optional">{t('testimony.write.optional')}</span>}
      </h2>
      <p className="section-editor__guidance" id={`${id}-guidance`}>
        {tt(section.guidance)}
      </p>
      {section.prompts.length > 0 && (
        <ul className="section-editor__prompts" aria-label={t('testimony.write.prompts')}>
          {section.prompts.map((p, i) => (
            <li key={i}>{tt(p)}</li>
          ))}
        </ul>
      )}
      {section.format === 'bullets' && <p className="hint">{t('testimony.write.bulletsHint')}</p>}
      <div className="field">
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {t('testimony.write.textLabel', { section: title })}
        </label>
        <textarea
          id={`${id}-text`}
          className="section-editor__text"
          rows={section.budget && section.budget.max > 300 ? 10 : 4}
          value={content.text}
          maxLength={60_000}
          aria-describedby={`${id}-guidance`}
          onChange={(e) => onChange({ ...content, text: e.currentTarget.value })}
        />
      </div>
      <ReadabilityNote text={content.text} language={language} />
      {/* The closing ask repeats a campaign's message box word for word. */}
      {ASK_SECTIONS.has(section.id) && (
        <CampaignAskPicker
          onInsert={(text) =>
            onChange({ ...content, text: content.text.trim() ? `${content.text.trimEnd()}\n\n${text}` : text })
          }
        />
      )}
      {content.excerpts.length + sharedExcerpts.length > 0 && (
        <ul className="excerpts" aria-label={t('testimony.write.excerptsLabel', { section: title })}>
          {content.excerpts.map((e) => (
            <li key={e.id} className="excerpt">
              <blockquote>{docToPlainText(e.doc)}</blockquote>
              <p className="hint">
                {t('testimony.write.excerptFrom', { title: e.storyTitle || t('testimony.write.untitledStory') })}
              </p>
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={t('testimony.write.removeExcerptNamed', {
                  title: e.storyTitle || t('testimony.write.untitledStory'),
                })}
                onClick={() => remove(e.id)}
              >
                {t('testimony.write.removeExcerpt')}
              </button>
            </li>
          ))}
          {sharedExcerpts.map((e) => {
            const source = shared.get(e.sharedStoryId);
            const problem = sharedProblem(e);
            return (
              <li key={e.id} className="excerpt excerpt--shared" data-testid="shared-excerpt">
                {source?.doc && <blockquote>{sharedExcerptText(e, source)}</blockquote>}
                {source && <p className="excerpt__credit">{creditLine(attributionOf(source.terms, language))}</p>}
                <p className="hint">{t('testimony.shared.from', { title: sharedTitle(e) })}</p>
                {problem && <p className="notice notice--caution">{problem}</p>}
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={t('testimony.write.removeExcerptNamed', { title: sharedTitle(e) })}
                  onClick={() => remove(e.id)}
                >
                  {t('testimony.write.removeExcerpt')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {picking === 'own' && (
        <ExcerptPicker preferredStoryId={fromStoryId} onInsert={insert} onCancel={() => setPicking(null)} />
      )}
      {picking === 'shared' && (
        <SharedExcerptPicker language={language} onInsert={insertShared} onCancel={() => setPicking(null)} />
      )}
      {picking === null && (
        <div className="notice__actions">
          <button
            ref={ownButton}
            type="button"
            className="button button--quiet button--small"
            onClick={() => open('own')}
          >
            {t('testimony.write.insertExcerpt')}
          </button>
          <button
            ref={sharedButton}
            type="button"
            className="button button--quiet button--small"
            onClick={() => open('shared')}
          >
            {t('testimony.write.insertShared')}
          </button>
        </div>
      )}
      {budget.check ? (
        <BudgetMeter check={budget.check} label={t('testimony.write.sectionBudget', { section: title })} />
      ) : (
        <p className="hint">{t('testimony.write.noBudget')}</p>
      )}
    </section>
  );
}
