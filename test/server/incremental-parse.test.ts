// The language server re-parses a draft after each edit with parseIssueIncremental,
// which keeps the documents the edit did not touch (those it moved as shifted copies): the
// result must be exactly parseIssue of the new text, offsets included.
import * as assert from 'assert';
import { DocumentFindingsCache, lintIssue, parseIssue, type Issue } from '../../server/src/engine';
import { parseIssueIncremental, reusedDocuments } from '../../server/src/engine/parse/incremental';
import { splitLines, splitLinesAfterEdit } from '../../server/src/engine/parse/lines';
import { CORPUS, corpus, corpusAvailable, requireCorpus } from '../corpus';
import { random } from '../random';

// Characters that move structure: line breaks, brackets of numbers and annotations, labels, TOC and table marks.
const CHARS = ['\n', '\n', '的', '一', '〔', '〕', '(', ')', '号', '1', '2', '附', '件', '：', '。', '\t', '【', ' ', '*', '第', '日', '年', '《', '》'];

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

function apply(text: string, e: Edit): string {
  return text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
}

function randomEdit(text: string, rnd: () => number): Edit {
  const at = Math.floor(rnd() * (text.length + 1));
  const kind = rnd();
  const insert = CHARS[Math.floor(rnd() * CHARS.length)];
  if (kind < 0.5 || at >= text.length) return { at, remove: 0, insert };
  return { at, remove: 1, insert: kind < 0.8 ? '' : insert };
}

/** Edits at the edges of every document: its first and last line, the line breaks around it. */
function edgeEdits(issue: Issue): Edit[] {
  const out: Edit[] = [];
  for (const { range, number } of issue.documents) {
    // Documents usually end with blank lines: the last character written is further up.
    const last = range.start + issue.text.slice(range.start, range.end).trimEnd().length - 1;
    out.push(
      { at: last, remove: 1, insert: '号' },
      { at: last + 1, remove: 0, insert: '号' },
      { at: range.start - 1, remove: 1, insert: '' }, // joins the first line to the line before
      { at: range.start, remove: 0, insert: '\n' },
      { at: range.start, remove: 0, insert: '号' },
      { at: range.start, remove: 1, insert: '号' }, // same length: only the text comparison tells
      { at: range.end - 1, remove: 1, insert: '' },
      { at: range.end - 1, remove: 1, insert: '号' },
      { at: range.end, remove: 0, insert: '\n' },
      { at: range.end, remove: 1, insert: '' }, // joins the last line to the line after
    );
    if (number) out.push({ at: number.range.end - 1, remove: 1, insert: '' }, { at: number.range.start, remove: 0, insert: '\n' });
  }
  return out.filter((e) => e.at >= 0 && e.at + e.remove <= issue.text.length);
}

/** Every object reachable from a value. */
function objects(value: unknown, out = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || out.has(value)) return out;
  out.add(value);
  for (const v of Object.values(value)) objects(v, out);
  return out;
}

