import { registerBeforeLock } from '../../vault/lock';
import { Workspace } from '../../workspace/Workspace';

/** The library and the story editor; locking waits for the editor to save first. */
export function LibraryScreen() {
  return <Workspace registerBeforeLock={registerBeforeLock} />;
}
