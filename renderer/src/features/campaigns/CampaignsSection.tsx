import { useState } from 'react';
import { CampaignList } from './CampaignList';
import { CampaignScreens, type CampaignView } from './CampaignScreens';
import { NewCampaignPage } from './NewCampaignPage';
import { useCampaignRailArea } from './rail-area';
import { ThisWeekScreen } from './ThisWeekScreen';
import './campaigns.css';

export type CampaignsStart = 'list' | 'week';

type Route =
  { name: 'list' } | { name: 'new' } | { name: 'week' } | { name: 'campaign'; id: string; view: CampaignView };

/**
 * The Campaigns area, loaded on demand (one lazy import in the shell): the list of campaigns,
 * one campaign and its pages, or "This week" when opened from there.
 */
export function CampaignsSection({ start }: { start: CampaignsStart }) {
  const [route, setRoute] = useState<Route>(start === 'week' ? { name: 'week' } : { name: 'list' });
  const toList = () => setRoute({ name: 'list' });
  const open = (id: string, view: CampaignView = { name: 'page' }) => setRoute({ name: 'campaign', id, view });
  // The rail follows the screen shown: once "This week" opens an engagement, that is a campaign's page.
  useCampaignRailArea(route.name === 'week' ? 'week' : 'campaigns');

  switch (route.name) {
    case 'list':
      return <CampaignList onOpen={(id) => open(id)} onNew={() => setRoute({ name: 'new' })} />;
    case 'new':
      return <NewCampaignPage onCancel={toList} onCreated={(id) => open(id)} />;
    case 'week':
      return <ThisWeekScreen onOpen={(id, engagementId) => open(id, { name: 'engagement', engagementId })} />;
    case 'campaign':
      return (
        <CampaignScreens
          key={route.id}
          id={route.id}
          view={route.view}
          onView={(view) => open(route.id, view)}
          onList={toList}
        />
      );
  }
}

// Where each rail entry opens the Campaigns area.
const LIST: CampaignsStart = 'list';
const WEEK: CampaignsStart = 'week';

/** The rail's "Campaigns" section: the list first. */
export function CampaignsScreen() {
  return <CampaignsSection start={LIST} />;
}

/** The rail's "This week" section: follow-ups and deadlines due. */
export function ThisWeekSection() {
  return <CampaignsSection start={WEEK} />;
}
