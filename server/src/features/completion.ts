// Completion: the next free serial after an issuer code, issuer codes, unit names
// inside an annotation, titles to cite after 《, attachment numbers after 附件, and the next heading
// label at the start of a line.
import {
  CompletionItemKind,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range as LspRange,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Issue } from '../engine';
import { chineseToInt, intToChinese, prefixLength, trimEndChars } from '../engine/parse/text';
import type { Analysis, AnalysisCache } from './analysis';
import { contains, toOffset } from './convert';
import { attachmentItems, citationItems } from './completionReferences';
import { documentAt } from './locate';
import type { ConfigurationService } from './settings';
import type { WorkspaceFiles } from './workspaceFiles';

export const TRIGGER_CHARACTERS = ['〕', ']', '】', ')', '）', ':', '：', '、', ',', '，', '(', '（', '《'];

const NUMBER_CONTEXT = /([\u4e00-\u9fff]{2,10})[ \t]*([〔[［【(（])[ \t]*(\d{4})[ \t]*([〕\]］】)）])[ \t]*(\d*)$/;
const UNIT_LABEL = /(?:责任单位|牵头单位|配合单位|主办单位|协办单位|责任部门|牵头部门)[ \t]*[:：]/;
const UNIT_SEPARATOR = /[、,，:：;；\s]/;

export class CompletionProvider {
  constructor(
    private readonly cache: AnalysisCache,
    private readonly workspace: WorkspaceFiles,
    private readonly configuration: ConfigurationService,
  ) {}

  async provide(doc: TextDocument, position: Position): Promise<CompletionList> {
    const analysis = this.cache.get(doc);
    const offset = toOffset(analysis.lines, position);
    const lineStart = analysis.lines.lineStart(analysis.lines.position(offset).line);
    const prefix = analysis.text.slice(lineStart, offset);
    const at = (start: number): LspRange => ({ start: analysis.lines.position(start), end: analysis.lines.position(offset) });

    const serial = this.serialItems(analysis, prefix, offset, at);
    if (serial.length) return { isIncomplete: false, items: serial };
    const titles = citationItems(analysis, this.workspace, prefix, offset, at);
    if (titles) return { isIncomplete: false, items: titles };
    const attachments = attachmentItems(analysis.issue, prefix, offset, at);
    if (attachments) return { isIncomplete: false, items: attachments };
    const units = await this.unitItems(analysis, prefix, offset, at);
    if (units) return { isIncomplete: false, items: units };
    const items = [...headingItems(analysis, prefix, offset, lineStart, at), ...this.issuerItems(analysis, prefix, offset, at)];
    return { isIncomplete: true, items };
  }

  /** 嘉政办发〔2018〕| → 75号, the serial after the highest one used for that issuer and year. */
  private serialItems(analysis: Analysis, prefix: string, offset: number, at: (start: number) => LspRange): CompletionItem[] {
    const m = NUMBER_CONTEXT.exec(prefix);
    if (!m) return [];
    const issuer = this.issuerOf(m[1]);
    const year = m[3];
    const max = this.maxSerial(analysis, issuer, year, offset);
    const next = max + 1;
    const text = `${next}号`;
    return [
      {
        label: text,
        kind: CompletionItemKind.Value,
        detail: max ? `${issuer}〔${year}〕的下一个序号 (next serial; highest used: ${max}号)` : `${issuer}〔${year}〕的第一个序号 (first serial)`,
        textEdit: { range: at(offset - m[5].length), newText: text },
        filterText: m[5] + text,
        preselect: true,
      },
    ];
  }

  /** The known issuer code that the CJK text before the bracket ends with. */
  private issuerOf(run: string): string {
    const known = [...this.issuerCodes().keys()].filter((code) => run.endsWith(code)).sort((a, b) => b.length - a.length);
    return known[0] ?? run.slice(-Math.min(run.length, 5));
  }

  private maxSerial(analysis: Analysis, issuer: string, year: string, offset: number): number {
    let max = 0;
    const consider = (issue: Issue, skip?: number) => {
      for (const n of issue.numbers) {
        if (n.issuer !== issuer || n.year !== year || (skip !== undefined && contains(n.range, skip))) continue;
        max = Math.max(max, Number(n.serial));
      }
    };
    consider(analysis.issue, offset);
    for (const [uri, issue] of this.workspace.entries()) if (issue !== analysis.issue && uri !== analysis.uri) consider(issue);
    return max;
  }

  /** Issuer codes seen anywhere in the workspace, with how often. */
  private issuerCodes(): Map<string, { count: number; years: Map<string, number> }> {
    const codes = new Map<string, { count: number; years: Map<string, number> }>();
    for (const [, issue] of this.workspace.entries()) {
      for (const n of issue.numbers) {
        const entry = codes.get(n.issuer) ?? { count: 0, years: new Map() };
        entry.count++;
        entry.years.set(n.year, Math.max(entry.years.get(n.year) ?? 0, Number(n.serial)));
        codes.set(n.issuer, entry);
      }
    }
    return codes;
  }

