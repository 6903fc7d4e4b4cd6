import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentGrant } from '../../../../shared/consent/grant';
import { EXPORT_FORMATS, type DocumentLanguage, type ExportFormat } from '../../../../shared/core/export-formats';
import { LANGS } from '../../../../shared/core/languages';
import type { Paper } from '../../../../shared/export/export-document';
import { EXPORT_FORMAT_LABEL } from '../../i18n/concept-labels';

export interface FileOptions {
  format: ExportFormat;
  paper: Paper;
  language: DocumentLanguage;
  /** A title the writer approved for this file, or null for none. */
  title: string | null;
  fileName: string;
}

const PAPERS: readonly Paper[] = ['letter', 'a4'];
// Locale keys written out, one per value, so the lint rule and the compiler can check each.
const PAPER = {
  letter: 'consent.export.options.papers.letter',
  a4: 'consent.export.options.papers.a4',
} as const satisfies Record<Paper, string>;
const LANGUAGE = {
  en: 'consent.export.options.languages.en',
  es: 'consent.export.options.languages.es',
} as const satisfies Record<DocumentLanguage, string>;

/** Format (only those the consent allows), paper, document language, approved title, and a neutral file name. */
export function ExportOptions({
  grant,
  formats = EXPORT_FORMATS,
  options,
  onChange,
  disabled,
}: {
  grant: ConsentGrant;
  /** The file types the document can be (a UK committee takes Word only); the consent narrows them further. */
  formats?: readonly ExportFormat[];
  options: FileOptions;
  onChange: (options: FileOptions) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = <K extends keyof FileOptions>(key: K, value: FileOptions[K]) => onChange({ ...options, [key]: value });
  const radio = <T extends string>(
    group: string,
    value: T,
    current: T,
    label: string,
    onPick: () => void,
    off = false,
  ) => (
    <div className="choice" key={value}>
      <input
        id={`${id}-${group}-${value}`}
        type="radio"
        name={`${id}-${group}`}
        value={value}
        checked={current === value}
        disabled={disabled || off}
        onChange={onPick}
      />
      <label htmlFor={`${id}-${group}-${value}`}>{label}</label>
    </div>
  );
  const fileNameMissing = !options.fileName.trim();
  return (
    <div className="export-options">
      <fieldset className="choice-group">
        <legend>{t('consent.export.options.format')}</legend>
        {EXPORT_FORMATS.filter((f) => grant.formats.includes(f) && formats.includes(f)).map((f) =>
          radio('format', f, options.format, t(EXPORT_FORMAT_LABEL[f]), () => set('format', f)),
        )}
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t('consent.export.options.paper')}</legend>
        {PAPERS.map((p) => radio('paper', p, options.paper, t(PAPER[p]), () => set('paper', p)))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t('consent.export.options.language')}</legend>
        {LANGS.map((l) => radio('language', l, options.language, t(LANGUAGE[l]), () => set('language', l)))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t('consent.export.options.titleChoice')}</legend>
        <p className="hint">{t('consent.export.options.titleHint')}</p>
        {radio('title', 'none', options.title === null ? 'none' : 'own', t('consent.export.options.noTitle'), () =>
          set('title', null),
        )}
        {radio('title', 'own', options.title === null ? 'none' : 'own', t('consent.export.options.useTitle'), () =>
          set('title', ''),
        )}
        {options.title !== null && (
          <div className="field">
            <label htmlFor={`${id}-title-text`}>{t('consent.export.options.titleField')}</label>
            <input
              id={`${id}-title-text`}
              type="text"
              maxLength={300}
              value={options.title}
              disabled={disabled}
              onChange={(e) => set('title', e.target.value)}
            />
          </div>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('consent.export.options.fileName')}</label>
        <p className="hint" id={`${id}-file-hint`}>
          {t('consent.export.options.fileNameHint')}
        </p>
        <input
          id={`${id}-file`}
          type="text"
          maxLength={200}
          spellCheck={false}
          autoComplete="off"
          value={options.fileName}
          disabled={disabled}
          aria-invalid={fileNameMissing || undefined}
          aria-describedby={fileNameMissing ? `${id}-file-hint ${id}-file-error` : `${id}-file-hint`}
          onChange={(e) => set('fileName', e.target.value)}
        />
        {fileNameMissing && (
          <p id={`${id}-file-error`} className="error-text">
            {t('consent.export.options.fileNameRequired')}
          </p>
        )}
      </div>
    </div>
  );
}
