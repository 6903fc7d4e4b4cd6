import type { ExportFormat } from '../../shared/consent/grant';
import { HarborError } from '../../shared/errors';
import { buildTestimonyExport } from '../../shared/testimony/build-testimony-export';
import { createTemplateStore, createTestimonyService } from '../testimony/index';
import { AUTHOR_SLOT, type SourceResolver } from './source-resolver';

const FORMAT_NAMES: Record<ExportFormat, string> = { docx: 'Word (DOCX)', pdf: 'PDF' };

/**
 * A testimony exports in its template's layout: the heading block, salutation and signature filled
 * with the hearing's details and the witness named as the grant says; its sections and story
 * excerpts through the consent. The grant must cover the testimony and every story it quotes.
 * The template's words (headings, salutation, position) are in the language chosen for the
 * document, like the placeholders and page numbers, never half in the testimony's own.
 */
export const testimonySource: SourceResolver = async (vault, id, { language }) => {
  const testimony = await createTestimonyService(vault, createTemplateStore(vault)).get(id);
  if (testimony.trashedAt) {
    throw new HarborError('not_found', 'This testimony is in the Trash. Restore it first if you want to export it.');
  }
  const { template } = testimony;
  const built = buildTestimonyExport(testimony, { language, witness: AUTHOR_SLOT });
  const refused = (['docx', 'pdf'] as const).filter((f) => !built.formats.includes(f));
  return {
    body: { build: (consent) => consent.blocks(built.doc) },
    quotedSourceIds: [testimony.id, ...built.quotedStoryIds],
    headingBlock: built.headingBlock,
    ...(built.salutation ? { salutation: built.salutation } : {}),
    signature: built.signature,
    // The template's heading block and signature name the witness; a byline would say it twice.
    byline: false,
    numberedParagraphs: built.numberedParagraphs,
    allowedFormats: built.formats,
    ...(refused.length
      ? {
          formatReason: `Those who receive “${template.name.en}” do not accept ${refused.map((f) => FORMAT_NAMES[f]).join(' or ')} files.`,
        }
      : {}),
    publicRecord: template.publicRecord,
    fileStem: 'testimony',
  };
};