describe('incremental re-parse (parseIssueIncremental)', function () {
  this.timeout(120000);

  requireCorpus(this);

  for (const name of Object.keys(CORPUS) as (keyof typeof CORPUS)[]) {
    // Fewer for the 260 KB issue: each step parses it twice and compares the models.
    const edits = name === 'SX' ? 60 : 120;
    it(`${name}: ${edits} random one-character edits, each parse deep-equal to parseIssue`, () => {
      const rnd = random(name.length * 7919 + 1);
      let text = corpus(name);
      let previous = parseIssueIncremental(text);
      assert.deepStrictEqual(previous, parseIssue(text));
      let reused = 0;
      for (let i = 0; i < edits; i++) {
        text = apply(text, randomEdit(text, rnd));
        const next = parseIssueIncremental(text, previous);
        assert.deepStrictEqual(next, parseIssue(text), `edit ${i}`);
        reused += reusedDocuments(next)!;
        previous = next;
      }
      // The copies are what is being tested: most documents must have been copied.
      assert.ok(reused > edits * (previous.documents.length - 2), `${reused} documents copied`);
    });

    it(`${name}: edits at the edges of every document (line breaks joining, splitting and moving them)`, () => {
      const original = corpus(name);
      const base = parseIssueIncremental(original);
      for (const edit of edgeEdits(base)) {
        const text = apply(original, edit);
        assert.deepStrictEqual(parseIssueIncremental(text, base), parseIssue(text), JSON.stringify(edit));
      }
    });
  }

  it('J18 without blank lines (documents end on a written line): edits at the edges', () => {
    const original = corpus('J18').replace(/\n\s*\n/g, '\n');
    const base = parseIssueIncremental(original);
    assert.ok(base.documents.length > 3);
    for (const edit of edgeEdits(base)) {
      const text = apply(original, edit);
      assert.deepStrictEqual(parseIssueIncremental(text, base), parseIssue(text), JSON.stringify(edit));
    }
  });

  it('CRLF text, with edits between \\r and \\n', () => {
    const rnd = random(1310);
    let text = corpus('J19').replace(/\n/g, '\r\n');
    let previous = parseIssueIncremental(text);
    for (let i = 0; i < 60; i++) {
      const cr = text.indexOf('\r\n', Math.floor(rnd() * text.length));
      const edit = i % 2 && cr >= 0 ? { at: cr + 1, remove: 0, insert: rnd() < 0.5 ? '\n' : '的' } : randomEdit(text, rnd);
      text = apply(text, edit);
      const next = parseIssueIncremental(text, previous);
      assert.deepStrictEqual(next, parseIssue(text), `edit ${i}`);
      previous = next;
    }
  });

  it('keeps the documents before the edit as they are and shares nothing else but paragraph pieces, even after the rules ran', () => {
    let text = corpus('SX');
    const previous = parseIssueIncremental(text);
    // Rules run between two parses in the server: whatever they cache or touch must not leak into the next parse.
    lintIssue(previous, { onRuleError: () => {} });
    const at = text.indexOf('\n', text.length >> 1);
    text = text.slice(0, at) + '的' + text.slice(at);
    const next = parseIssueIncremental(text, previous);
    assert.ok(reusedDocuments(next)! >= next.documents.length - 1);
    assert.deepStrictEqual(next, parseIssue(text));
    // The documents that end before the edit are the previous objects; the others are new.
    const kept = next.documents.filter((d) => previous.documents.includes(d));
    assert.deepStrictEqual(kept, previous.documents.filter((d) => d.range.end < at));
    assert.ok(kept.length > 0 && kept.length < next.documents.length - 1, `${kept.length} kept`);
    const within = (r: { start: number }) => kept.some((d) => r.start >= d.range.start && r.start <= d.range.end);
    // So are the lines before the edit.
    const keptLines = next.lines.filter((l) => l.end < at);
    const keptObjects = objects([kept, keptLines, ...[...next.paragraphs, ...next.citations, ...next.numbers].filter((x) => within(x.range))]);
    // Pieces are counted from their paragraph's start: a moved paragraph keeps them.
    const pieces = objects(next.paragraphs.map((p) => p.pieces));
    const before = objects(previous);
    const shared = [...objects(next)].filter((o) => before.has(o) && !keptObjects.has(o) && !pieces.has(o));
    assert.deepStrictEqual(shared, []);
    const movedPieces = next.paragraphs.filter((p) => p.range.start > at && previous.paragraphs.some((q) => q.pieces === p.pieces));
    assert.ok(movedPieces.length > 100, `${movedPieces.length} moved paragraphs share their pieces`);
  });

  it('copies what no rule reads of a moved document (its headings, tasks, tables…) only when read, after any number of moves', () => {
    let text = corpus('SX');
    let issue = parseIssueIncremental(text);
    const cache = new DocumentFindingsCache();
    for (let i = 0; i < 3; i++) {
      text = '的' + text;
      issue = parseIssueIncremental(text, issue);
      lintIssue(issue, { cache });
    }
    const fresh = parseIssue(text);
    issue.documents.forEach((d, k) => {
      for (const field of ['headings', 'tasks', 'tables', 'counts', 'attachmentRefs'] as const) {
        assert.ok(Object.getOwnPropertyDescriptor(d, field)!.get, `${field} of document ${k} is copied on demand`);
        assert.deepStrictEqual(d[field], fresh.documents[k][field], `${field} of document ${k}, moved three times`);
      }
    });
    assert.ok(issue.documents.some((d) => d.tasks.length > 0 && d.tables.length > 0));
    // One getter for all copies: a getter per copy would give each copy a hidden class of its own, and slow every rule reading documents.
    const getters = new Set(issue.documents.map((d) => Object.getOwnPropertyDescriptor(d, 'tasks')!.get));
    assert.equal(getters.size, 1);
  });

  it('copies moved documents on what the model guarantees: each array and paragraph is referenced once', () => {
    for (const name of Object.keys(CORPUS) as (keyof typeof CORPUS)[]) {
      const issue = parseIssue(corpus(name));
      const paragraphs = new Set<object>(issue.paragraphs);
      const seen = new Set<object>();
      const twice: string[] = [];
      // Shared records (numbers, titles, header rows) are walked once; what they hold is counted once.
      (function walk(value: object, path: string) {
        for (const [k, v] of Object.entries(value)) {
          if (typeof v !== 'object' || v === null) continue;
          if ((Array.isArray(v) || paragraphs.has(v)) && seen.has(v)) twice.push(`${path}.${k}`);
          if (seen.has(v)) continue;
          seen.add(v);
          walk(v, Array.isArray(value) ? path : `${path}.${k}`);
        }
      })(issue, name);
      assert.deepStrictEqual(twice, []);
    }
  });

  it('keeps objects the parser shares shared (a document number in the issue list, a table header row)', () => {
    let text = corpus('SX');
    const previous = parseIssueIncremental(text);
    text = 'x' + text;
    const next = parseIssueIncremental(text, previous);
    assert.strictEqual(reusedDocuments(next), next.documents.length);
    for (const d of next.documents) {
      if (d.number) assert.ok(next.numbers.includes(d.number), d.number.raw);
      for (const t of d.tables) if (t.header) assert.ok(t.rows.includes(t.header));
    }
    for (const c of next.citations) if (c.number) assert.ok(next.numbers.includes(c.number), c.number.raw);
  });
});

