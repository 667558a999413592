export { formatText, displayWidth } from './text';
export { formatJson } from './json';
export { formatSarif } from './sarif';
export { formatGithub } from './github';
export { formatRdjson } from './rdjson';
export { formatJunit } from './junit';
