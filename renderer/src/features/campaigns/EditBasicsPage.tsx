import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../shared/campaign/campaign-data';
import { FlowActions } from '../../ui/FlowActions';
import { FlowPage } from '../../ui/FlowPage';
import { CampaignBasicsFields, type CampaignBasics } from './CampaignBasicsFields';
import { SaveError } from './SaveError';
import type { CampaignSave } from './use-campaign';
import { useSaveStatus } from './use-save-status';

/** Changing what the campaign asks for, where and in which chambers, on a page of its own. */
export function EditBasicsPage({
  campaign,
  save,
  onDone,
}: {
  campaign: Campaign;
  save: CampaignSave;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const status = useSaveStatus();
  const [basics, setBasics] = useState<CampaignBasics>({
    title: campaign.title,
    policyAsk: campaign.policyAsk,
    jurisdiction: campaign.jurisdiction,
    jurisdictionName: campaign.jurisdictionName,
    chambers: [...campaign.chambers],
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await status.run(() => save({ ...basics, title: basics.title.trim() }))) onDone();
  };
  return (
    <FlowPage title={t('campaigns.basics.editTitle')} backLabel={t('campaigns.backToCampaign')} onBack={onDone}>
      <form id={formId} className="campaign-form" onSubmit={(e) => void submit(e)}>
        <CampaignBasicsFields value={basics} onChange={setBasics} />
        <SaveError error={status.error} />
      </form>
      <FlowActions>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('campaigns.cancel')}
        </button>
        <button type="submit" form={formId} className="button" disabled={status.busy || basics.title.trim() === ''}>
          {t('campaigns.basics.save')}
        </button>
      </FlowActions>
    </FlowPage>
  );
}
