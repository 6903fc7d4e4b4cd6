import { HiddenFileInput } from '../../../ui/HiddenFileInput';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../../../../shared/templates/template-schema';
import { harbor } from '../../../platform/bridge';
import { useErrorText } from '../../../platform/use-error-text';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useTemplateText, useUiLanguage } from '../../../ui/use-template-text';
import { useTemplates } from '../use-templates';
import { TemplateEditor } from './TemplateEditor';
import { BackBar } from '../BackBar';

/** The file is read here and its text sent to the main process; a path never crosses the bridge. */
const MAX_FILE_BYTES = 400_000;

/** Your templates: duplicate a built-in, edit your own, import and export them as files. */
export function TemplatesScreen({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const tt = useTemplateText();
  const language = useUiLanguage();
  const toText = useErrorText();
  const headingId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { state, reload } = useTemplates();
  const [editing, setEditing] = useState<Template | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const duplicate = async (template: Template) => {
    const result = await harbor.template.duplicate({ id: template.id, language });
    if (!result.ok) return setNotice({ kind: 'error', text: toText(result.error) });
    await reload();
    setEditing(result.value.template);
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) return setNotice({ kind: 'error', text: t('testimony.templates.tooLarge') });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setNotice({ kind: 'error', text: t('testimony.templates.unreadable') });
    }
    const result = await harbor.template.import({ text });
    if (!result.ok)
      return setNotice({ kind: 'error', text: `${toText(result.error)} ${t('testimony.templates.nothingChanged')}` });
    await reload();
    setNotice({ kind: 'ok', text: t('testimony.templates.imported', { name: tt(result.value.template.name) }) });
  };

  const exportTemplate = async (template: Template) => {
    const result = await harbor.template.export({ id: template.id });
    if (!result.ok) return setNotice({ kind: 'error', text: toText(result.error) });
    setNotice(
      result.value.status === 'saved'
        ? { kind: 'ok', text: t('testimony.templates.exported', { name: result.value.value.fileName }) }
        : { kind: 'ok', text: t('testimony.templates.exportCancelled') },
    );
  };

  const remove = async () => {
    if (!deleting) return;
    const result = await harbor.template.delete({ id: deleting.id });
    setDeleting(null);
    if (!result.ok) return setNotice({ kind: 'error', text: toText(result.error) });
    await reload();
    setNotice({ kind: 'ok', text: t('testimony.templates.deleted') });
  };

  if (editing) {
    return (
      <TemplateEditor
        template={editing}
        onDone={async (saved) => {
          setEditing(null);
          await reload();
          if (saved) setNotice({ kind: 'ok', text: t('testimony.templates.saved', { name: tt(saved.name) }) });
        }}
      />
    );
  }

  return (
    <section className="testimony" aria-labelledby={headingId}>
      <BackBar label={t('testimony.common.back')} onBack={onClose} />
      <div className="testimony__head">
        <h1 id={headingId}>{t('testimony.templates.title')}</h1>
        <div className="testimony__actions">
          <HiddenFileInput
            inputRef={inputRef}
            accept=".json,application/json"
            testId="template-import-input"
            onFile={(file) => void importFile(file)}
          />
          <button type="button" className="button button--quiet" onClick={() => inputRef.current?.click()}>
            {t('testimony.templates.import')}
          </button>
        </div>
      </div>
      <p className="hint">{t('testimony.templates.intro')}</p>
      {notice && (
        <p
          className={notice.kind === 'error' ? 'notice notice--error' : 'notice notice--success'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      )}
      {state.status === 'error' && (
        <p className="notice notice--error" role="alert">
          {toText(state.error)}
        </p>
      )}
      {state.status === 'ready' && (
        <ul className="template-list" aria-label={t('testimony.templates.listLabel')}>
          {state.entries.map(({ template, builtIn }) => {
            const name = tt(template.name);
            return (
              <li key={template.id} className="template-card">
                <h2 className="template-card__name">{name}</h2>
                <p className="template-card__when">{tt(template.whenToUse)}</p>
                <p className="hint">
                  {builtIn
                    ? t('testimony.templates.builtIn')
                    : t('testimony.templates.customVersion', { version: template.version })}
                </p>
                <div className="notice__actions">
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={t('testimony.templates.duplicateNamed', { name })}
                    onClick={() => void duplicate(template)}
                  >
                    {t('testimony.templates.duplicate')}
                  </button>
                  {!builtIn && (
                    <>
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        aria-label={t('testimony.templates.editNamed', { name })}
                        onClick={() => setEditing(template)}
                      >
                        {t('testimony.templates.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        aria-label={t('testimony.templates.exportNamed', { name })}
                        onClick={() => void exportTemplate(template)}
                      >
                        {t('testimony.templates.export')}
                      </button>
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        aria-label={t('testimony.templates.deleteNamed', { name })}
                        onClick={() => setDeleting(template)}
                      >
                        {t('testimony.templates.delete')}
                      </button>
                    </>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('testimony.templates.deleteTitle', { name: tt(deleting.name) })}
          confirmLabel={t('testimony.templates.delete')}
          cancelLabel={t('testimony.common.cancel')}
          destructive
          onConfirm={() => void remove()}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('testimony.templates.deleteBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
