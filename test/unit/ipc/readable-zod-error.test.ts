import { describe, expect, it } from 'vitest';
import { z, ZodError } from 'zod';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { readableZodError } from '../../../electron/ipc/readable-zod-error';

// A refused request says where in it the problem was, in one catalog sentence the person's language
// has (for a bug report; never a stack, a schema dump or zod's English).
const issueOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a failure');
  return parsed.error;
};

describe('readableZodError', () => {
  it('names the place of the first problem, dotted', () => {
    const error = readableZodError(
      issueOf(z.object({ terms: z.object({ formats: z.array(z.enum(['pdf'])) }) }), {
        terms: { formats: ['pdf', 'exe'] },
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.messageKey).toBe('request.notUnderstoodAt');
    expect(error.params.where).toBe('terms.formats.1');
    // Where, never zod's English words ("Invalid option: expected one of…"), which a Spanish sentence would carry.
    expect(error.message).toBe('Harbor received a request it could not understand (at terms.formats.1).');
  });

  it('says only that the request was not understood when the whole request is wrong, without zod’s words', () => {
    const error = readableZodError(issueOf(z.object({}), 'dark'));
    expect(error.messageKey).toBe('request.notUnderstood');
    expect(error.params).toEqual({});
    expect(error.message).not.toMatch(/object|expected|received string/i);
  });

  it('still says something when there is no issue to name', () => {
    const error = readableZodError(new ZodError([]));
    expect(error.messageKey).toBe('request.notUnderstood');
    expect(error.message).toBe('Harbor received a request it could not understand.');
  });

  it('is what a handler’s own schema failure turns into, never an internal error', async () => {
    const dispatch = createDispatch({
      'app:info': () => z.object({ x: z.string() }).parse({ x: 1 }),
    } as never);
    expect(await dispatch('app:info', undefined)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', messageKey: 'request.notUnderstoodAt' },
    });
  });
});
