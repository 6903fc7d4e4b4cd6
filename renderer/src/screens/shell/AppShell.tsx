import { useState } from 'react';
import { AppBrand } from '../../components/AppBrand';
import { LibraryScreen } from '../library/LibraryScreen';
import { SafetyGuideScreen } from '../safety/SafetyGuideScreen';
import { SharingHistoryScreen } from '../history/SharingHistoryScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { SharedScreen } from '../../share/SharedScreen';
import { LockButton } from './LockButton';
import { NavRail } from './NavRail';
import { QuickExitButton } from './QuickExitButton';
import type { Section } from './sections';

/** The unlocked app: header with Lock (top right), the left rail, and the work area. */
export function AppShell() {
  const [section, setSection] = useState<Section>('library');
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
        <NavRail current={section} onNavigate={setSection} />
        <main className="shell__main">
          {section === 'library' && <LibraryScreen />}
          {section === 'shared' && <SharedScreen />}
          {section === 'history' && <SharingHistoryScreen />}
          {section === 'settings' && <SettingsScreen />}
          {section === 'safety' && <SafetyGuideScreen />}
        </main>
      </div>
    </div>
  );
}
