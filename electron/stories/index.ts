/** Stories over the vault, and turning files into stories. Plain Node: no Electron. */
export { createStoryService, type StoryService, type StoryServiceOptions } from './story-service';
export type { StoryChange, StoryChangeListener } from './story-change';
export type { CreateStoryInput, StoryPatch, UpdateOptions } from './story-inputs';
export { importStory, IMPORT_LIMITS, type ImportedStory, type ImportOptions } from './import/index';
