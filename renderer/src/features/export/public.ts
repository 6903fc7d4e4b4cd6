// The export steps, for the story screen and for a written testimony (which reuses the flow and
// the identifying-detail check's pieces).
export { StoryExportFlow } from './StoryExportFlow';
export { ExportFlow } from './ExportFlow';
export type { ExportSubject } from './export-subject';
export { ExportDocumentView } from './ExportDocumentView';
export { ClearFindingButton, FindingItem } from './FindingItem';
export { useFocusNextFinding } from './use-focus-next-finding';
