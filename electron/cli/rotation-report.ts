import type { RotateResult } from '../vault/types';
import type { CliIo } from './cli-io';
import { EXIT, type ExitCode } from './exit-codes';

/**
 * What `vault passwd`, `vault recover` and `vault rotate-keys` say after new keys: the new recovery key (once,
 * on stdout for scripts) and any version too damaged to carry over, which makes the exit code 3.
 */
export function reportRotation(io: CliIo, result: RotateResult): ExitCode {
  if (result.recoveryKey) {
    io.out(`recovery key: ${result.recoveryKey}`);
    io.err('Your old recovery key no longer works. Write the new one down; Harbor will not show it again.');
  }
  if (result.skipped?.length) {
    io.err('These saved versions were already damaged and could not be carried over:');
    for (const s of result.skipped) io.err(`  ${s.itemId} version ${s.revision}`);
    return EXIT.integrity;
  }
  return EXIT.ok;
}
