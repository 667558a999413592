// Rename a document number: every occurrence of the same key in the issue gets
// the new number, written in its normal form.
import { ErrorCodes, ResponseError, type Position, type Range as LspRange, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocNumber } from '../engine';
import { findDocNumbers } from '../engine/parse/docNumber';
import { answersTo, withoutYears } from '../engine/rules/cross-reference/shared';
import type { AnalysisCache } from './analysis';
import { contains, toLspRange, toOffset } from './convert';

export class RenameProvider {
  constructor(private readonly cache: AnalysisCache) {}

  prepare(doc: TextDocument, position: Position): { range: LspRange; placeholder: string } {
    const { number, analysis } = this.numberAt(doc, position);
    if (!number) {
      throw new ResponseError(ErrorCodes.InvalidRequest, '只能重命名发文字号 (only a document number can be renamed)');
    }
    return { range: toLspRange(analysis.lines, number.range), placeholder: normalNumber(number) };
  }

  rename(doc: TextDocument, position: Position, newName: string): WorkspaceEdit {
    const { number, analysis } = this.numberAt(doc, position);
    if (!number) {
      throw new ResponseError(ErrorCodes.InvalidRequest, '只能重命名发文字号 (only a document number can be renamed)');
    }
    const parsed = parseNumber(newName);
    if (typeof parsed === 'string') throw new ResponseError(ErrorCodes.InvalidParams, parsed);
    const text = normalNumber(parsed);
    // Not onto another document's number: the issue would then hold two documents with one number.
    const taken = parsed.key !== number.key && analysis.issue.documents.find((d) => d.number?.key === parsed.key);
    if (taken) {
      throw new ResponseError(ErrorCodes.InvalidParams, `“${text}”已是本期《${taken.title.text}》的发文字号 (already the number of another document of this issue)`);
    }
    // Nor onto a number the 发文目录 lists for another title (a document of the month not printed in the issue).
    const row = parsed.key !== number.key && analysis.issue.directory?.rows.find((r) => r.number?.key === parsed.key);
    const own = analysis.issue.documents.find((d) => d.number?.key === number.key);
    // (The row names this document when it gives its title, however its years are written: (2018—2020年), (2018~2020 年).)
    if (row && row.title && own && !answersTo(own, row.title.norm) && withoutYears(row.title.norm) !== withoutYears(own.title.norm)) {
      throw new ResponseError(ErrorCodes.InvalidParams, `发文目录中“${text}”是《${row.title.text}》的发文字号 (the list of documents issued gives this number to another document)`);
    }
    const edits = analysis.issue.numbers
      .filter((n) => n.key === number.key)
      .flatMap((n) => renameEdits(analysis.text, n, parsed).map((e) => ({ range: toLspRange(analysis.lines, e.range), newText: e.text })));
    return { changes: { [doc.uri]: edits } };
  }

  private numberAt(doc: TextDocument, position: Position) {
    const analysis = this.cache.get(doc);
    const offset = toOffset(analysis.lines, position);
    return { analysis, number: analysis.issue.numbers.find((n) => contains(n.range, offset)) };
  }
}

/**
 * The edits that write `to` over an occurrence. Its lines keep their places: a number a page break cut
 * after its bracket (某政发〔2024〕 / - 9 - / 14号) gets its two ends written, the page between them kept;
 * one a hard wrap split elsewhere (某政发〔2 / 024〕14号) keeps its line break where it was.
 */
function renameEdits(source: string, n: DocNumber, to: DocNumber): { range: { start: number; end: number }; text: string }[] {
  const text = normalNumber(to);
  const middle = source.slice(n.closeRange.end, n.serialRange.start);
  const lastBreak = Math.max(middle.lastIndexOf('\n'), middle.lastIndexOf('\r'));
  if (lastBreak >= 0) {
    const tailStart = n.closeRange.end + lastBreak + 1 + /^[ \t\u3000]*/.exec(middle.slice(lastBreak + 1))![0].length;
    return [
      { range: { start: n.range.start, end: n.closeRange.end }, text: `${to.issuer}〔${to.year}〕` },
      { range: { start: tailStart, end: n.range.end }, text: `${Number(to.serial)}号` },
    ];
  }
  const br = /\r?\n|\r/.exec(source.slice(n.range.start, n.range.end));
  if (!br) return [{ range: n.range, text }];
  const at = Math.min(br.index, text.length);
  return [{ range: n.range, text: text.slice(0, at) + br[0] + text.slice(at) }];
}

/** 嘉政办发〔2018〕72号: the form GB/T 9704 prescribes. */
export function normalNumber(n: DocNumber): string {
  return `${n.issuer}〔${n.year}〕${Number(n.serial)}号`;
}

/** The new name as a number, or the reason it is not one. */
export function parseNumber(value: string): DocNumber | string {
  const text = value.trim();
  const found = findDocNumbers(text, 'document');
  const n = found.length === 1 ? found[0] : undefined;
  if (!n || n.range.start !== 0 || n.range.end !== text.length) {
    return `“${text}”不是发文字号，应形如 嘉政办发〔2018〕72号 (not a document number, expected e.g. 嘉政办发〔2018〕72号)`;
  }
  if (n.year.length !== 4) return `年份“${n.year}”应为四位数 (the year must have four digits)`;
  if (Number(n.serial) === 0) return '序号不能为 0 (the serial cannot be 0)';
  return n;
}
