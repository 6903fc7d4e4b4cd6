import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DetailRegister, RegisterDetail } from '../../../../../shared/story/detail-register';
import { withVariantAdded, withVariantOn } from '../../../ui/document/live-register';

/**
 * The spellings Harbor looks for for one detail (proposed ones checked), each a checkbox the writer
 * can turn off, and a field to add another. Folded away by default: most people never need it, and
 * a long register stays a short list.
 */
export function DetailVariants({
  detail,
  register,
  onChange,
}: {
  detail: RegisterDetail;
  register: DetailRegister;
  onChange: (next: DetailRegister) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const bodyId = useId();
  const hintId = useId();
  const inputId = useId();
  const on = detail.variants.filter((v) => v.on).length;

  const add = async () => {
    const next = withVariantAdded(register, detail.id, typed);
    if (!next) return;
    if (await onChange(next)) setTyped('');
  };

  return (
    <div className="detail__variants">
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls={open ? bodyId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="disclosure__arrow" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        {t('workspace.sensitive.variants.summary', { on, total: detail.variants.length })}
      </button>
      {open && (
        <div id={bodyId}>
          <fieldset aria-describedby={hintId}>
            <legend className="visually-hidden">
              {t('workspace.sensitive.variants.legend', { text: detail.text })}
            </legend>
            <p id={hintId} className="hint">
              {t('workspace.sensitive.variants.hint')}
            </p>
            <ul className="variant-list">
              {detail.variants.map((v) => (
                <li key={v.text}>
                  <label className="variant">
                    <input
                      type="checkbox"
                      checked={v.on}
                      onChange={(e) => void onChange(withVariantOn(register, detail.id, v.text, e.target.checked))}
                    />
                    <span>{v.text}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <form
            className="variant-add"
            onSubmit={(e) => {
              e.preventDefault();
              void add();
            }}
          >
            <label htmlFor={inputId}>{t('workspace.sensitive.variants.addLabel')}</label>
            <div className="variant-add__row">
              <input
                id={inputId}
                type="text"
                value={typed}
                maxLength={300}
                autoComplete="off"
                spellCheck={false}
                aria-label={t('workspace.sensitive.variants.addLabelFor', { text: detail.text })}
                onChange={(e) => setTyped(e.target.value)}
              />
              <button type="submit" className="button button--small" disabled={!typed.trim()}>
                {t('workspace.sensitive.variants.add')}
              </button>
            </div>
          </form>
        </div>
      )}
    </div>
  );
}
