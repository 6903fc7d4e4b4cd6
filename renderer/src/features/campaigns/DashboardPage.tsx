import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ENGAGEMENT_KINDS, type Campaign } from '../../../../shared/campaign/campaign-data';
import { campaignDashboard } from '../../../../shared/campaign/dashboard';
import { placedEngagements } from '../../../../shared/campaign/placed-engagements';
import { todayIso } from '../../ui/today';
import { FlowPage } from '../../ui/FlowPage';
import { AsksChart } from './charts/AsksChart';
import { BillTimelineChart } from './charts/BillTimelineChart';
import { EngagementsChart } from './charts/EngagementsChart';
import { FollowUpsChart } from './charts/FollowUpsChart';
import { TestimoniesChart } from './charts/TestimoniesChart';
import { KIND_LABEL, STEP_LABEL } from './labels';
import { useDayText } from './use-day-text';

/** The campaign at a glance: five charts, each with its sentence and its table. */
export function DashboardPage({ campaign, onBack }: { campaign: Campaign; onBack: () => void }) {
  const { t } = useTranslation();
  const day = useDayText();
  const data = useMemo(() => campaignDashboard(campaign, todayIso()), [campaign]);
  const placed = useMemo(() => placedEngagements(data.timelines.map((tl) => tl.points)), [data]);
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
          bills={data.timelines.map((b) => ({
            label: b.number,
            steps: b.points.flatMap((p) => (p.type === 'step' ? [{ date: p.date, step: t(STEP_LABEL[p.step]) }] : [])),
          }))}
          engagements={placed.engagements}
          hearings={placed.hearings}
        />
        <EngagementsChart months={data.perMonth} kinds={kinds} />
        <div className="dashboard__pair">
          <FollowUpsChart counts={data.followUps} />
          <AsksChart counts={data.askTotals} />
        </div>
        <TestimoniesChart
          hearings={data.hearings.map((h) => ({
            label: `${h.label}, ${day(h.date)}`,
            date: h.date,
            value: h.testimonies,
          }))}
        />
      </div>
    </FlowPage>
  );
}
