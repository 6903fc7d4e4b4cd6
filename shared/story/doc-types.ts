// The document types live in shared/core/story-doc.ts (one StoryDoc for every layer).
export * from '../core/story-doc';
