import { consentDay } from '../../shared/core/dates';
import type { KdfCost } from '../vault/kdf';
import type { OpenVault } from '../vault/types';
import type { DeriveShareKeys } from './share-keys';

export interface ShareDeps {
  vault: OpenVault;
  clock?: () => Date;
  /** Argon2id cost for new packages (tests use the floor). */
  kdf?: KdfCost;
  derive?: DeriveShareKeys;
}

/** The day shares end by (consentDay: the later of the local and the UTC day). */
export const todayOf = (d: Date) => consentDay(d);
