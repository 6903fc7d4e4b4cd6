// The versions of a story, shown from the story screen.
export { RevisionViewer } from './RevisionViewer';
export { VersionCompare } from './VersionCompare';
export { VersionsPanel } from './VersionsPanel';
export { isLargePaste, LARGE_PASTE } from './large-paste';
