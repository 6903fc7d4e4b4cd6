import { useId, type InputHTMLAttributes } from 'react';

/* A labelled field of a campaign form: the label names the control (a test or a screen reader finds it by its label). */

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/** A text, number or date input with its label and, when given, a hint it is described by. */
export function TextField({
  label,
  hint,
  value,
  onChange,
  ...input
}: InputProps & { label: string; hint?: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        {...(hint ? { 'aria-describedby': `${id}-hint` } : {})}
        {...input}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** A choice from a short list, with its label; `none` is the first choice when the field may be left empty (value ''). */
export function ChoiceField<V extends string>({
  label,
  value,
  choices,
  none,
  onChange,
}: {
  label: string;
  value: V | '';
  choices: readonly { value: V; label: string }[];
  none?: string;
  onChange: (value: V | '') => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V | '')}>
        {none !== undefined && <option value="">{none}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
