import { today } from '../../../shared/core/dates';
import { backupFileName } from '../../safety/backup-file-name';
import { SUMMARY_CACHE } from '../../stories/summary-index';
import type { Preferences } from '../../../shared/preferences';
import type { HandlerTable } from '../handler-table';
import type { MainServices } from '../main-services';

type VaultChannels =
  | 'vault:status'
  | 'vault:create'
  | 'vault:unlock'
  | 'vault:lock'
  | 'vault:change-passphrase'
  | 'vault:recover'
  | 'vault:new-recovery-key'
  | 'vault:remove-recovery-key'
  | 'vault:rotate-keys'
  | 'vault:verify'
  | 'vault:backup'
  | 'vault:activity';

export function vaultHandlers(
  { session, chooseSavePath }: MainServices,
  prefs: () => Preferences,
): Pick<HandlerTable, VaultChannels> {
  return {
    'vault:status': () => session.status(),
    'vault:create': ({ passphrase, recoveryKey }) => session.create(passphrase, recoveryKey),
    'vault:unlock': ({ passphrase }) => session.unlock(passphrase),
    'vault:lock': () => session.lock(),
    'vault:change-passphrase': async ({ current, next }) => {
      await session.confirmPassphrase(current);
      const { recoveryKey } = await session.require().changePassphrase(next);
      return { recoveryKey: recoveryKey ?? null };
    },
    'vault:recover': ({ recoveryKey, next }) => session.recover(recoveryKey, next),
    'vault:new-recovery-key': async ({ passphrase }) => {
      await session.confirmPassphrase(passphrase);
      return { recoveryKey: await session.require().setRecoveryKey() };
    },
    'vault:remove-recovery-key': async ({ passphrase }) => {
      await session.confirmPassphrase(passphrase);
      await session.require().removeRecoveryKey();
    },
    'vault:rotate-keys': async ({ passphrase }) => {
      await session.confirmPassphrase(passphrase);
      const { recoveryKey } = await session.require().rotateKeys();
      return { recoveryKey: recoveryKey ?? null };
    },
    'vault:verify': () => session.require().verify({ caches: [SUMMARY_CACHE] }),
    'vault:backup': async () => {
      const vault = session.require();
      const day = today();
      const target = await chooseSavePath(backupFileName(day, prefs()), 'harbor-backup');
      if (target === null) return { saved: false };
      await vault.backup(target);
      return { saved: true };
    },
    'vault:activity': () => session.activity(),
  };
}
