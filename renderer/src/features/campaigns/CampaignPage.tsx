import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../shared/campaign/campaign-data';
import { harbor } from '../../platform/bridge';
import { useErrorText } from '../../platform/use-error-text';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { BillsSection } from './BillsSection';
import type { CampaignView } from './CampaignScreens';
import { CoalitionSection } from './CoalitionSection';
import { EngagementsSection } from './EngagementsSection';
import { CHAMBER_LABEL, JURISDICTION_LABEL } from './labels';
import { MessageBoxSection } from './MessageBoxSection';
import { OutcomesSection } from './OutcomesSection';
import type { CampaignSave } from './use-campaign';
import { dotSeparated } from '../../ui/dot-separated';

/** One campaign on one page: its ask and place, bills, message box, coalition, engagements and outcomes. */
export function CampaignPage({
  campaign,
  save,
  onView,
  onList,
}: {
  campaign: Campaign;
  save: CampaignSave;
  onView: (view: CampaignView) => void;
  onList: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const toText = useErrorText();
  const [trash, setTrash] = useState<{ status: 'closed' | 'asking' | 'busy' } | { status: 'error'; text: string }>({
    status: 'closed',
  });
  const moveToTrash = async () => {
    setTrash({ status: 'busy' });
    const result = await harbor.campaign.trash({ id: campaign.id });
    if (result.ok) onList();
    else setTrash({ status: 'error', text: toText(result.error) });
  };
  const where = dotSeparated([t(JURISDICTION_LABEL[campaign.jurisdiction]), campaign.jurisdictionName]);
  const chambers = campaign.chambers.map((c) => t(CHAMBER_LABEL[c])).join(', ');
  return (
    <section className="campaigns campaign-page" aria-labelledby={id}>
      <button type="button" className="button button--quiet" onClick={onList}>
        <span aria-hidden="true">←</span> {t('campaigns.backToList')}
      </button>
      <ScreenHeading id={id}>{campaign.title || t('campaigns.untitled')}</ScreenHeading>
      {campaign.policyAsk && <p className="lead campaign-page__ask">{campaign.policyAsk}</p>}
      <p className="hint">{dotSeparated([where, chambers])}</p>
      <div className="campaign-page__actions">
        <button type="button" className="button" onClick={() => onView({ name: 'dashboard' })}>
          {t('campaigns.page.dashboard')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onView({ name: 'basics' })}>
          {t('campaigns.page.edit')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onView({ name: 'report' })}>
          {t('campaigns.page.report')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onView({ name: 'ics' })}>
          {t('campaigns.page.ics')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setTrash({ status: 'asking' })}>
          {t('campaigns.trash.button')}
        </button>
      </div>
      {trash.status === 'error' && (
        <p className="error-text" role="alert">
          {trash.text}
        </p>
      )}
      {(trash.status === 'asking' || trash.status === 'busy') && (
        <ConfirmDialog
          title={t('campaigns.trash.title', { campaign: campaign.title || t('campaigns.untitled') })}
          confirmLabel={t('campaigns.trash.confirm')}
          cancelLabel={t('campaigns.cancel')}
          destructive
          busy={trash.status === 'busy'}
          onConfirm={() => void moveToTrash()}
          onCancel={() => setTrash({ status: 'closed' })}
        >
          <p>{t('campaigns.trash.body')}</p>
        </ConfirmDialog>
      )}
      <BillsSection campaign={campaign} save={save} />
      <MessageBoxSection campaign={campaign} save={save} />
      <CoalitionSection campaign={campaign} save={save} />
      <EngagementsSection campaign={campaign} onOpen={(engagementId) => onView({ name: 'engagement', engagementId })} />
      <OutcomesSection campaign={campaign} save={save} />
    </section>
  );
}
