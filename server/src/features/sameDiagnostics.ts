// Are two lists of diagnostics the same, as a client shows them? Most keystrokes
// change none of a document's diagnostics in LSP terms (a character typed on one
// line moves nothing on the others), and then nothing is sent: the client keeps
// what it shows, as rust-analyzer does (unless it may drop lists sent for an old
// version: see DiagnosticsProvider.setVersionedClient). Compares every field toDiagnostic and
// configProblemToDiagnostic fill (util.isDeepStrictEqual takes ~0.7 ms on 200
// diagnostics; this, a few hundredths).
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver';

export function sameDiagnostics(a: readonly Diagnostic[] | undefined, b: readonly Diagnostic[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameDiagnostic(a[i], b[i])) return false;
  return true;
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    sameRange(a.range, b.range) &&
    a.severity === b.severity &&
    a.code === b.code &&
    a.source === b.source &&
    a.message === b.message &&
    a.codeDescription?.href === b.codeDescription?.href &&
    sameList(a.tags, b.tags, (x, y) => x === y) &&
    sameList(a.relatedInformation, b.relatedInformation, sameRelated) &&
    a.data === undefined &&
    b.data === undefined
  );
}

function sameRelated(a: DiagnosticRelatedInformation, b: DiagnosticRelatedInformation): boolean {
  return a.message === b.message && a.location.uri === b.location.uri && sameRange(a.location.range, b.location.range);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined, same: (x: T, y: T) => boolean): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
  return true;
}