describe('line splitting (splitLines)', () => {
  it('finds the lines String.split finds, with offsets, on text made of breaks of every kind', () => {
    const rnd = random(2024);
    const pieces = ['\r', '\n', '\r\n', 'a', '号', '\n\n', '\r\r\n', ''];
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = Math.floor(rnd() * 14);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(rnd() * pieces.length)];
      const lines = splitLines(text);
      const expected = text.split(/\r\n?|\n/);
      assert.deepStrictEqual(
        lines.map((l) => l.text),
        expected,
        JSON.stringify(text),
      );
      let at = 0;
      lines.forEach((l, k) => {
        assert.strictEqual(l.index, k);
        assert.strictEqual(l.start, at, JSON.stringify(text));
        assert.strictEqual(text.slice(l.start, l.end), l.text);
        at = l.end + (text.startsWith('\r\n', l.end) ? 2 : 1);
      });
      assert.strictEqual(lines[lines.length - 1].end, text.length);
    }
  });
});

describe('line splitting after an edit (splitLinesAfterEdit)', () => {
  it('equals splitLines on random edits of text made of breaks of every kind', () => {
    const rnd = random(4242);
    const pieces = ['\r', '\n', '\r\n', 'a', '号', '\n\n', ''];
    const pick = () => pieces[Math.floor(rnd() * pieces.length)];
    for (let round = 0; round < 3000; round++) {
      let before = '';
      const length = Math.floor(rnd() * 12);
      for (let i = 0; i < length; i++) before += pick();
      const at = Math.floor(rnd() * (before.length + 1));
      const remove = Math.floor(rnd() * Math.min(3, before.length - at + 1));
      const text = before.slice(0, at) + pick() + pick() + before.slice(at + remove);
      const old = splitLines(before);
      const lines = splitLinesAfterEdit(text, before, old);
      assert.deepStrictEqual(lines, splitLines(text), JSON.stringify({ before, text }));
    }
  });

  it('finds where a long text changed exactly, wherever the edit falls (the text is compared in blocks)', () => {
    const rnd = random(77);
    let before = '';
    while (before.length < 13_000) before += '号'.repeat(Math.floor(rnd() * 40)) + '\n';
    const old = splitLines(before);
    const edits = [0, 1, before.length - 1, before.length];
    for (const block of [4096, 8192, 12288]) for (const d of [-2, -1, 0, 1, 2]) edits.push(block + d, before.length - block + d);
    for (const at of edits) {
      for (const [remove, insert] of [[0, '的'], [1, ''], [1, '\n']] as const) {
        const text = before.slice(0, at) + insert + before.slice(at + remove);
        const lines = splitLinesAfterEdit(text, before, old);
        assert.deepStrictEqual(lines, splitLines(text), `edit at ${at}`);
        // The lines before the edit are kept as they are.
        for (const l of old) if (l.end + 1 < at) assert.strictEqual(lines[l.index], l, `line ${l.index}, edit at ${at}`);
      }
    }
  });

  it('keeps the lines before the edit and shares the text of the lines after it', function () {
    if (!corpusAvailable) this.skip();
    const before = corpus('J19');
    const at = before.indexOf('\n', before.length >> 1);
    const text = before.slice(0, at) + '的\n' + before.slice(at);
    const old = splitLines(before);
    const lines = splitLinesAfterEdit(text, before, old);
    assert.deepStrictEqual(lines, splitLines(text));
    const k = old.findIndex((l) => l.end >= at);
    assert.strictEqual(lines[k - 1], old[k - 1]);
    assert.strictEqual(lines[lines.length - 1].text, old[old.length - 1].text);
    assert.notStrictEqual(lines[lines.length - 1], old[old.length - 1]);
  });
});
