/**
 * "Prepare testimony" from a story lives in the library's editor, the builder in the Testimony
 * section: the editor leaves the story's id here and asks the shell to switch sections.
 */
type Listener = () => void;
let pendingStoryId: string | null = null;
const listeners = new Set<Listener>();

export function requestPrepareTestimony(storyId: string): void {
  pendingStoryId = storyId;
  for (const listener of listeners) listener();
}

/** The story waiting for testimony, once: taking it clears it. */
export function takePreparedStory(): string | null {
  const id = pendingStoryId;
  pendingStoryId = null;
  return id;
}

export function onPrepareTestimony(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
