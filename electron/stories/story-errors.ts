import { HarborError } from '../../shared/errors';

/** Everything the story service says when it refuses, in words a person can act on. */
export const storyErrors = {
  notFound: () => new HarborError('not_found', "That story isn't in this vault."),
  notInTrash: () =>
    new HarborError('forbidden', 'Only a story in the Trash can be deleted for good. Move it to the Trash first.'),
  unreadable: (id: string) =>
    new HarborError('integrity', "This story was saved in a form Harbor can't read, so Harbor left it as it is.", {
      itemIds: [id],
    }),
  invalid: (message: string) => new HarborError('invalid_input', message),
};
