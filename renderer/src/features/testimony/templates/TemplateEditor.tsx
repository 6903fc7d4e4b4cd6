import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BUDGET_UNITS,
  FIELD_IDS,
  type BudgetUnit,
  type Template,
  type TemplateSection,
} from '../../../../../shared/templates/template-schema';
import { harbor } from '../../../platform/bridge';
import { useErrorText } from '../../../platform/use-error-text';
import { useTemplateText, useUiLanguage } from '../../../ui/use-template-text';
import { BackBar } from '../BackBar';
import { FIELD_LABEL } from '../field-labels';

// Locale keys written out, one per value, so the lint rule and the compiler can check each.
const LIMIT_LABEL = {
  words: 'testimony.editor.limit.words',
  characters: 'testimony.editor.limit.characters',
  minutes: 'testimony.editor.limit.minutes',
} as const satisfies Record<BudgetUnit, string>;
const UNIT_LABEL = {
  words: 'testimony.editor.unit.words',
  characters: 'testimony.editor.unit.characters',
  minutes: 'testimony.editor.unit.minutes',
} as const satisfies Record<BudgetUnit, string>;

const newSectionId = (sections: TemplateSection[]) => {
  let n = sections.length + 1;
  while (sections.some((s) => s.id === `section-${n}`)) n += 1;
  return `section-${n}`;
};

const optionalNumber = (value: string) => {
  const n = Number(value);
  return value.trim() === '' || !Number.isFinite(n) || n <= 0 ? undefined : n;
};

/**
 * Edit a custom template: name, when to use it, its sections (title, guidance, budget, optional),
 * the details it asks for, and whole-document limits. Text is edited in the language Harbor is
 * shown in; the other language keeps its own text.
 */
