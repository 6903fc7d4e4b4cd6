import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { POSITIONS, type FieldId } from '../../../../../shared/templates/template-schema';
import { headingStyle } from '../../../../../shared/testimony/build-testimony-export';
import type { Testimony, TestimonyEdit } from '../../../../../shared/testimony/testimony-data';
import { useTemplateText } from '../../../ui/use-template-text';
import { FIELD_LABEL, POSITION_LABEL } from '../field-labels';

/** The hearing's details the template asks for. The witness's name is not one: it comes from the consent. */
export function MetadataForm({
  testimony,
  onChange,
}: {
  testimony: Testimony;
  onChange: (change: Partial<TestimonyEdit>) => void;
}) {
  const { t } = useTranslation();
  const tt = useTemplateText();
  const baseId = useId();
  // The switch exists only where the template has a memo block (briefing, state committee).
  const hasMemo = testimony.template.layout.memoBlock.length > 0;
  const set = (field: FieldId, value: string) => onChange({ metadata: { ...testimony.metadata, [field]: value } });

  return (
    <form className="builder__form" aria-label={t('testimony.details.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${baseId}-title`}>{t('testimony.details.title')}</label>
        <input
          id={`${baseId}-title`}
          value={testimony.title}
          maxLength={300}
          onChange={(e) => onChange({ title: e.currentTarget.value })}
        />
        <p className="hint">{t('testimony.details.titleHint')}</p>
      </div>
      <div className="field">
        <label htmlFor={`${baseId}-language`}>{t('testimony.details.language')}</label>
        <select
          id={`${baseId}-language`}
          value={testimony.language}
          onChange={(e) => onChange({ language: e.currentTarget.value === 'es' ? 'es' : 'en' })}
        >
          <option value="en">{t('testimony.details.english')}</option>
          <option value="es">{t('testimony.details.spanish')}</option>
        </select>
      </div>
      {testimony.template.fields.map((field) => {
        const id = `${baseId}-${field.id}`;
        const value = testimony.metadata[field.id] ?? '';
        const hintId = field.help ? `${id}-hint` : undefined;
        return (
          <div className="field" key={field.id}>
            <label htmlFor={id}>
              {t(FIELD_LABEL[field.id])}
              {field.required && <span className="field__required">{t('testimony.details.required')}</span>}
            </label>
            {field.id === 'position' ? (
              <select
                id={id}
                value={value}
                aria-describedby={hintId}
                onChange={(e) => set(field.id, e.currentTarget.value)}
              >
                <option value="">{t('testimony.positions.none')}</option>
                {POSITIONS.map((p) => (
                  <option key={p} value={p}>
                    {t(POSITION_LABEL[p])}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                type={field.id === 'hearingDate' ? 'date' : 'text'}
                value={value}
                maxLength={500}
                aria-describedby={hintId}
                aria-required={field.required || undefined}
                onChange={(e) => set(field.id, e.currentTarget.value)}
              />
            )}
            {field.help && (
              <p className="hint" id={hintId}>
                {tt(field.help)}
              </p>
            )}
          </div>
        );
      })}
      {hasMemo && (
        <fieldset className="field choice-group" aria-describedby={`${baseId}-heading-hint`}>
          <legend>{t('testimony.details.headingStyle')}</legend>
          {(['lines', 'memo'] as const).map((style) => (
            <label key={style} className="choice">
              <input
                type="radio"
                name={`${baseId}-heading`}
                value={style}
                checked={headingStyle(testimony) === style}
                onChange={() => onChange({ headingStyle: style })}
              />
              {style === 'memo' ? t('testimony.details.headingMemo') : t('testimony.details.headingLines')}
            </label>
          ))}
          <p className="hint" id={`${baseId}-heading-hint`}>
            {t('testimony.details.headingHint')}
          </p>
        </fieldset>
      )}
      <p className="hint">{t('testimony.details.nameHint')}</p>
    </form>
  );
}
