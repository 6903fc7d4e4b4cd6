import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OUTCOME_RESULTS,
  type Campaign,
  type Outcome,
  type OutcomeResult,
} from '../../../../shared/campaign/campaign-data';
import { todayIso } from '../../ui/today';
import { newEntryId } from './entry-id';
import { RESULT_LABEL } from './labels';
import { SaveError } from './SaveError';
import type { CampaignSave } from './use-campaign';
import { useDayText } from './use-day-text';
import { useSaveStatus } from './use-save-status';

/** What changed, in the advocate's words: the result for an ask, the vote count, a note. */
export function OutcomesSection({ campaign, save }: { campaign: Campaign; save: CampaignSave }) {
  const { t } = useTranslation();
  const id = useId();
  const day = useDayText();
  const status = useSaveStatus();
  const empty = { date: todayIso(), askId: '', billId: '', result: 'won' as OutcomeResult, yes: '', no: '', note: '' };
  const [draft, setDraft] = useState(empty);
  // The outcome the form is changing; null records a new one.
  const [editing, setEditing] = useState<Outcome | null>(null);
  const edit = (o: Outcome) => {
    setEditing(o);
    setDraft({
      date: o.date,
      askId: o.askId ?? '',
      billId: o.billId ?? '',
      result: o.result,
      yes: o.votes ? String(o.votes.yes) : '',
      no: o.votes ? String(o.votes.no) : '',
      note: o.note,
    });
  };
  const stopEditing = () => {
    setEditing(null);
    setDraft(empty);
  };
  const remove = (o: Outcome) => {
    if (editing?.id === o.id) stopEditing();
    void status.run(() => save({ outcomes: campaign.outcomes.filter((q) => q.id !== o.id) }));
  };
  const askText = new Map(campaign.asks.map((a) => [a.id, a.text]));
  const billNumber = new Map(campaign.bills.map((b) => [b.id, b.number]));

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const votes =
      draft.yes !== '' || draft.no !== ''
        ? { yes: Number(draft.yes) || 0, no: Number(draft.no) || 0, abstain: editing?.votes?.abstain ?? 0 }
        : null;
    const outcome: Outcome = {
      id: editing?.id ?? newEntryId(),
      date: draft.date,
      askId: draft.askId || null,
      billId: draft.billId || null,
      result: draft.result,
      votes,
      amendmentIds: editing?.amendmentIds ?? [],
      note: draft.note,
    };
    const outcomes = editing
      ? campaign.outcomes.map((o) => (o.id === editing.id ? outcome : o))
      : [...campaign.outcomes, outcome];
    if (await status.run(() => save({ outcomes }))) stopEditing();
  };

  return (
    <section className="campaign-section" aria-labelledby={id}>
      <h2 id={id}>{t('campaigns.outcomes.title')}</h2>
      {campaign.outcomes.length === 0 ? (
        <p>{t('campaigns.outcomes.empty')}</p>
      ) : (
        <ul className="outcome-list">
          {campaign.outcomes.map((o) => (
            <li key={o.id}>
              <strong>{t(RESULT_LABEL[o.result])}</strong> · {day(o.date)}
              {o.askId && askText.has(o.askId) && ` · ${askText.get(o.askId)}`}
              {o.billId && billNumber.has(o.billId) && ` · ${billNumber.get(o.billId)}`}
              {o.votes &&
                ` · ${t('campaigns.outcomes.voteLine', { yes: String(o.votes.yes), no: String(o.votes.no) })}`}
              {o.note && ` — ${o.note}`}{' '}
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('campaigns.outcomes.editOf', { result: t(RESULT_LABEL[o.result]), date: day(o.date) })}
                onClick={() => edit(o)}
              >
                {t('campaigns.entry.edit')}
              </button>{' '}
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('campaigns.outcomes.removeOf', { result: t(RESULT_LABEL[o.result]), date: day(o.date) })}
                disabled={status.busy}
                onClick={() => remove(o)}
              >
                {t('campaigns.entry.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="campaign-form campaign-form--inline" onSubmit={(e) => void add(e)} aria-labelledby={`${id}-add`}>
        <h3 id={`${id}-add`}>{editing ? t('campaigns.outcomes.editTitle') : t('campaigns.outcomes.add')}</h3>
        <div className="campaign-form__row">
          <div className="field">
            <label htmlFor={`${id}-result`}>{t('campaigns.outcomes.result')}</label>
            <select
              id={`${id}-result`}
              value={draft.result}
              onChange={(e) => setDraft({ ...draft, result: e.target.value as OutcomeResult })}
            >
              {OUTCOME_RESULTS.map((r) => (
                <option key={r} value={r}>
                  {t(RESULT_LABEL[r])}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('campaigns.outcomes.date')}</label>
            <input
              id={`${id}-date`}
              type="date"
              required
              value={draft.date}
              onChange={(e) => setDraft({ ...draft, date: e.target.value })}
            />
          </div>
        </div>
        <div className="campaign-form__row">
          <div className="field">
            <label htmlFor={`${id}-ask`}>{t('campaigns.outcomes.ask')}</label>
            <select
              id={`${id}-ask`}
              value={draft.askId}
              onChange={(e) => setDraft({ ...draft, askId: e.target.value })}
            >
              <option value="">{t('campaigns.outcomes.noAsk')}</option>
              {campaign.asks.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.text}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-bill`}>{t('campaigns.outcomes.bill')}</label>
            <select
              id={`${id}-bill`}
              value={draft.billId}
              onChange={(e) => setDraft({ ...draft, billId: e.target.value })}
            >
              <option value="">{t('campaigns.outcomes.noBill')}</option>
              {campaign.bills.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.number}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="campaign-form__row">
          <div className="field">
            <label htmlFor={`${id}-yes`}>{t('campaigns.outcomes.yes')}</label>
            <input
              id={`${id}-yes`}
              type="number"
              min={0}
              inputMode="numeric"
              value={draft.yes}
              onChange={(e) => setDraft({ ...draft, yes: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-no`}>{t('campaigns.outcomes.no')}</label>
            <input
              id={`${id}-no`}
              type="number"
              min={0}
              inputMode="numeric"
              value={draft.no}
              onChange={(e) => setDraft({ ...draft, no: e.target.value })}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('campaigns.outcomes.note')}</label>
          <input
            id={`${id}-note`}
            value={draft.note}
            maxLength={5000}
            onChange={(e) => setDraft({ ...draft, note: e.target.value })}
          />
        </div>
        <SaveError error={status.error} />
        <button type="submit" className="button" disabled={status.busy || !draft.date}>
          {editing ? t('campaigns.entry.saveChanges') : t('campaigns.outcomes.addButton')}
        </button>
        {editing && (
          <button type="button" className="button button--quiet" onClick={stopEditing}>
            {t('campaigns.cancel')}
          </button>
        )}
      </form>
    </section>
  );
}
