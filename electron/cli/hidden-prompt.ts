import { CancelledError } from './usage-error';

type RawInput = NodeJS.ReadableStream & { setRawMode?: (mode: boolean) => unknown };

/**
 * Asks for a secret on the terminal without echoing it: raw mode, one keypress at a time, Enter
 * to finish, Backspace to correct, Ctrl+C or Ctrl+D (on an empty line) to cancel. The question
 * goes to stderr so stdout stays clean for scripts.
 */
export function promptHidden(question: string, input: RawInput, write: (s: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    let value = '';
    let escape = false;
    write(question);
    input.setRawMode?.(true);
    input.setEncoding('utf8');
    input.resume();
    const finish = (error?: Error) => {
      input.removeListener('data', onData);
      input.setRawMode?.(false);
      input.pause();
      write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string | Buffer) => {
      for (const ch of String(chunk)) {
        // Arrow keys and the like arrive as ESC [ … letter; they are not part of a passphrase.
        if (escape) {
          if (/[A-Za-z~]/.test(ch)) escape = false;
          continue;
        }
        if (ch === '\u001b') escape = true;
        else if (ch === '\r' || ch === '\n') return finish();
        else if (ch === '\u0003') return finish(new CancelledError());
        else if (ch === '\u0004') return value === '' ? finish(new CancelledError()) : finish();
        else if (ch === '\u007f' || ch === '\b') value = Array.from(value).slice(0, -1).join('');
        else if (ch === '\u0015') value = '';
        else if (ch >= ' ') value += ch;
      }
    };
    input.on('data', onData);
  });
}
