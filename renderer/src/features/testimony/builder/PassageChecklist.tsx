import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The paragraphs ticked in an excerpt picker, by their place in the text. */
export function usePassageChoice() {
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const toggle = useCallback(
    (i: number) =>
      setChosen((c) => {
        const next = new Set(c);
        if (next.has(i)) next.delete(i);
        else next.add(i);
        return next;
      }),
    [],
  );
  const reset = useCallback(() => setChosen(new Set()), []);
  return { chosen, toggle, reset };
}

/** The paragraphs one can quote, each with a checkbox; then the hint and Insert / Cancel. */
export function PassageChecklist({
  passages,
  chosen,
  onToggle,
  hint,
  onInsert,
  onCancel,
}: {
  passages: readonly { index: number; text: string }[];
  chosen: ReadonlySet<number>;
  onToggle: (index: number) => void;
  hint: string;
  onInsert: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {passages.length > 0 && (
        <ul className="excerpt-picker__blocks" aria-label={t('testimony.excerpt.passages')}>
          {passages.map((p) => (
            <li key={p.index}>
              <label className="excerpt-picker__block">
                <input type="checkbox" checked={chosen.has(p.index)} onChange={() => onToggle(p.index)} />
                <span>{p.text}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{hint}</p>
      <div className="notice__actions">
        <button type="button" className="button button--small" disabled={chosen.size === 0} onClick={onInsert}>
          {t('testimony.excerpt.insert')}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          {t('testimony.common.cancel')}
        </button>
      </div>
    </>
  );
}
