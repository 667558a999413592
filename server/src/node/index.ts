// Node-only helpers shared by the command line and the language server:
// configuration files, encodings, file discovery and safe writes.
export {
  CONFIG_FILE_NAME,
  ConfigLoader,
  findConfigFile,
  formatConfigProblem,
  isIgnored,
  loadConfigFor,
  readConfigFile,
  type ConfigLoaderOptions,
  type ConfigProblem,
  type LoadedConfig,
} from './config';
export {
  decodeFile,
  encodeText,
  keepLayout,
  EncodingError,
  type BinaryContent,
  type DecodeResult,
  type DecodedText,
  type TextEncodingName,
} from './encoding';
export {
  DEFAULT_EXTENSIONS,
  describeFsError,
  discoverFiles,
  expandGlob,
  isGlob,
  walkDirectory,
  type DiscoveredFile,
  type DiscoveryError,
  type DiscoveryOptions,
} from './files';
export { FileChangedError, readTextFile, writeFileAtomic, writeFixedText, type ReadResult } from './fileio';
export { buildConfigSchema, configSchemaText, ruleDocsPath, SCHEMA_PATH } from './schema';
export {
  addSuppression,
  readSuppressions,
  suppressionKey,
  suppressionsFileFor,
  SuppressionsError,
  SUPPRESSIONS_FILE,
} from './suppressions';
