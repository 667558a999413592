// Re-parsing as the user types. Each document of an issue is parsed alone from
// its own lines (./document reads nothing outside them: a number or citation
// scan that looks past the last line sees a line break, or finds nothing it
// could use), so a document whose lines are unchanged, only moved, parses to the
// same model moved by as much. parseIssueIncremental computes the outline of the
// issue again (TOC, document starts, 发文目录, colophon) and takes such documents
// from the previous parse: the result deep-equals parseIssue(text). A document
// that did not move (before the edit) is the previous object itself, so what
// rules derived from it and found in it stays valid; one that moved is a copy
// with shifted offsets, which remembers its original (originOf).
import type { GazetteDocument, Issue, Paragraph, Range, TableCell } from '../model';
import { parseDocument, type DocumentStart, type ParsedDocument } from './document';
import { parseIssueWith } from './issue';
import { common, splitLinesAfterEdit } from './lines';
import { isPlain, withPlainSpaces } from './text';
import { carryOver } from '../documentMemo';

interface DocumentRecord {
  start: DocumentStart;
  /** The line after the document. */
  to: number;
  /** Offsets of the start of its first line and the end of its last line. */
  from: number;
  end: number;
  parsed: ParsedDocument;
  reused: boolean;
}

interface ParseRecord {
  text: string;
  /** Whether the text as written was plain (see isPlain): then so is the next version outside the lines it changed. */
  plain: boolean;
  /** Keyed by `${length}:${line count}`: candidates without comparing every document's text. */
  documents: Map<string, DocumentRecord[]>;
}

const records = new WeakMap<Issue, ParseRecord>();
/** The previous parse's document each moved copy was made from, and by how much it moved. */
const origins = new WeakMap<GazetteDocument, DocumentOrigin>();

export interface DocumentOrigin {
  document: GazetteDocument;
  delta: number;
}

/** For a document parseIssueIncremental copied with shifted offsets: its original and the shift. */
export function originOf(document: GazetteDocument): DocumentOrigin | undefined {
  return origins.get(document);
}

/** Forgets a copy's original (which the copy would otherwise keep alive). */
export function forgetOrigin(document: GazetteDocument): void {
  origins.delete(document);
}

/** Same result as parseIssue(text); the documents unchanged since `previous` (a result of this function) are copied instead of parsed. */
export function parseIssueIncremental(written: string, previous?: Issue): Issue {
  const before = previous ? records.get(previous) : undefined;
  // What withPlainSpaces changes lies within a line: a plain text stays plain unless the lines an edit changed hold some.
  const plain = before?.plain ? isPlain(changedLines(written, before.text)) : isPlain(written);
  const text = plain ? written : withPlainSpaces(written);
  const documents = new Map<string, DocumentRecord[]>();
  const issue = parseIssueWith(text, (text, lines, start, to) => {
    const from = lines[start.from].start;
    const end = lines[to - 1].end;
    const key = `${end - from}:${to - start.from}`;
    const old = before?.documents.get(key)?.find((r) => sameDocument(r, before.text, start, to, text, from, end));
    const parsed = !old ? parseDocument(text, lines, start, to) : from === old.from ? old.parsed : shiftedCopy(old, start, from - old.from);
    const record: DocumentRecord = { start, to, from, end, parsed, reused: !!old };
    const list = documents.get(key);
    if (list) list.push(record);
    else documents.set(key, [record]);
    return parsed;
  }, previous && before ? splitLinesAfterEdit(text, before.text, previous.lines) : undefined);
  records.set(issue, { text, plain, documents });
  return issue;
}

/** The lines of a text that differ from its previous version (whole lines, between line feeds). */
function changedLines(written: string, before: string): string {
  const prefix = common(written, before, false);
  const suffix = common(written, before, true, Math.min(written.length, before.length) - prefix);
  const from = prefix === 0 ? 0 : written.lastIndexOf('\n', prefix - 1) + 1;
  const next = written.indexOf('\n', written.length - suffix);
  return written.slice(from, next < 0 ? written.length : next);
}

/** How many documents of an issue made by parseIssueIncremental were copied from the previous parse. */
export function reusedDocuments(issue: Issue): number | undefined {
  const record = records.get(issue);
  if (!record) return undefined;
  let n = 0;
  for (const list of record.documents.values()) for (const r of list) if (r.reused) n++;
  return n;
}

/** The same lines (text and breaks), with the title, pre-title and number at the same places among them. */
function sameDocument(r: DocumentRecord, oldText: string, start: DocumentStart, to: number, text: string, from: number, end: number): boolean {
  const s = r.start;
  const d = start.from - s.from;
  return (
    to - r.to === d &&
    start.kind === s.kind &&
    start.titleFrom - s.titleFrom === d &&
    start.titleTo - s.titleTo === d &&
    moved(start.numberLine, s.numberLine, d) &&
    !start.number === !s.number &&
    moved(start.preTitle?.from, s.preTitle?.from, d) &&
    moved(start.preTitle?.to, s.preTitle?.to, d) &&
    text.slice(from, end) === oldText.slice(r.from, r.end)
  );
}

