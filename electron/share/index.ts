export { createSentPackages, type PreparedPackage, type SentPackages } from './sent-packages';
export { createSharedStories, type SharedStories } from './shared-stories';
export { generateShareCode, normalizeShareCode } from './share-code';
export { SHARE_KDF_DEFAULT } from './share-keys';
export type { ShareDeps } from './share-clock';
