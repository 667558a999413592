// The document model of a gazette issue. Plain data, no editor types: the
// language server and the CLI both build on it. All ranges are UTF-16 offsets
// into the issue text (end exclusive), the unit JavaScript strings and LSP use.

export interface Range {
  start: number;
  end: number;
}

/** A physical line of the text; `end` excludes the line break. */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A piece of text as written, with its whitespace-free form for comparisons. */
export interface TextSpan {
  /** As written, with the lines of a wrapped span joined without separator. */
  text: string;
  /** Whitespace and Markdown emphasis removed, brackets and punctuation folded to one width. */
  norm: string;
  range: Range;
}

/** Where a document number was found. */
export type DocNumberRole =
  | 'document' // the 发文字号 line under a document's title
  | 'toc' // a table-of-contents entry
  | 'directory' // a row of the 发文目录
  | 'citation' // 《title》(number) or a bare number in running text
  | 'interpretation'; // cited by a 政策解读 piece

/** A 发文字号 such as 嘉政办发〔2018〕72号, exactly as written. */
export interface DocNumber {
  range: Range;
  /** The text of range, but for a page number or running header between its lines (嘉政办发〔2018〕 / 33 / 9号). */
  raw: string;
  /** 机关代字, e.g. 嘉政办发. */
  issuer: string;
  issuerRange: Range;
  /** The year digits as written, in half-width digits (may be malformed, e.g. two digits). */
  year: string;
  yearRange: Range;
  open: string;
  close: string;
  openRange: Range;
  closeRange: Range;
  /** The serial digits as written, in half-width digits (may carry a leading zero). */
  serial: string;
  serialRange: Range;
  /** 第 written before the serial. */
  hasDi: boolean;
  /** 号 present at the end. */
  hasHao: boolean;
  /** Whitespace inside the number (extraction artifact or typo). */
  hasSpace: boolean;
  /** Full-width digits (２０１８) in the year or the serial. */
  fullWidthDigits: boolean;
  /** Letters an OCR read for digits (2O24, l2: O for 0, l or I for 1); year and serial hold the digits. */
  lookalikeDigits: boolean;
  /** Normalised identity: issuer〔year〕serial号 with no leading zeros; equal keys = same document. */
  key: string;
  role: DocNumberRole;
}

export interface DateRef {
  range: Range;
  raw: string;
  year: number;
  month: number;
  day: number;
  /** Written with Chinese numerals (二〇一八年…). */
  chineseNumerals: boolean;
  /** Written with full-width digits (２０２４年５月１０日). */
  fullWidthDigits: boolean;
  /** The month or day has a leading zero (12月01日). */
  leadingZero: boolean;
  /** Letters an OCR read for digits, or 曰 for 日 (2O24年1O月8曰). */
  lookalikes: boolean;
}

export interface Masthead {
  range: Range;
  name?: TextSpan;
  year?: number;
  /** 第N期 */
  issueNo?: { value: number; range: Range };
  /** 总第N期 */
  totalNo?: { value: number; range: Range };
  publicationDate?: DateRef;
}

export interface TocSection {
  name: string;
  range: Range;
}

export interface TocEntry {
  range: Range;
  title: TextSpan;
  number?: DocNumber;
  page?: number;
  pageRange?: Range;
  /** Name of the 【section】 the entry is listed under. */
  section?: string;
}

export interface Toc {
  range: Range;
  headerRange: Range;
  sections: TocSection[];
  entries: TocEntry[];
}

export type HeadingKind =
  | 'division' // 第一部分, 第一篇
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'article' // 第一条
  | 'cn' // 一、
  | 'paren-cn' // (一)
  | 'arabic' // 1.
  | 'paren-arabic' // (1)
  | 'circled' // ①
  | 'decimal' // 1.1, 1.1.1
  | 'box'; // 专栏1

export interface Heading {
  kind: HeadingKind;
  /** Ordinal value of the label (一 = 1, (三) = 3, 1.2 = 2). */
  value: number;
  /** For decimal labels, every component (1.2 → [1, 2]). */
  path?: number[];
  /** The label as written: "一、", "(一)", "1.", "第一条". */
  label: string;
  labelRange: Range;
  /** Text after the label on the same line. */
  text: string;
  /** The whole line. */
  range: Range;
  /** Character after the number: 、 . ． or '' (brackets/第…条 have none). */
  separator: string;
  /** Opening bracket as written for (一)/(1): ( or （. */
  bracket: string;
  /** Whitespace between the label and its text. */
  spaceAfter: boolean;
  /** Index of the parent heading in the same document's `headings`, or -1. */
  parent: number;
  /** Depth in the heading tree (0 = top). */
  depth: number;
  /** Which part of the document the heading belongs to (see GazetteDocument.parts). */
  part: number;
  /** End of the heading's extent (up to the next heading of the same or higher rank). */
  blockEnd: number;
}

export type UnitRole = 'responsible' | 'lead' | 'support';

export interface Unit {
  name: string;
  range: Range;
  role: UnitRole;
}

/** An annotation naming who is responsible: 〔责任单位:A、B〕, (X牵头,Y配合), … */
export interface UnitAnnotation {
  range: Range;
  open: string;
  openRange: Range;
  /** '' when the annotation is never closed. */
  close: string;
  closeRange?: Range;
  /** Leading label such as 责任单位, when present. */
  label?: string;
  labelRange?: Range;
  /** What follows the label: ':' '：' '' or a doubled colon. */
  colon: string;
  /** Content between the brackets, joined across line breaks. */
  content: string;
  contentRange: Range;
  units: Unit[];
  /** Separators used between units in the content (、 , ， space …). */
  separators: string[];
}

