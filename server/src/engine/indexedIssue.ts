// What the workspace index keeps of an issue whose file is not open: all that other files' checks
// and the editor's cross-file requests read (documents with their headings, tasks and unit
// annotations, numbers, citations, masthead, 目录, 发文目录), without the issue's lines and
// paragraphs, about half of its memory. Checking the file itself parses its text again.
import type { Issue } from './model';
import { annotationsOf } from './rules/responsible-unit/shared';

export function indexedIssue(issue: Issue): Issue {
  // responsible-unit/names reads the other issues' unit annotations, some found in their
  // paragraphs: found now, and kept by document.
  for (const document of issue.documents) annotationsOf(issue, document);
  return { ...issue, lines: [], paragraphs: [] };
}
