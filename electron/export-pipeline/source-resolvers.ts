import type { SourceResolvers } from './source-resolver';
import { storySource } from './story-source';

/**
 * Every kind of document Harbor can export. Each kind brings only its resolver; the checks,
 * transform and rendering stay the pipeline's. A testimony's resolver brings the templates, the
 * testimony service and the shared stories with it, so it loads on a testimony's first export:
 * `harbor export` of a story never loads them.
 */
export const SOURCE_RESOLVERS: SourceResolvers = {
  story: storySource,
  testimony: async (vault, id, context) => (await import('./testimony-source')).testimonySource(vault, id, context),
};
