import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ENGAGEMENT_KINDS,
  type Campaign,
  type Engagement,
  type EngagementKind,
} from '../../../../shared/campaign/campaign-data';
import { FlowActions } from '../../ui/FlowActions';
import { FlowPage } from '../../ui/FlowPage';
import { todayIso } from '../../ui/today';
import { DebriefFields } from './DebriefFields';
import { newEntryId } from './entry-id';
import { FollowUpsField } from './FollowUpsField';
import { HearingFields } from './HearingFields';
import { KIND_LABEL } from './labels';
import { SaveError } from './SaveError';
import { SharedEntriesField } from './SharedEntriesField';
import type { CampaignSave } from './use-campaign';
import { useSaveStatus } from './use-save-status';

const blankHearing = () => ({
  billId: null,
  committee: '',
  writtenTestimonyDue: null,
  signUpToSpeakBy: null,
  testimonyIds: [],
});

function blank(): Engagement {
  return {
    id: newEntryId(),
    kind: 'meeting',
    office: '',
    role: '',
    date: todayIso(),
    time: null,
    asked: '',
    speakers: [],
    promised: '',
    askIds: [],
    billIds: [],
    sharedEntryIds: [],
    followUps: [],
    hearing: null,
    debrief: null,
  };
}

/**
 * Logging or editing one engagement takes the whole work area: who was met and when, what was
 * asked and promised, who spoke, follow-ups with due dates, documents shared (by their sharing-
 * history entry), and for a hearing its deadlines, testimonies and an optional debrief.
 */
export function EngagementPage({
  campaign,
  engagementId,
  save,
  onDone,
}: {
  campaign: Campaign;
  engagementId: string | null;
  save: CampaignSave;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const status = useSaveStatus();
  const existing = campaign.engagements.find((e) => e.id === engagementId) ?? null;
  const [draft, setDraft] = useState<Engagement>(() => existing ?? blank());
  const [speakers, setSpeakers] = useState(() => draft.speakers.join('\n'));
  const set = (patch: Partial<Engagement>) => setDraft((d) => ({ ...d, ...patch }));
  const setKind = (kind: EngagementKind) =>
    set({
      kind,
      hearing: kind === 'hearing' ? (draft.hearing ?? blankHearing()) : null,
      debrief: kind === 'hearing' ? draft.debrief : null,
    });
  const toggle = (field: 'askIds' | 'billIds', value: string, on: boolean) =>
    set({ [field]: on ? [...draft[field], value] : draft[field].filter((v) => v !== value) });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done: Engagement = {
      ...draft,
      office: draft.office.trim(),
      speakers: speakers
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
      followUps: draft.followUps.filter((f) => f.text.trim() !== ''),
    };
    const engagements = existing
      ? campaign.engagements.map((x) => (x.id === existing.id ? done : x))
      : [...campaign.engagements, done];
    if (await status.run(() => save({ engagements }))) onDone();
  };

  return (
    <FlowPage
      title={existing ? t('campaigns.engagement.editTitle') : t('campaigns.engagement.newTitle')}
      backLabel={t('campaigns.backToCampaign')}
      onBack={onDone}
    >
      <form id={id} className="campaign-form" onSubmit={(e) => void submit(e)}>
        <div className="campaign-form__row">
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('campaigns.engagement.kind')}</label>
            <select id={`${id}-kind`} value={draft.kind} onChange={(e) => setKind(e.target.value as EngagementKind)}>
              {ENGAGEMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(KIND_LABEL[k])}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('campaigns.engagement.date')}</label>
            <input
              id={`${id}-date`}
              type="date"
              required
              value={draft.date}
              onChange={(e) => set({ date: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-time`}>{t('campaigns.engagement.time')}</label>
            <input
              id={`${id}-time`}
              type="time"
              value={draft.time ?? ''}
              onChange={(e) => set({ time: e.target.value || null })}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-office`}>{t('campaigns.engagement.office')}</label>
          <input
            id={`${id}-office`}
            required
            maxLength={500}
            value={draft.office}
            onChange={(e) => set({ office: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('campaigns.engagement.role')}</label>
          <input id={`${id}-role`} maxLength={500} value={draft.role} onChange={(e) => set({ role: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-asked`}>{t('campaigns.engagement.asked')}</label>
          <textarea
            id={`${id}-asked`}
            rows={3}
            maxLength={5000}
            value={draft.asked}
            onChange={(e) => set({ asked: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-speakers`}>{t('campaigns.engagement.speakers')}</label>
          <p id={`${id}-speakers-hint`} className="hint">
            {t('campaigns.engagement.speakersHint')}
          </p>
          <textarea
            id={`${id}-speakers`}
            aria-describedby={`${id}-speakers-hint`}
            rows={2}
            value={speakers}
            onChange={(e) => setSpeakers(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-promised`}>{t('campaigns.engagement.promised')}</label>
          <textarea
            id={`${id}-promised`}
            rows={2}
            maxLength={5000}
            value={draft.promised}
            onChange={(e) => set({ promised: e.target.value })}
          />
        </div>
        {campaign.asks.length > 0 && (
          <fieldset className="choice-group">
            <legend>{t('campaigns.engagement.asksPressed')}</legend>
            {campaign.asks.map((a) => (
              <label key={a.id} className="check">
                <input
                  type="checkbox"
                  checked={draft.askIds.includes(a.id)}
                  onChange={(e) => toggle('askIds', a.id, e.target.checked)}
                />
                {a.text}
              </label>
            ))}
          </fieldset>
        )}
        {campaign.bills.length > 0 && (
          <fieldset className="choice-group">
            <legend>{t('campaigns.engagement.bills')}</legend>
            {campaign.bills.map((b) => (
              <label key={b.id} className="check">
                <input
                  type="checkbox"
                  checked={draft.billIds.includes(b.id)}
                  onChange={(e) => toggle('billIds', b.id, e.target.checked)}
                />
                {b.number}
              </label>
            ))}
          </fieldset>
        )}
        <FollowUpsField value={draft.followUps} onChange={(followUps) => set({ followUps })} />
        <SharedEntriesField value={draft.sharedEntryIds} onChange={(sharedEntryIds) => set({ sharedEntryIds })} />
        {draft.kind === 'hearing' && (
          <>
            <HearingFields
              value={draft.hearing ?? blankHearing()}
              bills={campaign.bills}
              onChange={(hearing) => set({ hearing })}
            />
            <DebriefFields value={draft.debrief} onChange={(debrief) => set({ debrief })} />
          </>
        )}
        <SaveError error={status.error} />
      </form>
      <FlowActions>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('campaigns.cancel')}
        </button>
        <button type="submit" form={id} className="button" disabled={status.busy || draft.office.trim() === ''}>
          {t('campaigns.engagement.save')}
        </button>
      </FlowActions>
    </FlowPage>
  );
}
