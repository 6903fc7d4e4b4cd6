import { createRequire } from 'node:module';
import type Compromise from 'compromise';

let loaded: typeof Compromise | null = null;

/**
 * compromise, the identifying-detail check's language model, loaded the first time the check runs
 * rather than when the program starts: it is the largest module `harbor export` loads, and an
 * export with --accept-unmarked, like most commands that share its code, never runs the check; the
 * app's main process has no use for it until a story is checked. The builds of the command line
 * (electron/cli/vite.config.ts) and of the app's main process (electron.vite.config.ts) put this in
 * place of 'compromise'; the check is the same.
 */
const nlp = ((text: string) => {
  loaded ??= createRequire(__filename)('compromise') as typeof Compromise;
  return loaded(text);
}) as typeof Compromise;

export default nlp;
