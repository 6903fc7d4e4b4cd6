import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OUTCOME_RESULTS,
  type Campaign,
  type Outcome,
  type OutcomeResult,
} from '../../../../shared/campaign/campaign-data';
import { todayIso } from '../../ui/today';
import { EntryButtons, EntryForm, useEntryEditor } from './EditableEntries';
import { newEntryId } from './entry-id';
import { ChoiceField, TextField } from './fields';
import { RESULT_LABEL } from './labels';
import type { CampaignSave } from './use-campaign';
import { useDayText } from './use-day-text';
import { DOT_SEPARATOR } from '../../ui/dot-separated';

/** What changed, in the advocate's words: the result for an ask, the vote count, a note. */
export function OutcomesSection({ campaign, save }: { campaign: Campaign; save: CampaignSave }) {
  const { t } = useTranslation();
  const id = useId();
  const day = useDayText();
  const entries = useEntryEditor({
    entries: campaign.outcomes,
    empty: () => ({
      date: todayIso(),
      askId: '',
      billId: '',
      result: 'won' as OutcomeResult,
      yes: '',
      no: '',
      note: '',
    }),
    draftOf: (o: Outcome) => ({
      date: o.date,
      askId: o.askId ?? '',
      billId: o.billId ?? '',
      result: o.result,
      yes: o.votes ? String(o.votes.yes) : '',
      no: o.votes ? String(o.votes.no) : '',
      note: o.note,
    }),
    saveAll: (outcomes) => save({ outcomes }),
  });
  const { status, draft, setDraft, editing } = entries;
  const askText = new Map(campaign.asks.map((a) => [a.id, a.text]));
  const billNumber = new Map(campaign.bills.map((b) => [b.id, b.number]));

  const saveDraft = () => {
    const votes =
      draft.yes !== '' || draft.no !== ''
        ? { yes: Number(draft.yes) || 0, no: Number(draft.no) || 0, abstain: editing?.votes?.abstain ?? 0 }
        : null;
    void entries.commit({
      id: editing?.id ?? newEntryId(),
      date: draft.date,
      askId: draft.askId || null,
      billId: draft.billId || null,
      result: draft.result,
      votes,
      amendmentIds: editing?.amendmentIds ?? [],
      note: draft.note,
    });
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
              <strong>{t(RESULT_LABEL[o.result])}</strong>
              {DOT_SEPARATOR}
              {day(o.date)}
              {o.askId && askText.has(o.askId) && `${DOT_SEPARATOR}${askText.get(o.askId)}`}
              {o.billId && billNumber.has(o.billId) && `${DOT_SEPARATOR}${billNumber.get(o.billId)}`}
              {o.votes &&
                `${DOT_SEPARATOR}${t('campaigns.outcomes.voteLine', { yes: String(o.votes.yes), no: String(o.votes.no) })}`}
              {o.note && ` — ${o.note}`}{' '}
              <EntryButtons
                editLabel={t('campaigns.outcomes.editOf', { result: t(RESULT_LABEL[o.result]), date: day(o.date) })}
                removeLabel={t('campaigns.outcomes.removeOf', { result: t(RESULT_LABEL[o.result]), date: day(o.date) })}
                busy={status.busy}
                onEdit={() => entries.edit(o)}
                onRemove={() => entries.remove(o)}
              />
            </li>
          ))}
        </ul>
      )}
      <EntryForm
        id={`${id}-add`}
        title={editing ? t('campaigns.outcomes.editTitle') : t('campaigns.outcomes.add')}
        addLabel={t('campaigns.outcomes.addButton')}
        editing={editing !== null}
        status={status}
        canSave={draft.date !== ''}
        onSave={saveDraft}
        onCancel={entries.stopEditing}
      >
        <div className="campaign-form__row">
          <ChoiceField
            label={t('campaigns.outcomes.result')}
            value={draft.result}
            choices={OUTCOME_RESULTS.map((r) => ({ value: r, label: t(RESULT_LABEL[r]) }))}
            onChange={(result) => setDraft({ ...draft, result: result as OutcomeResult })}
          />
          <TextField
            label={t('campaigns.outcomes.date')}
            type="date"
            required
            value={draft.date}
            onChange={(date) => setDraft({ ...draft, date })}
          />
        </div>
        <div className="campaign-form__row">
          <ChoiceField
            label={t('campaigns.outcomes.ask')}
            value={draft.askId}
            none={t('campaigns.outcomes.noAsk')}
            choices={campaign.asks.map((a) => ({ value: a.id, label: a.text }))}
            onChange={(askId) => setDraft({ ...draft, askId })}
          />
          <ChoiceField
            label={t('campaigns.outcomes.bill')}
            value={draft.billId}
            none={t('campaigns.outcomes.noBill')}
            choices={campaign.bills.map((b) => ({ value: b.id, label: b.number }))}
            onChange={(billId) => setDraft({ ...draft, billId })}
          />
        </div>
        <div className="campaign-form__row">
          <TextField
            label={t('campaigns.outcomes.yes')}
            type="number"
            min={0}
            inputMode="numeric"
            value={draft.yes}
            onChange={(yes) => setDraft({ ...draft, yes })}
          />
          <TextField
            label={t('campaigns.outcomes.no')}
            type="number"
            min={0}
            inputMode="numeric"
            value={draft.no}
            onChange={(no) => setDraft({ ...draft, no })}
          />
        </div>
        <TextField
          label={t('campaigns.outcomes.note')}
          value={draft.note}
          maxLength={5000}
          onChange={(note) => setDraft({ ...draft, note })}
        />
      </EntryForm>
    </section>
  );
}
