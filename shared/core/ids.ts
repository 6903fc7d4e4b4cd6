import { z } from 'zod';

/** The shape of every id Harbor makes (stories, grants, shares, testimony): URL-safe, 8–64 characters. */
export const HARBOR_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

export const isHarborId = (value: unknown): value is string =>
  typeof value === 'string' && HARBOR_ID_PATTERN.test(value);

/**
 * The one id schema every request and stored record uses. Its message is a key in the error
 * catalog (request.notAnId), so a refused id is worded in the person's language.
 */
export const harborIdSchema = z.string().regex(HARBOR_ID_PATTERN, 'request.notAnId');
