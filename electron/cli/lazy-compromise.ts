import { createRequire } from 'node:module';
import type Compromise from 'compromise';

let loaded: typeof Compromise | null = null;

/**
 * compromise, the identifying-detail check's language model, loaded the first time the check runs
 * rather than when the command starts: it is the largest module `harbor export` loads, and an
 * export with --accept-unmarked, like most commands that share its code, never runs the check.
 * The command line's build puts this in place of 'compromise' (vite.config.ts); the check is the same.
 */
const nlp = ((text: string) => {
  loaded ??= createRequire(__filename)('compromise') as typeof Compromise;
  return loaded(text);
}) as typeof Compromise;

export default nlp;
