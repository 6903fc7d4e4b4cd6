/** What a command may touch of the outside world; the tests run commands with their own. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  /** Results: ids, JSON, a summary line. Scripts read this. */
  out(text: string): void;
  /** Messages for the person: confirmations, warnings, errors. */
  err(text: string): void;
  /** Writes to stderr without a newline (a passphrase prompt). */
  prompt(text: string): void;
  env: NodeJS.ProcessEnv;
}

export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    prompt: (text) => process.stderr.write(text),
    env: process.env,
  };
}
