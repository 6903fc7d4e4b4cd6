import type { ExportLanguage } from '../../../shared/export/export-document';
import type { CjkLanguage } from '../../../shared/export/script-runs';

/** What runs need to be tagged: the document's language and the East Asian language detected in it. */
export interface DocumentScripts {
  language: ExportLanguage;
  cjk?: CjkLanguage | undefined;
  /** The witness as the consent shows them, isolated in right-to-left paragraphs (identityPattern). */
  identity?: RegExp | null;
}
