import { HarborError } from '../../shared/errors';

/** Every way a share file can fail, in words that say what happened and that nothing was lost. */
export const shareErrors = {
  codeShape: () =>
    new HarborError(
      'wrong_passphrase',
      'A share code is seven words from Harbor\u2019s word list. Check the words with the person who gave it to you.',
    ),
  wrongCode: () =>
    new HarborError(
      'wrong_passphrase',
      'That share code does not open this package. Check the words with the person who gave it to you.',
    ),
  damaged: (what = 'This file') =>
    new HarborError(
      'integrity',
      `${what} is damaged or was changed after it was made, so Harbor will not open it. Nothing in your vault was changed. Ask for a fresh copy.`,
    ),
  notShareFile: () =>
    new HarborError('integrity', 'This is not a Harbor share file, or it is damaged. Nothing in your vault was changed.'),
  wrongType: (expected: string) =>
    new HarborError('invalid_input', `This Harbor file is not ${expected}. Nothing in your vault was changed.`),
  tooNew: () =>
    new HarborError('unsupported', 'This share file was made by a newer Harbor. Update Harbor to open it.'),
  unknownPackage: () =>
    new HarborError('not_found', 'This file belongs to a shared story that is not in this vault.'),
};
