import { useEffect, useState } from 'react';
import { AppBrand } from '../../components/AppBrand';
import { LibraryScreen } from '../library/LibraryScreen';
import { SafetyGuideScreen } from '../safety/SafetyGuideScreen';
import { SharingHistoryScreen } from '../history/SharingHistoryScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { onPrepareTestimony } from '../../testimony/prepare-request';
import { TestimonyScreen } from '../../testimony/TestimonyScreen';
import { SharedScreen } from '../../share/SharedScreen';
import { LockButton } from './LockButton';
import { NavRail } from './NavRail';
import { QuickExitButton } from './QuickExitButton';
import type { Section } from './sections';

/** The unlocked app: header with Lock (top right), the left rail, and the work area. */
export function AppShell() {
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
          {section === 'settings' && <SettingsScreen />}
          {section === 'safety' && <SafetyGuideScreen />}
        </main>
      </div>
    </div>
  );
}