/** A task item: a list entry (heading paragraph with its continuation) or a table row. */
export interface Task {
  range: Range;
  /** Index into the document's headings, when the task is a heading item. */
  heading?: number;
  /** Index into the document's tables/rows, when the task is a table row. */
  table?: number;
  row?: number;
  annotations: UnitAnnotation[];
}

export interface TableCell {
  text: string;
  /** text normalized (../parse/text normalize): what rules compare. */
  norm: string;
  range: Range;
}

export interface TableRow {
  range: Range;
  cells: TableCell[];
  /** The row repeats the header (page break). */
  isHeader: boolean;
  /**
   * A table written one cell per line whose row has more or fewer lines than the header has names (a cell
   * wrapped, or empty cells left out): only its first cell, the 序号, is known to be in its column.
   */
  unaligned?: boolean;
}

export interface Table {
  range: Range;
  header?: TableRow;
  rows: TableRow[];
  /** Column indexes found in the header. */
  columns: {
    seq?: number;
    category?: number;
    units?: number;
    lead?: number;
    support?: number;
  };
  part: number;
}

/** A count claimed in the text: 共6项, 合计 共41项, 以下N个. */
export interface CountClaim {
  value: number;
  range: Range;
  /** Table and row the claim sits in, when it is in a table. */
  table?: number;
  row?: number;
}

/** One attachment named in a 附件说明 (附件:1. title). */
export interface AttachmentDecl {
  range: Range;
  number?: number;
  numberRange?: Range;
  /** The second number of a sub-numbered attachment (附件：1-2．…), and where it is. */
  sub?: number;
  subRange?: Range;
  title: TextSpan;
  /** Marked (略) or 另发: not printed in the issue. */
  omitted: boolean;
}

/** An attachment printed after the document: "附件2" alone on a line, then its title. */
export interface Attachment {
  range: Range;
  labelRange: Range;
  number?: number;
  /** The second number of a sub-numbered label (附件1-2). */
  sub?: number;
  title?: TextSpan;
  part: number;
}

/** 见附件N in the text. */
export interface AttachmentRef {
  range: Range;
  number?: number;
  /** 见附件1-2: the second number. */
  sub?: number;
}

/** 《title》 with an optional number right after it, anywhere in the issue. */
export interface Citation {
  range: Range;
  title: TextSpan;
  number?: DocNumber;
}

/**
 * `decree`: a government decree (杭州市人民政府令 / 第345号), the 规章 it promulgates as its attached part.
 * `announcement`: a 公告 or 通告 numbered in its own series (某市人民政府公告 / 2024年第1号), sent to no one.
 */
export type DocumentKind = 'document' | 'decree' | 'announcement' | 'interpretation' | 'appointments' | 'other';

/**
 * A part of a document: 0 is the covering document itself; an attached plan
 * issued by a 印发 notice and each printed attachment are parts of their own,
 * each with its own heading tree.
 */
export interface DocumentPart {
  kind: 'main' | 'attached' | 'attachment';
  range: Range;
  title?: TextSpan;
}

/** A Markdown-like ###/- prefix or similar residue is ignored everywhere. */
export interface GazetteDocument {
  kind: DocumentKind;
  range: Range;
  title: TextSpan;
  /** In some issues the issued plan's title is printed before the notice title. */
  preTitle?: TextSpan;
  number?: DocNumber;
  addressee?: TextSpan;
  signature?: { organ?: TextSpan; date?: DateRef };
  parts: DocumentPart[];
  headings: Heading[];
  tasks: Task[];
  tables: Table[];
  counts: CountClaim[];
  attachmentDecls: AttachmentDecl[];
  attachments: Attachment[];
  attachmentRefs: AttachmentRef[];
  /** The TOC section this document is listed under, when known. */
  section?: string;
}

export interface DirectoryRow {
  range: Range;
  number?: DocNumber;
  title?: TextSpan;
  /** The row's 序号, where the list has a column of them (the range is its digits'). */
  serial?: { value: number; range: Range };
}

/** 发文目录: the list of numbers issued in the month. */
export interface Directory {
  range: Range;
  heading: TextSpan;
  rows: DirectoryRow[];
  /** A real column header row exists (文号 | 标题). */
  hasHeader: boolean;
  /** Range of a header-like row that names no columns (a broken Markdown table), if any. */
  emptyHeaderRange?: Range;
}

/** A logical paragraph: lines joined across PDF page breaks. */
export interface Paragraph {
  range: Range;
  /** Joined text (line breaks and the blank lines between joined pieces removed). */
  text: string;
  /**
   * For each piece of `text`, where it starts in `text` (at) and in the source,
   * counted from range.start (offset): relative, so that a paragraph moved by an
   * edit keeps the same pieces.
   */
  pieces: { at: number; offset: number; length: number }[];
}

export interface Issue {
  text: string;
  lines: Line[];
  masthead?: Masthead;
  toc?: Toc;
  documents: GazetteDocument[];
  directory?: Directory;
  colophon?: Range;
  /** Every logical paragraph of the body, in order. */
  paragraphs: Paragraph[];
  /** Every 《title》 in the body, with its number when one follows. */
  citations: Citation[];
  /** Every document number in the issue, whatever its role. */
  numbers: DocNumber[];
}
