import type { z } from 'zod';
import { isErrorMessageKey, type ErrorMessage } from '../../shared/error-text/error-catalog';
import { HarborError } from '../../shared/errors';

/**
 * Turns a schema failure into a catalog message, so it is said in the person's language: a
 * schema that names its own key (the id, passphrase and date schemas do) gives that key; any other
 * failure says where in the request it was, never zod's English words.
 */
export function readableZodError(error: z.ZodError): HarborError {
  const first = error.issues[0];
  if (!first) return new HarborError('invalid_input', 'request.notUnderstood');
  // Keys a schema names carry no placeholders (the catalog test holds them to it).
  if (isErrorMessageKey(first.message)) return new HarborError('invalid_input', first.message as ErrorMessage);
  if (first.path.length === 0) return new HarborError('invalid_input', 'request.notUnderstood');
  return new HarborError('invalid_input', {
    key: 'request.notUnderstoodAt',
    params: { where: first.path.join('.') },
  });
}
