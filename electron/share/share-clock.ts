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

export const todayOf = (d: Date) => d.toISOString().slice(0, 10);
