// The package version, for the CLI's --version and the language server's serverInfo.
import { version } from '../../package.json';

export const VERSION: string = version;
