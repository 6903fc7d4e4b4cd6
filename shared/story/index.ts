/**
 * The story document model, shared by the editor, the main process and the command line. Pure
 * TypeScript: no Node, no DOM, no Electron.
 */
export type {
  BlockNode,
  BlockquoteNode,
  BulletListNode,
  HardBreakNode,
  HeadingLevel,
  HeadingNode,
  InlineNode,
  ListItemNode,
  LooseNode,
  MarkType,
  NodeType,
  OrderedListNode,
  ParagraphNode,
  PrivateNoteNode,
  SensitiveMark,
  SimpleMark,
  StoryDoc,
  StoryMark,
  StoryNode,
  TextNode,
} from './doc-types';
export { MARK_TYPES, NODE_TYPES } from './doc-types';
export { DOC_LIMITS } from './doc-limits';
export { docBoundsProblem } from './doc-bounds';
export { detailIdSchema, docIssueMessage, parseStoryDoc, storyDocSchema, type DocIssue } from './doc-schema';
export { emptyStoryDoc } from './empty-doc';
export { docToPlainText, PRIVATE_NOTE_LABEL, type PlainTextOptions } from './plain-text';
export { countWords, textTokens, type TextToken } from './word-count';
export { DEFAULT_READING_WPM, DEFAULT_SPEAKING_WPM, readingMinutes, speakingMinutes } from './reading-time';
export { isSensitiveCategory, SENSITIVE_CATEGORIES, type SensitiveCategory } from './sensitive-categories';
export {
  detailRegisterSchema,
  foldDetailText,
  listMarkedOccurrences,
  matchVariants,
  proposeVariants,
  registerFromDoc,
  REGISTER_LIMITS,
  type DetailRegister,
  type DetailVariant,
  type RegisterDetail,
  type VariantMatch,
} from './detail-register';
export { listSensitiveDetails, type SensitiveDetail } from './sensitive-details';
export {
  STORY_LIMITS,
  storyDataSchema,
  storyTagSchema,
  storyTagsSchema,
  storyTitleSchema,
  type StoryData,
} from './story-data';
export { storyWordCount, toStory, toSummary, type Story, type StorySummary } from './story-summary';
