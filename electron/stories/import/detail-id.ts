import { randomBytes } from 'node:crypto';

/** A fresh id for a sensitive detail, in the same form the editor makes (16 hex characters). */
export function newDetailId(): string {
  return randomBytes(8).toString('hex');
}