export function TemplateEditor({
  template: initial,
  onDone,
}: {
  template: Template;
  onDone: (saved: Template | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const tt = useTemplateText();
  const lang = useUiLanguage();
  const toText = useErrorText();
  const id = useId();
  const [tpl, setTpl] = useState<Template>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const setText = (key: 'name' | 'whenToUse' | 'description', value: string) =>
    setTpl((x) => ({ ...x, [key]: { ...x[key], [lang]: value } }));
  const setSection = (i: number, change: Partial<TemplateSection>) =>
    setTpl((x) => ({ ...x, sections: x.sections.map((s, j) => (j === i ? { ...s, ...change } : s)) }));
  const move = (i: number, by: -1 | 1) =>
    setTpl((x) => {
      const sections = [...x.sections];
      const [s] = sections.splice(i, 1);
      sections.splice(i + by, 0, s!);
      return { ...x, sections };
    });
  const toggleField = (field: (typeof FIELD_IDS)[number], on: boolean) =>
    setTpl((x) => ({
      ...x,
      fields: on ? [...x.fields, { id: field, required: false }] : x.fields.filter((f) => f.id !== field),
    }));

  const save = async () => {
    setBusy(true);
    setError(null);
    const result = await harbor.template.save({ template: tpl });
    setBusy(false);
    if (result.ok) onDone(result.value.template);
    else setError(toText(result.error));
  };

  return (
    <section className="testimony template-editor" aria-labelledby={`${id}-heading`}>
      <BackBar label={t('testimony.common.cancel')} onBack={() => onDone(null)} />
      <h1 id={`${id}-heading`}>{t('testimony.editor.title', { name: tt(tpl.name) })}</h1>
      <p className="hint">{t('testimony.editor.languageHint')}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('testimony.editor.name')}</label>
        <input
          id={`${id}-name`}
          value={tpl.name[lang]}
          maxLength={300}
          onChange={(e) => setText('name', e.currentTarget.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-when`}>{t('testimony.editor.whenToUse')}</label>
        <input
          id={`${id}-when`}
          value={tpl.whenToUse[lang]}
          maxLength={300}
          onChange={(e) => setText('whenToUse', e.currentTarget.value)}
        />
      </div>

      <fieldset>
        <legend>{t('testimony.editor.fields')}</legend>
        {FIELD_IDS.map((f) => (
          <div className="field field--checkbox" key={f}>
            <input
              id={`${id}-field-${f}`}
              type="checkbox"
              checked={tpl.fields.some((x) => x.id === f)}
              onChange={(e) => toggleField(f, e.currentTarget.checked)}
            />
            <label htmlFor={`${id}-field-${f}`}>{t(FIELD_LABEL[f])}</label>
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('testimony.editor.limits')}</legend>
        {(['words', 'characters', 'minutes'] as const).map((unit) => (
          <div className="field" key={unit}>
            <label htmlFor={`${id}-limit-${unit}`}>{t(LIMIT_LABEL[unit])}</label>
            <input
              id={`${id}-limit-${unit}`}
              type="number"
              min={1}
              value={tpl.limits[unit] ?? ''}
              onChange={(e) => {
                const value = optionalNumber(e.currentTarget.value);
                setTpl((x) => ({
                  ...x,
                  limits: { ...x.limits, [unit]: unit === 'minutes' ? value : value && Math.round(value) },
                }));
              }}
            />
          </div>
        ))}
        <div className="field field--checkbox">
          <input
            id={`${id}-numbered`}
            type="checkbox"
            checked={tpl.layout.numberedParagraphs}
            onChange={(e) =>
              setTpl((x) => ({ ...x, layout: { ...x.layout, numberedParagraphs: e.currentTarget.checked } }))
            }
          />
          <label htmlFor={`${id}-numbered`}>{t('testimony.editor.numbered')}</label>
        </div>
      </fieldset>

      <h2>{t('testimony.editor.sections')}</h2>
      <ol className="template-editor__sections">
        {tpl.sections.map((s, i) => (
          <li key={s.id} className="template-editor__section">
            <fieldset>
              <legend>{t('testimony.editor.sectionN', { n: i + 1, title: tt(s.title) })}</legend>
              <div className="field">
                <label htmlFor={`${id}-${s.id}-title`}>{t('testimony.editor.sectionTitle')}</label>
                <input
                  id={`${id}-${s.id}-title`}
                  value={s.title[lang]}
                  maxLength={300}
                  onChange={(e) => setSection(i, { title: { ...s.title, [lang]: e.currentTarget.value } })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-${s.id}-guidance`}>{t('testimony.editor.guidance')}</label>
                <textarea
                  id={`${id}-${s.id}-guidance`}
                  rows={3}
                  value={s.guidance[lang]}
                  maxLength={4000}
                  onChange={(e) => setSection(i, { guidance: { ...s.guidance, [lang]: e.currentTarget.value } })}
                />
              </div>
              <div className="template-editor__row">
                <div className="field">
                  <label htmlFor={`${id}-${s.id}-unit`}>{t('testimony.editor.budgetUnit')}</label>
                  <select
                    id={`${id}-${s.id}-unit`}
                    value={s.budget?.unit ?? ''}
                    onChange={(e) => {
                      const unit = e.currentTarget.value as BudgetUnit | '';
                      setSection(i, {
                        budget: unit ? { unit, max: s.budget?.max ?? (unit === 'minutes' ? 1 : 100) } : undefined,
                      });
                    }}
                  >
                    <option value="">{t('testimony.editor.noBudget')}</option>
                    {BUDGET_UNITS.map((u) => (
                      <option key={u} value={u}>
                        {t(UNIT_LABEL[u])}
                      </option>
                    ))}
                  </select>
                </div>
                {s.budget && (
                  <div className="field">
                    <label htmlFor={`${id}-${s.id}-max`}>{t('testimony.editor.budgetMax')}</label>
                    <input
                      id={`${id}-${s.id}-max`}
                      type="number"
                      min={0.1}
                      step={s.budget.unit === 'minutes' ? 0.25 : 1}
                      value={s.budget.max}
                      onChange={(e) => {
                        const max = optionalNumber(e.currentTarget.value);
                        if (max) setSection(i, { budget: { unit: s.budget!.unit, max } });
                      }}
                    />
                  </div>
                )}
              </div>
              <div className="field field--checkbox">
                <input
                  id={`${id}-${s.id}-optional`}
                  type="checkbox"
                  checked={s.optional}
                  onChange={(e) => setSection(i, { optional: e.currentTarget.checked })}
                />
                <label htmlFor={`${id}-${s.id}-optional`}>{t('testimony.editor.optional')}</label>
              </div>
              <div className="field field--checkbox">
                <input
                  id={`${id}-${s.id}-print`}
                  type="checkbox"
                  checked={s.printTitle}
                  onChange={(e) => setSection(i, { printTitle: e.currentTarget.checked })}
                />
                <label htmlFor={`${id}-${s.id}-print`}>{t('testimony.editor.printTitle')}</label>
              </div>
              <div className="notice__actions">
                <button
                  type="button"
                  className="button button--quiet button--small"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  {t('testimony.editor.moveUp')}
                </button>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  disabled={i === tpl.sections.length - 1}
                  onClick={() => move(i, 1)}
                >
                  {t('testimony.editor.moveDown')}
                </button>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  disabled={tpl.sections.length <= 1}
                  onClick={() => setTpl((x) => ({ ...x, sections: x.sections.filter((_s, j) => j !== i) }))}
                >
                  {t('testimony.editor.removeSection')}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          setTpl((x) => ({
            ...x,
            sections: [
              ...x.sections,
              {
                id: newSectionId(x.sections),
                title: {
                  en: i18n.getFixedT('en')('testimony.editor.newSection'),
                  es: i18n.getFixedT('es')('testimony.editor.newSection'),
                },
                guidance: { en: '', es: '' },
                prompts: [],
                optional: false,
                format: 'paragraphs',
                printTitle: false,
              },
            ],
          }))
        }
      >
        {t('testimony.editor.addSection')}
      </button>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div className="notice__actions">
        <button type="button" className="button" disabled={busy} onClick={() => void save()}>
          {t('testimony.editor.save')}
        </button>
      </div>
    </section>
  );
}
