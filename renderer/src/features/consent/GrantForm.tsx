import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AUDIENCE_KINDS,
  EXPORT_FORMATS,
  IDENTITY_MODES,
  REDACTABLE_CATEGORIES,
  isLegislative,
  type AudienceKind,
  type ConsentGrant,
  type ExportFormat,
  type IdentityMode,
  type RedactableCategory,
} from '../../../../shared/consent/grant';
import { displayName } from '../../../../shared/consent/identity';
import { summarizeGrant } from '../../../../shared/consent/summary';
import {
  addDays,
  draftFromTerms,
  draftProblems,
  latestExpiry,
  newDraft,
  termsFromDraft,
  type DraftField,
  type DraftProblem,
  type GrantDraft,
} from '../../../../shared/consent/grant-draft';
import type { SensitiveDetail } from '../../../../shared/story/sensitive-details';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';
import { FlowActions } from '../../ui/FlowActions';
import { AuthorNameField } from './AuthorNameField';
import { docLanguage } from './doc-language';
import { todayIso } from '../../ui/today';
import { useAuthorProfile } from './use-author-profile';
import './grant-form.css';
import './grant-form-page.css';
import { EXPORT_FORMAT_LABEL, SENSITIVE_CATEGORY_LABEL } from '../../i18n/concept-labels';
import { DOT_SEPARATOR } from '../../ui/dot-separated';

// Locale keys written out, one per value, so the lint rule and the compiler can check each.
const PROBLEM = {
  required: 'consent.form.problems.required',
  'no-format': 'consent.form.problems.no-format',
  'bad-date': 'consent.form.problems.bad-date',
  'date-past': 'consent.form.problems.date-past',
  'date-too-far': 'consent.form.problems.date-too-far',
  'public-record': 'consent.form.problems.public-record',
} as const satisfies Record<DraftProblem, string>;
const AUDIENCE_KIND = {
  'legislative-committee': 'consent.form.audienceKinds.legislative-committee',
  'legislator-office': 'consent.form.audienceKinds.legislator-office',
  'advocacy-organization': 'consent.form.audienceKinds.advocacy-organization',
  media: 'consent.form.audienceKinds.media',
  public: 'consent.form.audienceKinds.public',
  other: 'consent.form.audienceKinds.other',
} as const satisfies Record<AudienceKind, string>;
const IDENTITY = {
  full: 'consent.form.identities.full',
  first: 'consent.form.identities.first',
  initials: 'consent.form.identities.initials',
  pseudonym: 'consent.form.identities.pseudonym',
  anonymous: 'consent.form.identities.anonymous',
} as const satisfies Record<IdentityMode, string>;
const REDACT_CATEGORY = {
  person: 'consent.form.categories.person',
  place: 'consent.form.categories.place',
  date: 'consent.form.categories.date',
  organization: 'consent.form.categories.organization',
  contact: 'consent.form.categories.contact',
  other: 'consent.form.categories.other',
} as const satisfies Record<RedactableCategory, string>;

export interface GrantFormProps {
  /** What a new grant covers: a story, or a testimony and every story it quotes. */
  sourceIds: readonly string[];
  /** Editing this grant; a new one when absent. */
  grant?: ConsentGrant;
  /** The sensitive details of what it covers, for per-detail exceptions. */
  details: SensitiveDetail[];
  /** Starting terms for a new grant (a testimony's committee, its template's formats). */
  initial?: Partial<GrantDraft>;
  /** The file types the document can be (a UK committee takes Word only); default both. */
  formats?: readonly ExportFormat[];
  /** The document usually becomes public record whoever receives it (every legislative template). */
  publicRecord?: boolean;
  /** Whether the form shows its own title (not when the page around it already says it). */
  titled?: boolean;
  onSaved: (grant: ConsentGrant) => void;
  onCancel: () => void;
}

/**
 * A consent, field by field: who receives it, what for, under which name, which details are
 * removed (with exceptions), which file types, until when; for lawmakers, the public-record
 * acknowledgement. Problems show after the first try to save, next to their field.
 */
