export { importStory } from './import-story';
export { IMPORT_LIMITS } from './import-limits';
export type { ImportedStory, ImportOptions } from './imported-story';
