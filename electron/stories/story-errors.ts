import type { ErrorMessage } from '../../shared/error-text/error-catalog';
import { HarborError } from '../../shared/errors';

/** Everything the story service says when it refuses, in words a person can act on. */
export const storyErrors = {
  notFound: () => new HarborError('not_found', 'story.notFound'),
  notInTrash: () => new HarborError('forbidden', 'story.notInTrash'),
  unreadable: (id: string) => new HarborError('integrity', 'story.unreadable', { itemIds: [id] }),
  invalid: (message: ErrorMessage) => new HarborError('invalid_input', message),
};
