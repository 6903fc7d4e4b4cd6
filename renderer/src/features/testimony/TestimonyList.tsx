import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestimonySummary } from '../../../../shared/testimony/testimony-data';
import type { IpcError } from '../../../../shared/ipc/result';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { useFormatters } from '../../ui/use-formatters';
import { useTemplateText } from '../../ui/use-template-text';

type State =
  { status: 'loading' } | { status: 'error'; error: IpcError } | { status: 'ready'; items: TestimonySummary[] };

/** Every testimony document, newest first, with its template; new, open, move to trash. */
export function TestimonyList({
  onNew,
  onOpen,
  onTemplates,
}: {
  onNew: () => void;
  onOpen: (id: string) => void;
  onTemplates: () => void;
}) {
  const { t } = useTranslation();
  const tt = useTemplateText();
  const toText = useErrorText();
  const { dateTime } = useFormatters();
  const headingId = useId();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const result = await harbor.testimony.list();
    setState(result.ok ? { status: 'ready', items: result.value } : { status: 'error', error: result.error });
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const trash = async (item: TestimonySummary) => {
    const result = await harbor.testimony.trash({ id: item.id });
    if (!result.ok) return setNotice(toText(result.error));
    setNotice(t('testimony.list.trashed', { title: item.title || t('testimony.list.untitled') }));
    await reload();
  };

  return (
    <section className="testimony" aria-labelledby={headingId}>
      <div className="testimony__head">
        <h1 id={headingId}>{t('testimony.list.title')}</h1>
        <div className="testimony__actions">
          <button type="button" className="button button--quiet" onClick={onTemplates}>
            {t('testimony.list.templates')}
          </button>
          <button type="button" className="button" onClick={onNew}>
            {t('testimony.list.new')}
          </button>
        </div>
      </div>
      <p className="hint">{t('testimony.list.intro')}</p>
      <div role="status" aria-live="polite">
        {notice}
      </div>
      {state.status === 'loading' && <p role="status">{t('testimony.common.loading')}</p>}
      {state.status === 'error' && (
        <p className="notice notice--error" role="alert">
          {toText(state.error)}
        </p>
      )}
      {state.status === 'ready' && state.items.length === 0 && <p className="hint">{t('testimony.list.empty')}</p>}
      {state.status === 'ready' && state.items.length > 0 && (
        <ul className="testimony-list" aria-label={t('testimony.list.listLabel')}>
          {state.items.map((item) => {
            const title = item.title || t('testimony.list.untitled');
            return (
              <li key={item.id} className="testimony-list__item">
                <button type="button" className="testimony-list__open" onClick={() => onOpen(item.id)}>
                  <span className="testimony-list__title">{title}</span>
                  <span className="hint">
                    {t('testimony.list.meta', { template: tt(item.templateName), date: dateTime(item.updatedAt) })}
                  </span>
                </button>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={t('testimony.list.trashNamed', { title })}
                  onClick={() => void trash(item)}
                >
                  {t('testimony.list.trash')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
