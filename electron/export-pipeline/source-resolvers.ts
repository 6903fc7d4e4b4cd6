import type { SourceResolvers } from './source-resolver';
import { storySource } from './story-source';

/**
 * Every kind of document Harbor can export. Testimony documents (templates) add their resolver
 * here; the checks, transform and rendering stay the pipeline's.
 */
export const SOURCE_RESOLVERS: SourceResolvers = {
  story: storySource,
};
