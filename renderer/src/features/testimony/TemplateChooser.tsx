import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { useTemplateText, useUiLanguage } from '../../ui/use-template-text';
import { useTemplates } from './use-templates';
import { BackBar } from './BackBar';
import { optional } from '../../../../shared/core/optional';

/** Step one: which kind of testimony, each with one line on when to use it. */
export function TemplateChooser({
  fromStoryId,
  onCreated,
  onCancel,
}: {
  fromStoryId: string | null;
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const tt = useTemplateText();
  const language = useUiLanguage();
  const toText = useErrorText();
  const headingId = useId();
  const { state } = useTemplates();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = async (templateId: string) => {
    setBusy(true);
    setError(null);
    const result = await harbor.testimony.create({
      templateId,
      language,
      ...optional('fromStoryId', fromStoryId || undefined),
    });
    setBusy(false);
    if (result.ok) onCreated(result.value.id);
    else setError(toText(result.error));
  };

  return (
    <section className="testimony" aria-labelledby={headingId}>
      <BackBar label={t('testimony.common.back')} onBack={onCancel} />
      <h1 id={headingId}>{t('testimony.choose.title')}</h1>
      <p className="hint">{fromStoryId ? t('testimony.choose.fromStory') : t('testimony.choose.intro')}</p>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {state.status === 'loading' && <p role="status">{t('testimony.common.loading')}</p>}
      {state.status === 'error' && (
        <p className="notice notice--error" role="alert">
          {toText(state.error)}
        </p>
      )}
      {state.status === 'ready' && (
        <ul className="template-list" aria-label={t('testimony.choose.listLabel')}>
          {state.entries.map(({ template, builtIn }) => (
            <li key={template.id} className="template-card">
              <h2 className="template-card__name">{tt(template.name)}</h2>
              <p className="template-card__when">{tt(template.whenToUse)}</p>
              {!builtIn && <p className="hint">{t('testimony.templates.custom')}</p>}
              <button
                type="button"
                className="button"
                disabled={busy}
                aria-label={t('testimony.choose.useNamed', { name: tt(template.name) })}
                onClick={() => void choose(template.id)}
              >
                {t('testimony.choose.use')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
