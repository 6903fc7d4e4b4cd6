import { version } from '../../package.json';

/** Harbor's version, as `harbor --version` prints it (only this field of package.json is bundled). */
export const HARBOR_VERSION: string = version;
