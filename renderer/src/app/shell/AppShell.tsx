import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppBrand } from '../../ui/AppBrand';
import { LibraryScreen } from '../../features/library/LibraryScreen';
import { SafetyGuideScreen } from '../../features/safety/SafetyGuideScreen';
import { QuickExitButton } from '../../features/safety/QuickExitButton';
import { SharingHistoryScreen } from '../../features/share/SharingHistoryScreen';
import { SettingsScreen } from '../../features/settings/SettingsScreen';
import { useDueOnUnlock } from '../../features/campaigns/use-due-on-unlock';
import { onPrepareTestimony } from '../../features/testimony/prepare-request';
import { TestimonyScreen } from '../../features/testimony/TestimonyScreen';
import { SharedScreen } from '../../features/share/SharedScreen';
import { BusyIndicator } from '../../ui/BusyIndicator';
import { LockButton } from './LockButton';
import { NavRail } from './NavRail';
import type { Section } from './sections';
import './shell-actions.css';

// Campaigns load on demand (their charts with them), so the first screen stays as small as it was.
const CampaignsSection = lazy(() =>
  import('../../features/campaigns/CampaignsSection').then((m) => ({ default: m.CampaignsSection })),
);

/** The unlocked app: header with Lock (top right), the left rail, and the work area. */
export function AppShell() {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>('library');
  // Each press of a rail button opens that section afresh, so "Library" from inside a story goes back
  // to the list (the story's last words are saved as it closes). "Prepare testimony" from a story
  // opens the Testimony section the same way, so it picks the story up.
  const [visit, setVisit] = useState(0);
  const navigate = (next: Section) => {
    setSection(next);
    setVisit((v) => v + 1);
  };
  useEffect(() => onPrepareTestimony(() => navigate('testimony')), []);
  // Follow-ups due this week or overdue greet the person on unlock, so momentum is not lost.
  // Only while the first screen is still showing: a choice made meanwhile wins.
  useDueOnUnlock(() => setSection((s) => (s === 'library' ? 'week' : s)));
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
        <NavRail current={section} onNavigate={navigate} />
        <main className="shell__main" key={visit}>
          {section === 'library' && <LibraryScreen />}
          {section === 'testimony' && <TestimonyScreen />}
          {section === 'shared' && <SharedScreen />}
          {section === 'history' && <SharingHistoryScreen />}
          {(section === 'campaigns' || section === 'week') && (
            <Suspense fallback={<BusyIndicator busy label={t('safety.loading')} />}>
              <CampaignsSection start={section === 'week' ? 'week' : 'list'} />
            </Suspense>
          )}
          {section === 'settings' && <SettingsScreen />}
          {section === 'safety' && <SafetyGuideScreen />}
        </main>
      </div>
    </div>
  );
}
