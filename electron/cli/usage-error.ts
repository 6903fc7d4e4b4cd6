/** The command line was not spelled right (exit 1); the message says what to change. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The person pressed Ctrl+C or Ctrl+D at a passphrase prompt. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled. Nothing was changed.');
    this.name = 'CancelledError';
  }
}
