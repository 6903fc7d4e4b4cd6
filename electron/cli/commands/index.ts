import type { CliCommand } from '../command';
import { consentAdd } from './consent-add';
import { consentList } from './consent-list';
import { consentRevoke } from './consent-revoke';
import { exportCommand } from './export';
import { profileSet } from './profile-set';
import { storyAdd } from './story-add';
import { storyList } from './story-list';
import { storyShow } from './story-show';
import { storyUpdate } from './story-update';
import { vaultBackup } from './vault-backup';
import { vaultInit } from './vault-init';
import { vaultPasswd } from './vault-passwd';
import { vaultRecover } from './vault-recover';
import { vaultRestore } from './vault-restore';
import { vaultRotateKeys } from './vault-rotate-keys';
import { vaultVerify } from './vault-verify';

/** Every command, in the order the overview lists them. */
export const COMMANDS: readonly CliCommand[] = [
  vaultInit,
  vaultVerify,
  vaultPasswd,
  vaultRotateKeys,
  vaultRecover,
  vaultBackup,
  vaultRestore,
  storyAdd,
  storyList,
  storyShow,
  storyUpdate,
  profileSet,
  consentAdd,
  consentList,
  consentRevoke,
  exportCommand,
];

export const AREAS = [...new Set(COMMANDS.map((c) => c.name.split(' ')[0]!))];