function moved(now: number | undefined, was: number | undefined, d: number): boolean {
  return now === undefined ? was === undefined : was !== undefined && now - was === d;
}

/**
 * What no rule reads of a document it did not check (document rules take a moved
 * copy's findings from its original): copied only when read, from the document
 * that was parsed, by the sum of the shifts since. Most of a document's records.
 * (A fresh parse's fields are data; reading them copies nothing.)
 */
const LAZY = ['headings', 'tasks', 'tables', 'counts', 'attachmentRefs'] as const;
const LAZY_FIELDS = new Set<string>(LAZY);
type LazyFields = Pick<GazetteDocument, (typeof LAZY)[number]>;
/** The lazy fields as parsed (not the whole document, which may go), how far they have moved since, and the copies made. */
interface LazySource {
  fields: LazyFields;
  delta: number;
  made: Partial<LazyFields>;
}
/** For a copy: where its lazy fields come from. */
const lazySources = new WeakMap<GazetteDocument, LazySource>();
/**
 * One getter per field for every copy (a getter per copy would give each copy a
 * hidden class of its own, and every rule reading documents would slow down).
 */
const LAZY_GETTERS = Object.fromEntries(
  LAZY.map((key) => [
    key,
    function (this: GazetteDocument) {
      const source = lazySources.get(this)!;
      return (source.made[key] ??= copy(source.fields[key], source.delta, new Map()) as never);
    },
  ]),
) as Record<(typeof LAZY)[number], () => unknown>;

function shiftedCopy(old: DocumentRecord, start: DocumentStart, delta: number): ParsedDocument {
  const seen = new Map<object, object>();
  // The document's number is the one the outline found again, as parseDocument would store it.
  if (old.start.number && start.number) seen.set(old.start.number, start.number);
  const was = old.parsed.document;
  // Without the TOC section parseIssue gave the previous copy (it assigns it again), and without the lazy fields.
  const eager: Record<string, unknown> = {};
  for (const k in was) if (k !== 'section' && !LAZY_FIELDS.has(k)) eager[k] = (was as unknown as Record<string, unknown>)[k];
  const parsed = copy({ ...old.parsed, document: eager }, delta, seen) as unknown as ParsedDocument;
  const source = lazySources.get(was);
  lazySources.set(parsed.document, { fields: source?.fields ?? lazyFieldsOf(was), delta: (source?.delta ?? 0) + delta, made: {} });
  for (const k of LAZY) Object.defineProperty(parsed.document, k, { get: LAZY_GETTERS[k], enumerable: true, configurable: true });
  origins.set(parsed.document, { document: was, delta });
  carryOver(was, parsed.document);
  // Only one step back: older originals are not kept alive through a chain of copies.
  origins.delete(was);
  return parsed;
}

function lazyFieldsOf(document: GazetteDocument): LazyFields {
  return Object.fromEntries(LAZY.map((k) => [k, document[k]])) as unknown as LazyFields;
}

/**
 * Deep copy of plain model data with its offsets moved by delta: the fields named
 * start and end (every Range) and blockEnd (Heading), see ../model. A record
 * referenced twice (a number in a citation and in the list, a table's header
 * row) is copied once; records holding only numbers and strings (ranges) are not
 * tracked: nothing depends on which of two equal ranges is which, nor are arrays,
 * each of which belongs to one record (test/server/incremental-parse.test.ts
 * checks both on the corpus). A field named range or …Range is a Range (the
 * model's naming rule), copied as one; so are the most numerous records
 * (`key`: the field holding the array): Paragraphs, which nothing else refers
 * to, and TableCells. Paragraph pieces are relative to their paragraph: shared.
 */
function copy(value: object, delta: number, seen: Map<object, object>, key = ''): object {
  if (Array.isArray(value)) {
    if (key === 'pieces') return value;
    const out: unknown[] = new Array(value.length);
    if (key === 'paragraphs') {
      for (let i = 0; i < value.length; i++) {
        const p = value[i] as Paragraph;
        out[i] = { range: { start: p.range.start + delta, end: p.range.end + delta }, text: p.text, pieces: p.pieces };
      }
    } else if (key === 'cells') {
      for (let i = 0; i < value.length; i++) {
        const c = value[i] as TableCell;
        out[i] = { text: c.text, norm: c.norm, range: { start: c.range.start + delta, end: c.range.end + delta } };
      }
    } else {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        out[i] = typeof v === 'object' && v !== null ? copy(v, delta, seen) : v;
      }
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  let leaf = true;
  for (const k in value) {
    const v: unknown = (value as Record<string, unknown>)[k];
    if (typeof v === 'number') out[k] = k === 'start' || k === 'end' || k === 'blockEnd' ? v + delta : v;
    else if (typeof v === 'object' && v !== null) {
      if (leaf) {
        // Holds objects: may be shared, so tracked (looked up only now, as most objects are ranges).
        leaf = false;
        const known = seen.get(value);
        if (known) return known;
        seen.set(value, out);
      }
      if (k === 'range' || k.endsWith('Range')) {
        const r = v as Range;
        out[k] = { start: r.start + delta, end: r.end + delta };
      } else out[k] = copy(v, delta, seen, k);
    } else out[k] = v;
  }
  return out;
}
