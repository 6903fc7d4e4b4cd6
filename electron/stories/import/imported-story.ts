import type { ImportNotice } from '../../../shared/ipc/contract';
import type { StoryDoc } from '../../../shared/story/doc-types';

/** What an import yields: ready for StoryService.create (the doc already passed the schema). */
export interface ImportOptions {
  /**
   * Keep the line or heading that became the title in the text too. For callers that set the
   * title themselves (or keep an existing one): otherwise those words would vanish.
   */
  keepTitleInText?: boolean;
}

export interface ImportedStory {
  title: string;
  doc: StoryDoc;
  /** What the person should know about the import (hidden Word text left out), in the error catalog's words. */
  notices?: ImportNotice[];
}
