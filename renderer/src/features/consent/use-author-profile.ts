import { useCallback, useState } from 'react';
import { harbor } from '../../platform/bridge';
import { useIpcEffect } from '../../platform/use-ipc';

export type ProfileState =
  | { status: 'loading'; fullName: string }
  | { status: 'ready'; fullName: string }
  | { status: 'error'; fullName: string };

/** The writer's own name (profile:get/set), kept encrypted in the vault by the main process. */
export function useAuthorProfile() {
  const [profile, setProfile] = useState<ProfileState>({ status: 'loading', fullName: '' });
  useIpcEffect(
    () => harbor.profile.get(),
    (result) =>
      setProfile(result.ok ? { status: 'ready', fullName: result.value.fullName } : { status: 'error', fullName: '' }),
    [],
  );
  const save = useCallback(async (fullName: string): Promise<boolean> => {
    const result = await harbor.profile.set({ fullName: fullName.trim() });
    if (result.ok) setProfile({ status: 'ready', fullName: result.value.fullName });
    return result.ok;
  }, []);
  return { profile, save };
}
