import { startCli } from './start-cli';

/*
 * The `harbor` command line (out/cli/harbor.js). Plain Node: it must never import 'electron', and
 * it is not shipped inside the packaged app. It takes no options: key derivation is always
 * calibrated to the computer.
 */
startCli();
