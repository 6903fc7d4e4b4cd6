import { useEffect, useState } from 'react';
import { harbor } from './bridge';
import { applyPreferences } from './preferences/apply-preferences';
import { StartScreen } from './screens/StartScreen';

export function App() {
  const [version, setVersion] = useState<string | null>(null);

  useEffect(() => {
    void harbor.app.info().then((result) => {
      if (result.ok) setVersion(result.value.version);
    });
    void harbor.prefs.get().then((result) => {
      if (result.ok) applyPreferences(result.value);
    });
  }, []);

  return <StartScreen version={version} onStart={() => undefined} />;
}
