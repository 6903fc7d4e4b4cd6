import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSection } from '../../../../shared/templates/template-schema';
import type { SectionBudget } from '../../../../shared/testimony/budgets';
import type { Excerpt, SectionContent } from '../../../../shared/testimony/testimony-data';
import { docToPlainText } from '../../../../shared/story/plain-text';
import { useTemplateText } from '../use-template-text';
import { BudgetMeter } from './BudgetMeter';
import { ExcerptPicker } from './ExcerptPicker';

/** One section: its guidance and prompts, a text area, the excerpts it quotes, and its budget. */
export function SectionEditor({
  section,
  content,
  budget,
  fromStoryId,
  onChange,
}: {
  section: TemplateSection;
  content: SectionContent;
  budget: SectionBudget;
  fromStoryId: string | null;
  onChange: (content: SectionContent) => void;
}) {
  const { t } = useTranslation();
  const tt = useTemplateText();
  const id = useId();
  const [picking, setPicking] = useState(false);
  const title = tt(section.title);

  const insert = (excerpt: Excerpt) => {
    onChange({ ...content, excerpts: [...content.excerpts, excerpt] });
    setPicking(false);
  };
  const remove = (excerptId: string) =>
    onChange({ ...content, excerpts: content.excerpts.filter((e) => e.id !== excerptId) });

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
      {content.excerpts.length > 0 && (
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
        </ul>
      )}
      {picking ? (
        <ExcerptPicker preferredStoryId={fromStoryId} onInsert={insert} onCancel={() => setPicking(false)} />
      ) : (
        <button type="button" className="button button--quiet button--small" onClick={() => setPicking(true)}>
          {t('testimony.write.insertExcerpt')}
        </button>
      )}
      {budget.check ? (
        <BudgetMeter check={budget.check} label={t('testimony.write.sectionBudget', { section: title })} />
      ) : (
        <p className="hint">{t('testimony.write.noBudget')}</p>
      )}
    </section>
  );
}
