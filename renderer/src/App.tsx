import { useEffect, useState } from 'react';
import { harbor } from './bridge';
import { PreferencesProvider } from './preferences/PreferencesContext';
import { FirstRun } from './screens/first-run/FirstRun';
import { LoadingScreen } from './screens/LoadingScreen';
import { AppShell } from './screens/shell/AppShell';
import { UnavailableScreen } from './screens/UnavailableScreen';
import { RecoverScreen } from './screens/unlock/RecoverScreen';
import { UnlockScreen } from './screens/unlock/UnlockScreen';
import { NeutralScreen } from './screens/safety/NeutralScreen';
import { useNeutralScreen } from './safety/use-neutral-screen';
import { useSafetyListeners } from './safety/use-safety-listeners';
import { listenForLockRequests } from './vault/lock';
import { useActivityReporting } from './vault/use-activity-reporting';
import { useVaultPhase } from './vault/use-vault-phase';

export function App() {
  return (
    <PreferencesProvider fallback={<LoadingScreen />}>
      <Screens />
    </PreferencesProvider>
  );
}

/** No vault → first run; locked → unlock (or recover); open → the app. */
function Screens() {
  const vault = useVaultPhase();
  const [version, setVersion] = useState<string | null>(null);

  useEffect(() => {
    void harbor.app.info().then((result) => {
      if (result.ok) setVersion(result.value.version);
    });
    return listenForLockRequests();
  }, []);

  // Activity only matters while the vault is open; the main process ignores it otherwise.
  useActivityReporting(vault.phase === 'unlocked' || vault.phase === 'first-run');
  useSafetyListeners();
  const quickExit = useNeutralScreen();
  if (quickExit.neutral === null) return <LoadingScreen />;
  if (quickExit.neutral) return <NeutralScreen />;

  switch (vault.phase) {
    case 'loading':
      return <LoadingScreen />;
    case 'unavailable':
      return <UnavailableScreen onRetry={() => void vault.refresh()} />;
    case 'first-run':
      return <FirstRun version={version} onFinished={() => vault.opened()} />;
    case 'unlock':
      return <UnlockScreen onUnlocked={vault.opened} onForgot={vault.showRecover} />;
    case 'recover':
      return <RecoverScreen onRecovered={vault.opened} onBack={vault.showUnlock} />;
    case 'unlocked':
      return <AppShell />;
  }
}
