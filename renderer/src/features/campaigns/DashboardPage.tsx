import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ENGAGEMENT_KINDS, type Campaign } from '../../../../shared/campaign/campaign-data';
import { FlowPage } from '../../ui/FlowPage';
import { AsksChart } from './charts/AsksChart';
import { BillTimelineChart } from './charts/BillTimelineChart';
import { EngagementsChart } from './charts/EngagementsChart';
import { FollowUpsChart } from './charts/FollowUpsChart';
import { TestimoniesChart } from './charts/TestimoniesChart';
import { dashboardData } from './dashboard-data';
import { KIND_LABEL, STEP_LABEL } from './labels';
import { useDayText } from './use-day-text';

/** The campaign at a glance: five charts, each with its sentence and its table. */
export function DashboardPage({ campaign, onBack }: { campaign: Campaign; onBack: () => void }) {
  const { t } = useTranslation();
  const day = useDayText();
  const data = useMemo(() => dashboardData(campaign), [campaign]);
  const kinds = ENGAGEMENT_KINDS.map((k) => ({ key: k, label: t(KIND_LABEL[k]) }));
  return (
    <FlowPage
      title={t('campaigns.dashboard.title', { campaign: campaign.title })}
      backLabel={t('campaigns.backToCampaign')}
      onBack={onBack}
      dirty={false}
    >
      <div className="dashboard">
        <BillTimelineChart
          bills={data.bills.map((b) => ({
            label: b.label,
            steps: b.steps.map((s) => ({ date: s.date, step: t(STEP_LABEL[s.kind]) })),
          }))}
          engagements={data.engagementDates}
          hearings={data.hearingDates}
        />
        <EngagementsChart months={data.months} kinds={kinds} />
        <div className="dashboard__pair">
          <FollowUpsChart counts={data.followUps} />
          <AsksChart counts={data.asks} />
        </div>
        <TestimoniesChart
          hearings={data.testimonies.map((h) => ({
            label: `${h.label}, ${day(h.date)}`,
            value: h.value,
          }))}
        />
      </div>
    </FlowPage>
  );
}
