import type { z } from 'zod';

/** Turns schema failures into one sentence a person (or a bug report) can act on. */
export function readableZodError(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'Harbor received a request it could not understand.';
  const where = first.path.length > 0 ? ` (at ${first.path.join('.')})` : '';
  return `Harbor received a request it could not understand${where}: ${first.message}.`;
}
