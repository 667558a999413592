// TEMPORARY: replaced by the full parser.
import type { Issue } from '../model';
import { findDocNumbers } from './docNumber';
export function parseIssue(text: string): Issue {
  return { text, lines: [], documents: [], paragraphs: [], citations: [], numbers: findDocNumbers(text, 'citation') };
}
