import type { z } from 'zod';
import { HarborError } from '../../shared/errors';

/** Turns schema failures into one sentence a person (or a bug report) can act on. */
export function readableZodError(error: z.ZodError): HarborError {
  const first = error.issues[0];
  if (!first) return new HarborError('invalid_input', 'request.notUnderstood');
  if (first.path.length === 0) {
    return new HarborError('invalid_input', { key: 'request.notUnderstoodBecause', params: { detail: first.message } });
  }
  return new HarborError('invalid_input', {
    key: 'request.notUnderstoodAt',
    params: { where: first.path.join('.'), detail: first.message },
  });
}
