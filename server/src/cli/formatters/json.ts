// ESLint's JSON format: an array with one result per file.
import type { LintResult } from '../results';

export function formatJson(results: readonly LintResult[]): string {
  return JSON.stringify(results) + '\n';
}
