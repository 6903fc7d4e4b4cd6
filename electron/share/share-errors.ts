import type { ErrorMessageKey } from '../../shared/error-text/error-catalog';
import { HarborError } from '../../shared/errors';
import type { ShareFileType } from './share-file';

/** What was found damaged: each has its own sentence, so every language can word it whole. */
const DAMAGED = {
  file: 'share.damagedFile',
  tooLarge: 'share.damagedTooLarge',
  package: 'share.damagedPackage',
  withdrawal: 'share.damagedWithdrawal',
  receipt: 'share.damagedReceipt',
  packageRecord: 'share.damagedPackageRecord',
  sharedStoryRecord: 'share.damagedSharedStoryRecord',
} as const satisfies Record<string, ErrorMessageKey>;

export type DamagedThing = keyof typeof DAMAGED;

/** What a file of the wrong type should have been. */
const NOT_TYPE = {
  package: 'share.notPackage',
  revocation: 'share.notWithdrawal',
  receipt: 'share.notReceipt',
} as const satisfies Record<ShareFileType, ErrorMessageKey>;

/** Every way a share file can fail, in words that say what happened and that nothing was lost. */
export const shareErrors = {
  codeShape: () => new HarborError('wrong_passphrase', 'share.codeShape'),
  wrongCode: () => new HarborError('wrong_passphrase', 'share.wrongCode'),
  damaged: (what: DamagedThing = 'file') => new HarborError('integrity', DAMAGED[what]),
  notShareFile: () => new HarborError('integrity', 'share.notShareFile'),
  wrongType: (expected: ShareFileType) => new HarborError('invalid_input', NOT_TYPE[expected]),
  tooNew: () => new HarborError('unsupported', 'share.tooNew'),
  unknownPackage: () => new HarborError('not_found', 'share.unknownPackage'),
  packageIdConflict: (packageId: string, date: string) =>
    new HarborError('integrity', { key: 'share.packageIdConflict', params: { packageId, date } }),
};
