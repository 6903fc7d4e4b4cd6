import type { CliCommand } from '../command';
import { consentAdd } from './consent-add';
import { consentList } from './consent-list';
import { consentRevoke } from './consent-revoke';
import { exportCommand } from './export';
import { profileSet } from './profile-set';
import { shareCreate } from './share-create';
import { shareImport } from './share-import';
import { shareImportReceipt } from './share-import-receipt';
import { shareImportRevocation } from './share-import-revocation';
import { shareList } from './share-list';
import { shareReceipt } from './share-receipt';
import { shareRevoke } from './share-revoke';
import { shareShow } from './share-show';
import { storyAdd } from './story-add';
import { storyList } from './story-list';
import { storyShow } from './story-show';
import { storyUpdate } from './story-update';
import { testimonyList } from './testimony-list';
import { testimonyNew } from './testimony-new';
import { testimonyShow } from './testimony-show';
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
  testimonyList,
  testimonyNew,
  testimonyShow,
  profileSet,
  consentAdd,
  consentList,
  consentRevoke,
  exportCommand,
  shareCreate,
  shareImport,
  shareList,
  shareShow,
  shareRevoke,
  shareImportRevocation,
  shareReceipt,
  shareImportReceipt,
];

export const AREAS = [...new Set(COMMANDS.map((c) => c.name.split(' ')[0]!))];
