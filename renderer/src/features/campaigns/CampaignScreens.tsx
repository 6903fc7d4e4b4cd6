import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../platform/use-error-text';
import { BusyIndicator } from '../../ui/BusyIndicator';
import { CampaignPage } from './CampaignPage';
import { DashboardPage } from './DashboardPage';
import { EditBasicsPage } from './EditBasicsPage';
import { EngagementPage } from './EngagementPage';
import { IcsExportPage } from './IcsExportPage';
import { ReportExportPage } from './ReportExportPage';
import { useCampaign } from './use-campaign';

export type CampaignView =
  | { name: 'page' }
  | { name: 'engagement'; engagementId: string | null }
  | { name: 'dashboard' }
  | { name: 'basics' }
  | { name: 'ics' }
  | { name: 'report' };

/** One campaign, loaded once, and whichever of its pages is open. */
export function CampaignScreens({
  id,
  view,
  onView,
  onList,
}: {
  id: string;
  view: CampaignView;
  onView: (view: CampaignView) => void;
  onList: () => void;
}) {
  const { t } = useTranslation();
  const toText = useErrorText();
  const { campaign, error, save } = useCampaign(id);
  if (error)
    return (
      <p className="error-text" role="alert">
        {toText(error)}
      </p>
    );
  if (!campaign) return <BusyIndicator busy label={t('campaigns.loading')} />;
  const toPage = () => onView({ name: 'page' });
  switch (view.name) {
    case 'page':
      return <CampaignPage campaign={campaign} save={save} onView={onView} onList={onList} />;
    case 'engagement':
      return <EngagementPage campaign={campaign} engagementId={view.engagementId} save={save} onDone={toPage} />;
    case 'dashboard':
      return <DashboardPage campaign={campaign} onBack={toPage} />;
    case 'basics':
      return <EditBasicsPage campaign={campaign} save={save} onDone={toPage} />;
    case 'ics':
      return <IcsExportPage campaign={campaign} onBack={toPage} />;
    case 'report':
      return <ReportExportPage campaign={campaign} save={save} onBack={toPage} />;
  }
}