export function GrantForm({
  sourceIds,
  grant,
  details,
  initial,
  formats = EXPORT_FORMATS,
  publicRecord = false,
  titled = true,
  onSaved,
  onCancel,
}: GrantFormProps) {
  const { t, i18n } = useTranslation();
  const toText = useErrorText();
  const lang = docLanguage(i18n.language);
  const id = useId();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(titled);
  const formRef = useRef<HTMLFormElement>(null);
  const { profile, save: saveName } = useAuthorProfile();
  const today = todayIso();
  const createdOn = grant ? grant.createdAt.slice(0, 10) : today;
  const [draft, setDraft] = useState<GrantDraft>(() => {
    if (grant) return draftFromTerms(grant);
    const fresh = { ...newDraft(today), ...initial };
    return { ...fresh, formats: fresh.formats.filter((f) => formats.includes(f)) };
  });
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  const problems = draftProblems(draft, today, createdOn, { publicRecord });
  const shown = tried ? problems : {};
  const set = <K extends keyof GrantDraft>(key: K, value: GrantDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const toggle = <T extends string>(list: T[], item: T, on: boolean): T[] =>
    on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
  const fieldId = (field: DraftField) => `${id}-${field}`;
  const errorId = (field: DraftField) => `${id}-${field}-error`;
  const invalid = (field: DraftField) =>
    shown[field] ? { 'aria-invalid': true as const, 'aria-describedby': errorId(field) } : {};
  const problemText = (field: DraftField) => {
    const p = shown[field];
    return p ? (
      <p id={errorId(field)} className="error-text">
        {t(PROBLEM[p])}
      </p>
    ) : null;
  };

  const legislative = publicRecord || (draft.audienceKind !== '' && isLegislative(draft.audienceKind));
  const complete = draft.audienceKind !== '' && draft.audienceName.trim() && draft.purpose.trim();
  const redactedDetails = details.filter((d) => draft.categories.includes(d.category));

  const identityExample = (mode: IdentityMode): string | null => {
    if (mode === 'pseudonym') return draft.pseudonym.trim() || null;
    if (mode !== 'anonymous' && !profile.fullName.trim()) return null;
    return displayName({ full: profile.fullName }, { mode }, lang);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setSaveError(null);
    const first = (Object.keys(problems) as DraftField[])[0];
    if (first) {
      // After this render shows the messages, put the person on the first field that needs them.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus());
      return;
    }
    setSaving(true);
    const terms = termsFromDraft(draft, { publicRecord });
    const result = grant
      ? await harbor.consent.update({ id: grant.id, terms })
      : await harbor.consent.create({ sourceIds: [...sourceIds], terms });
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else setSaveError(toText(result.error));
  };

  return (
    <form
      ref={formRef}
      id={`${id}-form`}
      className="grant-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1} className={titled ? 'panel-subtitle' : 'visually-hidden'}>
        {grant ? t('consent.form.editTitle') : t('consent.form.newTitle')}
      </h3>
      {tried && Object.keys(problems).length > 0 && (
        <p className="notice notice--caution" role="alert">
          {t('consent.form.fixFirst')}
        </p>
      )}

      <div className="field">
        <label htmlFor={fieldId('audienceKind')}>{t('consent.form.audienceKind')}</label>
        <select
          id={fieldId('audienceKind')}
          data-field="audienceKind"
          value={draft.audienceKind}
          onChange={(e) => set('audienceKind', e.target.value as AudienceKind | '')}
          {...invalid('audienceKind')}
        >
          <option value="">{t('consent.form.chooseKind')}</option>
          {AUDIENCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(AUDIENCE_KIND[kind])}
            </option>
          ))}
        </select>
        {problemText('audienceKind')}
      </div>

      <div className="field">
        <label htmlFor={fieldId('audienceName')}>{t('consent.form.audienceName')}</label>
        <p className="hint" id={`${id}-audienceName-hint`}>
          {t('consent.form.audienceNameHint')}
        </p>
        <input
          id={fieldId('audienceName')}
          data-field="audienceName"
          type="text"
          maxLength={200}
          value={draft.audienceName}
          onChange={(e) => set('audienceName', e.target.value)}
          {...invalid('audienceName')}
        />
        {problemText('audienceName')}
      </div>

      <div className="field">
        <label htmlFor={fieldId('purpose')}>{t('consent.form.purpose')}</label>
        <p className="hint">{t('consent.form.purposeHint')}</p>
        <input
          id={fieldId('purpose')}
          data-field="purpose"
          type="text"
          maxLength={500}
          value={draft.purpose}
          onChange={(e) => set('purpose', e.target.value)}
          {...invalid('purpose')}
        />
        {problemText('purpose')}
      </div>

      <fieldset className="choice-group">
        <legend>{t('consent.form.identity')}</legend>
        <p className="hint">{t('consent.form.identityHint')}</p>
        <AuthorNameField profile={profile} onSave={saveName} />
        {IDENTITY_MODES.map((mode) => {
          const example = identityExample(mode);
          const exampleId = `${id}-identity-${mode}-example`;
          return (
            <div className="choice identity-option" key={mode}>
              <input
                id={`${id}-identity-${mode}`}
                type="radio"
                name={`${id}-identity`}
                value={mode}
                checked={draft.identity === mode}
                aria-describedby={exampleId}
                onChange={() => set('identity', mode)}
              />
              <label htmlFor={`${id}-identity-${mode}`}>{t(IDENTITY[mode])}</label>
              <span className="hint identity-option__example" id={exampleId}>
                {example
                  ? t('consent.form.appearsAs', { name: example })
                  : mode === 'pseudonym'
                    ? ''
                    : t('consent.form.needsName')}
              </span>
            </div>
          );
        })}
        {draft.identity === 'pseudonym' && (
          <div className="field">
            <label htmlFor={fieldId('pseudonym')}>{t('consent.form.pseudonym')}</label>
            <input
              id={fieldId('pseudonym')}
              data-field="pseudonym"
              type="text"
              maxLength={80}
              value={draft.pseudonym}
              onChange={(e) => set('pseudonym', e.target.value)}
              {...invalid('pseudonym')}
            />
            {problemText('pseudonym')}
          </div>
        )}
        {draft.identity === 'anonymous' && <p className="hint">{t('consent.form.anonymousNote')}</p>}
      </fieldset>

      <fieldset className="choice-group">
        <legend>{t('consent.form.redact')}</legend>
        <p className="hint">{t('consent.form.redactHint')}</p>
        {REDACTABLE_CATEGORIES.map((category) => (
          <div className="check" key={category}>
            <input
              id={`${id}-cat-${category}`}
              type="checkbox"
              checked={draft.categories.includes(category)}
              onChange={(e) => set('categories', toggle(draft.categories, category, e.target.checked))}
            />
            <label htmlFor={`${id}-cat-${category}`}>
              <span className="swatch" data-sensitive={category} aria-hidden="true" />
              {t(REDACT_CATEGORY[category])}
            </label>
          </div>
        ))}
      </fieldset>

      <fieldset className="choice-group">
        <legend>{t('consent.form.keepTitle')}</legend>
        {details.length === 0 ? (
          <p className="hint">{t('consent.form.noDetails')}</p>
        ) : (
          <>
            <p className="hint">{t('consent.form.keepHint')}</p>
            {redactedDetails.map((detail) => (
              <div className="check" key={detail.id}>
                <input
                  id={`${id}-keep-${detail.id}`}
                  type="checkbox"
                  checked={draft.keep.includes(detail.id)}
                  onChange={(e) => set('keep', toggle(draft.keep, detail.id, e.target.checked))}
                />
                <label htmlFor={`${id}-keep-${detail.id}`}>
                  {t('consent.form.keepOne', { text: detail.text })}
                  <span className="hint">
                    {DOT_SEPARATOR}
                    {t(SENSITIVE_CATEGORY_LABEL[detail.category])}
                  </span>
                </label>
              </div>
            ))}
          </>
        )}
      </fieldset>

      <fieldset className="choice-group" data-field="formats" tabIndex={-1} {...invalid('formats')}>
        <legend>{t('consent.form.formats')}</legend>
        {EXPORT_FORMATS.filter((f) => formats.includes(f)).map((format) => (
          <div className="check" key={format}>
            <input
              id={`${id}-format-${format}`}
              type="checkbox"
              checked={draft.formats.includes(format)}
              onChange={(e) => set('formats', toggle(draft.formats, format, e.target.checked))}
            />
            <label htmlFor={`${id}-format-${format}`}>{t(EXPORT_FORMAT_LABEL[format])}</label>
          </div>
        ))}
        {problemText('formats')}
      </fieldset>

      <div className="field">
        <label htmlFor={fieldId('expiresOn')}>{t('consent.form.expires')}</label>
        <p className="hint">{t('consent.form.expiresHint')}</p>
        <input
          id={fieldId('expiresOn')}
          data-field="expiresOn"
          type="date"
          min={addDays(today, 1)}
          max={latestExpiry(createdOn)}
          value={draft.expiresOn}
          onChange={(e) => set('expiresOn', e.target.value)}
          {...invalid('expiresOn')}
        />
        {problemText('expiresOn')}
      </div>

      <div className="field">
        <label htmlFor={`${id}-note`}>{t('consent.form.note')}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={2000}
          value={draft.note}
          onChange={(e) => set('note', e.target.value)}
        />
      </div>

      <div className="check">
        <input
          id={`${id}-cover`}
          type="checkbox"
          checked={draft.coverNote}
          onChange={(e) => set('coverNote', e.target.checked)}
        />
        <label htmlFor={`${id}-cover`}>{t('consent.form.coverNote')}</label>
      </div>

      {legislative && (
        <div className="public-record" role="group" aria-labelledby={`${id}-pr-title`}>
          <p id={`${id}-pr-title`} className="strong">
            {t('consent.form.publicRecordTitle')}
          </p>
          <div className="check">
            <input
              id={fieldId('publicRecordAcknowledged')}
              data-field="publicRecordAcknowledged"
              type="checkbox"
              checked={draft.publicRecordAcknowledged}
              onChange={(e) => set('publicRecordAcknowledged', e.target.checked)}
              {...invalid('publicRecordAcknowledged')}
            />
            <label htmlFor={fieldId('publicRecordAcknowledged')}>{t('consent.form.publicRecord')}</label>
          </div>
          {problemText('publicRecordAcknowledged')}
        </div>
      )}

      {saveError && (
        <p className="notice notice--error" role="alert">
          {saveError}
        </p>
      )}
      {/* The sentence stays beside the save button (in the page's action bar), however far the form scrolls. */}
      <FlowActions>
        <div className="grant-summary grant-form__summary">
          <p className="strong">{t('consent.form.summaryTitle')}</p>
          {complete && !problems.pseudonym && !problems.formats && !problems.expiresOn ? (
            // Focusable, since a long sentence scrolls within the bar at large text sizes.
            <p data-testid="grant-summary" className="grant-form__sentence" tabIndex={0}>
              {summarizeGrant(termsFromDraft(draft, { publicRecord }), lang)}
            </p>
          ) : (
            <p className="hint">{t('consent.form.summaryPending')}</p>
          )}
        </div>
        <div className="grant-form__buttons">
          <button type="submit" form={`${id}-form`} className="button" disabled={saving}>
            {saving ? t('consent.form.saving') : t('consent.form.save')}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel} disabled={saving}>
            {t('consent.form.cancel')}
          </button>
        </div>
      </FlowActions>
    </form>
  );
}
