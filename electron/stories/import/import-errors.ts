import { HarborError } from '../../../shared/errors';

export const importErrors = {
  unsupported: () => new HarborError('unsupported', 'Harbor can open .txt, .md, .html and .docx files.'),
  tooLarge: (limitMiB: number) =>
    new HarborError('invalid_input', `That file is larger than ${limitMiB} MB. Harbor can import smaller files.`),
  tooLong: () =>
    new HarborError(
      'invalid_input',
      'That file holds more than Harbor can keep in one story. Try splitting it into parts.',
    ),
  tooDeep: () => new HarborError('invalid_input', 'That file is nested too deeply for Harbor to import.'),
  unreadableDocx: () =>
    new HarborError(
      'invalid_input',
      "Harbor couldn't read that .docx file. It may be damaged, or it may not be a Word document. Saving it again from your word processor may help.",
    ),
};