  private issuerItems(analysis: Analysis, prefix: string, offset: number, at: (start: number) => LspRange): CompletionItem[] {
    const token = /(?<![\u4e00-\u9fff])[\u4e00-\u9fff]*$/.exec(prefix)![0];
    const afterBracket = /[(（]$/.test(prefix);
    if (!token && !afterBracket) return [];
    const items: CompletionItem[] = [];
    for (const [code, info] of this.issuerCodes()) {
      let typed = 0;
      for (let k = Math.min(token.length, code.length); k > 0; k--) {
        if (token.endsWith(code.slice(0, k))) {
          typed = k;
          break;
        }
      }
      if (!typed && !afterBracket) continue;
      const year = [...info.years.keys()].sort().pop() ?? String(new Date().getFullYear());
      const next = this.maxSerial(analysis, code, year, offset) + 1;
      items.push({
        label: code,
        kind: CompletionItemKind.Constant,
        detail: `发文机关代字，已见 ${info.count} 次 (issuer code, seen ${info.count}×)`,
        textEdit: { range: at(offset - typed), newText: `${code}〔\${1:${year}}〕\${2:${next}}号` },
        insertTextFormat: InsertTextFormat.Snippet,
        filterText: code,
        sortText: `1${String(100000 - info.count).padStart(6, '0')}`,
      });
    }
    return items;
  }

  /** Inside a unit annotation: the unit names used across the workspace and in the configuration. */
  private async unitItems(analysis: Analysis, prefix: string, offset: number, at: (start: number) => LspRange): Promise<CompletionItem[] | undefined> {
    const inParsed = analysis.issue.documents.some((d) =>
      d.tasks.some((t) => t.annotations.some((a) => offset > a.openRange.start && (a.closeRange ? offset <= a.closeRange.start : offset <= a.range.end))),
    );
    const open = Math.max(...['〔', '(', '（', '[', '【'].map((c) => prefix.lastIndexOf(c)));
    const inside = open >= 0 && !/[〕)）\]】]/.test(prefix.slice(open + 1)) ? prefix.slice(open + 1) : undefined;
    if (!inParsed && !(inside !== undefined && UNIT_LABEL.test(inside))) return undefined;
    let start = prefix.length;
    while (start > 0 && !UNIT_SEPARATOR.test(prefix[start - 1]) && !'〔(（[【'.includes(prefix[start - 1])) start--;
    const typedLength = prefix.length - start;
    const counts = new Map<string, number>();
    for (const [, issue] of this.workspace.entries()) {
      for (const d of issue.documents) for (const t of d.tasks) for (const a of t.annotations) for (const u of a.units) counts.set(u.name, (counts.get(u.name) ?? 0) + 1);
    }
    const { config } = await this.configuration.forDocument(analysis.uri);
    for (const name of config.units) if (!counts.has(name)) counts.set(name, 0);
    return [...counts]
      .filter(([name]) => name.length > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([name, count], i) => ({
        label: name,
        kind: CompletionItemKind.Reference,
        detail: count ? `责任单位，已用 ${count} 次 (unit, used ${count}×)` : '配置文件中的单位 (unit from the configuration)',
        textEdit: { range: at(offset - typedLength), newText: name },
        sortText: String(i).padStart(5, '0'),
      }));
  }
}

interface LabelKind {
  kind: string;
  rank: number;
  re: RegExp;
  next(m: RegExpExecArray, space: string): string;
  value(m: RegExpExecArray): number;
}

