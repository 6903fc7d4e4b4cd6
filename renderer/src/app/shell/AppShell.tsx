import { useCallback, useEffect, useState } from 'react';
import { AppBrand } from '../../ui/AppBrand';
import '../../i18n/workspace-locales';
import { QuickExitButton } from '../../features/safety/QuickExitButton';
import { CampaignRailContext, type CampaignRailArea } from '../../features/campaigns/rail-area';
import { useDueOnUnlock } from '../../features/campaigns/use-due-on-unlock';
import { onPrepareTestimony } from '../../features/testimony/prepare-request';
import { prefetch, ScreenSuspense } from '../lazy-screen';
import { LockButton } from './LockButton';
import { NavRail } from './NavRail';
import { SECTION_SCREENS } from './section-screens';
import { SECTIONS, type Section } from './sections';
import './shell-actions.css';

/** The unlocked app: header with Lock (top right), the left rail, and the work area. */
export function AppShell() {
  const [section, setSection] = useState<Section>('library');
  // Each press of a rail button opens that section afresh, so "Library" from inside a story goes back
  // to the list (the story's last words are saved as it closes). "Prepare testimony" from a story
  // opens the Testimony section the same way, so it picks the story up.
  const [visit, setVisit] = useState(0);
  // The rail item the screen on show belongs to, when it moved on from the section opened (an
  // engagement opened from "This week" is under Campaigns); null follows the section.
  const [shown, setShown] = useState<CampaignRailArea | null>(null);
  const markShown = useCallback((area: CampaignRailArea) => setShown(area), []);
  const navigate = (next: Section) => {
    setSection(next);
    setShown(null);
    setVisit((v) => v + 1);
  };
  useEffect(() => onPrepareTestimony(() => navigate('testimony')), []);
  // The other sections load in the background once this one shows, so the rail answers at once.
  useEffect(() => prefetch(...SECTIONS.map((s) => SECTION_SCREENS[s])), []);
  // Follow-ups due this week or overdue greet the person on unlock, so momentum is not lost.
  // Only while the first screen is still showing: a choice made meanwhile wins.
  useDueOnUnlock(() => setSection((s) => (s === 'library' ? 'week' : s)));
  const Screen = SECTION_SCREENS[section];
  return (
    <div className="shell">
      <header className="shell__header">
        <AppBrand className="brand brand--header" />
        <div className="shell__actions">
          <LockButton />
          <QuickExitButton />
        </div>
      </header>
      <div className="shell__body">
        <NavRail current={shown ?? section} onNavigate={navigate} />
        <main className="shell__main" key={visit}>
          <CampaignRailContext.Provider value={markShown}>
            <ScreenSuspense>
              <Screen />
            </ScreenSuspense>
          </CampaignRailContext.Provider>
        </main>
      </div>
    </div>
  );
}
