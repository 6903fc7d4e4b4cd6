/**
 * Harbor's encrypted vault: plain Node (no Electron), so the app, the command line and the tests
 * all use the same code. The format is specified in docs/vault-format.md.
 */
export { argon2idHere, calibrateKdf, KDF_FLOOR, type Argon2id, type Argon2idInput } from './kdf';
export { createVault, openVault, recoverVault, vaultExists, type OpenVaultOptions } from './lifecycle';
export { restoreBackup } from './restore';
export type {
  CreateVaultOptions,
  IntegrityReport,
  ItemKind,
  ItemHead,
  ItemRecord,
  PutOptions,
  RecoveredVault,
  KdfParams,
  OpenVault,
  RevisionInfo,
  RotateResult,
  SavedRevision,
  VerifyOptions,
} from './types';
