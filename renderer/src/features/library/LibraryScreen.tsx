import { registerBeforeLock } from '../../platform/lock';
import { Workspace } from './Workspace';

/** The library and the story editor; locking waits for the editor to save first. */
export function LibraryScreen() {
  return <Workspace registerBeforeLock={registerBeforeLock} />;
}