const CN = '[一二三四五六七八九十百零〇]+';
const LABELS: LabelKind[] = [
  { kind: 'division', rank: -1, re: new RegExp(`^第(${CN})(部分|篇)`), value: (m) => chineseToInt(m[1]), next: (m, s) => `第${intToChinese(chineseToInt(m[1]) + 1)}${m[2]}${s}` },
  { kind: 'chapter', rank: 0, re: new RegExp(`^第(${CN})章`), value: (m) => chineseToInt(m[1]), next: (m, s) => `第${intToChinese(chineseToInt(m[1]) + 1)}章${s}` },
  { kind: 'section', rank: 1, re: new RegExp(`^第(${CN})节`), value: (m) => chineseToInt(m[1]), next: (m, s) => `第${intToChinese(chineseToInt(m[1]) + 1)}节${s}` },
  { kind: 'article', rank: 2, re: new RegExp(`^第(${CN})条`), value: (m) => chineseToInt(m[1]), next: (m, s) => `第${intToChinese(chineseToInt(m[1]) + 1)}条${s || ' '}` },
  { kind: 'cn', rank: 3, re: new RegExp(`^(${CN})([、，,．.])`), value: (m) => chineseToInt(m[1]), next: (m, s) => `${intToChinese(chineseToInt(m[1]) + 1)}${m[2]}${s}` },
  { kind: 'paren-cn', rank: 4, re: new RegExp(`^([(（])(${CN})([)）])`), value: (m) => chineseToInt(m[2]), next: (m, s) => `${m[1]}${intToChinese(chineseToInt(m[2]) + 1)}${m[3]}${s}` },
  // Decimal outlines (2.1, 2.1.3), between the bracketed levels and 1.: the next of the same depth.
  { kind: 'decimal3', rank: 4.7, re: /^(\d{1,2})([.．])(\d{1,2})\2(\d{1,2})(?![\d.．])/, value: (m) => Number(m[4]), next: (m, s) => `${m[1]}${m[2]}${m[3]}${m[2]}${Number(m[4]) + 1}${s}` },
  { kind: 'decimal2', rank: 4.6, re: /^(\d{1,2})([.．])(\d{1,2})(?![\d.．])/, value: (m) => Number(m[3]), next: (m, s) => `${m[1]}${m[2]}${Number(m[3]) + 1}${s}` },
  // (1\. in a draft pandoc wrote: the escape is written again.)
  { kind: 'arabic', rank: 5, re: /^(\d{1,3})(\\?[.．、])(?!\d)/, value: (m) => Number(m[1]), next: (m, s) => `${Number(m[1]) + 1}${m[2]}${s}` },
  { kind: 'paren-arabic', rank: 6, re: /^([(（])(\d{1,3})([)）])/, value: (m) => Number(m[2]), next: (m, s) => `${m[1]}${Number(m[2]) + 1}${m[3]}${s}` },
  { kind: 'circled', rank: 7, re: /^([①-⑲])/, value: (m) => m[1].charCodeAt(0) - 0x245f, next: (m, s) => `${String.fromCharCode(m[1].charCodeAt(0) + 1)}${s}` },
];

/** The first label one level down, in the bracket style the document already uses. */
const FIRST_CHILD: Record<string, (style: Map<string, RegExpExecArray>) => string> = {
  cn: (style) => {
    const p = style.get('paren-cn') ?? style.get('paren-arabic');
    return `${p?.[1] ?? '('}一${p?.[3] ?? ')'}`;
  },
  'paren-cn': (style) => `1${style.get('arabic')?.[2] ?? '.'}`,
  arabic: (style) => {
    const p = style.get('paren-arabic') ?? style.get('paren-cn');
    return `${p?.[1] ?? '('}1${p?.[3] ?? ')'}`;
  },
};

/** At the start of a line: the label after the latest one of each level still open above. */
export function headingItems(analysis: Analysis, prefix: string, offset: number, lineStart: number, at: (start: number) => LspRange): CompletionItem[] {
  const residue = prefixLength(prefix);
  const typed = prefix.slice(residue);
  if (!/^[(（第\d一二三四五六七八九十]{0,4}$/.test(typed)) return [];
  const { lines, text, issue } = analysis;
  const here = lines.position(lineStart).line;
  const limit = Math.max(documentAt(issue, offset)?.range.start ?? 0, 0);
  const found: { label: LabelKind; m: RegExpExecArray; space: string }[] = [];
  const style = new Map<string, RegExpExecArray>();
  let minRank = Infinity;
  for (let line = here - 1, scanned = 0; line >= 0 && scanned < 2000; line--, scanned++) {
    const start = lines.lineStart(line);
    if (start < limit) break;
    const end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
    const raw = trimEndChars(text.slice(start, end), '\r\n');
    const body = raw.slice(prefixLength(raw));
    for (const label of LABELS) {
      const m = label.re.exec(body);
      if (!m) continue;
      if (!style.has(label.kind)) style.set(label.kind, m);
      if (label.rank < minRank && Number.isFinite(label.value(m))) {
        minRank = label.rank;
        // The space the label above is written with (第十六条　…: an ideographic one).
        found.push({ label, m, space: /^[ \t\u3000]/.test(body.slice(m[0].length)) ? body[m[0].length] === '\u3000' ? '\u3000' : ' ' : '' });
      }
      break;
    }
    if (minRank === 0) break;
  }
  const items: CompletionItem[] = [];
  const range = at(lineStart + residue);
  const add = (text: string, detail: string) => {
    if (items.some((i) => i.label === text.trim())) return;
    items.push({
      label: text.trim(),
      kind: CompletionItemKind.EnumMember,
      detail,
      textEdit: { range, newText: text },
      filterText: text.trim(),
      sortText: `0${items.length}`,
      preselect: items.length === 0,
    });
  };
  found.forEach(({ label, m, space }, i) => {
    add(label.next(m, space), `接续 ${m[0]} (next after ${m[0]})`);
    if (i === 0 && FIRST_CHILD[label.kind]) add(FIRST_CHILD[label.kind](style), `${m[0]} 的第一个下级标题 (first item under ${m[0]})`);
  });
  return items;
}
