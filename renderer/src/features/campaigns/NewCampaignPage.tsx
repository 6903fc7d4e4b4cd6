import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { FlowActions } from '../../ui/FlowActions';
import { FlowPage } from '../../ui/FlowPage';
import { CampaignBasicsFields, type CampaignBasics } from './CampaignBasicsFields';

/** Starting a campaign takes the whole work area: what it asks for, where, and in which chambers. */
export function NewCampaignPage({ onCancel, onCreated }: { onCancel: () => void; onCreated: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const toText = useErrorText();
  const formId = useId();
  const [basics, setBasics] = useState<CampaignBasics>({
    title: '',
    policyAsk: '',
    jurisdiction: 'us-state',
    jurisdictionName: '',
    chambers: [],
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await harbor.campaign.create({ ...basics, language: i18n.language === 'es' ? 'es' : 'en' });
    setBusy(false);
    if (result.ok) onCreated(result.value.id);
    else setError(toText(result.error));
  };

  return (
    <FlowPage title={t('campaigns.new.title')} backLabel={t('campaigns.backToList')} onBack={onCancel}>
      <form id={formId} className="campaign-form" onSubmit={(e) => void submit(e)}>
        <p className="lead">{t('campaigns.new.intro')}</p>
        <CampaignBasicsFields value={basics} onChange={setBasics} />
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
      </form>
      <FlowActions>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('campaigns.cancel')}
        </button>
        <button type="submit" form={formId} className="button" disabled={busy || basics.title.trim() === ''}>
          {t('campaigns.new.create')}
        </button>
      </FlowActions>
    </FlowPage>
  );
}
