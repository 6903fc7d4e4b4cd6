import { HarborError } from '../../../shared/errors';

export const importErrors = {
  unsupported: () => new HarborError('unsupported', 'import.unsupported'),
  tooLarge: (limitMiB: number) => new HarborError('invalid_input', { key: 'import.tooLarge', params: { limitMiB } }),
  unpackedTooLarge: (limitMiB: number) =>
    new HarborError('invalid_input', { key: 'import.unpackedTooLarge', params: { limitMiB } }),
  tooLong: () => new HarborError('invalid_input', 'import.tooLong'),
  tooDeep: () => new HarborError('invalid_input', 'import.tooDeep'),
  unreadableDocx: () => new HarborError('invalid_input', 'import.unreadableDocx'),
  tooDemanding: () => new HarborError('invalid_input', 'import.tooDemanding'),
};
