import type { SourceResolvers } from './source-resolver';
import { storySource } from './story-source';
import { testimonySource } from './testimony-source';

/**
 * Every kind of document Harbor can export. Each kind brings only its resolver; the checks,
 * transform and rendering stay the pipeline's.
 */
export const SOURCE_RESOLVERS: SourceResolvers = {
  story: storySource,
  testimony: testimonySource,
};
