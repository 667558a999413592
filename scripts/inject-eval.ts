// Injects one known defect at a time into each corpus issue and checks that the
// checker reports it (a new finding of the expected rule family near the change)
// and nothing else new. Usage: npx tsx scripts/inject-eval.ts [corpus-dir] [--verbose]
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, type Finding, type Issue } from '../server/src/engine';
import { sourceOffset } from '../server/src/engine/parse/paragraphs';

interface Injection {
  kind: string;
  expect: string; // rule id prefix
  at: number; // offset of the change
  apply(text: string): string;
}

const dir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : path.resolve(__dirname, '../../shared/corpus');
const verbose = process.argv.includes('--verbose');
const replaceAt = (start: number, end: number, by: string) => (t: string) => t.slice(0, start) + by + t.slice(end);

function injections(issue: Issue): Injection[] {
  const out: Injection[] = [];
  const t = issue.text;
  for (const d of issue.documents) {
    const n = d.number;
    if (n && n.open === '〔') {
      out.push({ kind: 'bracket []', expect: 'doc-number', at: n.openRange.start, apply: (s) => replaceAt(n.closeRange.start, n.closeRange.end, ']')(replaceAt(n.openRange.start, n.openRange.end, '[')(s)) });
      out.push({ kind: 'leading zero', expect: 'doc-number', at: n.serialRange.start, apply: replaceAt(n.serialRange.start, n.serialRange.start, '0') });
    }
    // Sibling label sequences: skip and repeat.
    const byParent = new Map<string, typeof d.headings>();
    for (const h of d.headings) {
      const key = `${h.part}/${h.parent}/${h.kind}`;
      byParent.set(key, [...(byParent.get(key) ?? []), h]);
    }
    for (const list of byParent.values()) {
      if (list.length < 3 || list[1].kind === 'box') continue;
      const h = list[1];
      const digits = /\d+|[一二三四五六七八九十]+/.exec(h.label);
      if (!digits) continue;
      const at = h.labelRange.start + digits.index;
      const prevLabel = list[0].label.slice(digits.index, digits.index + (/\d+|[一二三四五六七八九十]+/.exec(list[0].label)?.[0].length ?? 0));
      const nextLabel = list[2].label.match(/\d+|[一二三四五六七八九十]+/)?.[0];
      if (nextLabel) out.push({ kind: `skip ${h.kind}`, expect: 'numbering', at, apply: replaceAt(at, at + digits[0].length, nextLabel) });
      if (prevLabel) out.push({ kind: `repeat ${h.kind}`, expect: 'numbering', at, apply: replaceAt(at, at + digits[0].length, prevLabel) });
      break; // one list per document is enough
    }
    // Tasks with annotations: drop one, or break its closing bracket.
    const annotated = d.tasks.filter((k) => k.heading !== undefined && k.annotations.length === 1 && k.annotations[0].close);
    if (annotated.length >= 4) {
      const a = annotated[Math.floor(annotated.length / 2)].annotations[0];
      out.push({ kind: 'drop unit annotation', expect: 'responsible-unit', at: a.range.start, apply: replaceAt(a.range.start, a.range.end, '') });
      const wrong = a.close === '〕' ? ']' : '〕';
      out.push({ kind: 'mismatched close', expect: 'responsible-unit', at: a.closeRange!.start, apply: replaceAt(a.closeRange!.start, a.closeRange!.end, wrong) });
    }
    const decl = d.attachmentDecls.find((x) => x.title.text.length > 6 && !x.omitted && d.attachments.length);
    if (decl) {
      const at = decl.title.range.start + 2;
      out.push({ kind: 'attachment title', expect: 'cross-reference', at, apply: replaceAt(at, at + 1, '某') });
    }
    if (d.signature?.date) {
      const r = d.signature.date.range;
      out.push({ kind: 'impossible date', expect: 'structure', at: r.start, apply: replaceAt(r.start, r.end, `${d.signature.date.year}年2月30日`) });
    }
  }
  for (const e of issue.toc?.entries ?? []) {
    if (e.number) {
      const s = e.number.serialRange;
      out.push({ kind: 'TOC serial', expect: 'doc-number|cross-reference', at: s.start, apply: replaceAt(s.start, s.end, String(Number(e.number.serial) + 100)) });
    }
    if (e.title.text.length > 8) {
      const at = e.title.range.start + 4;
      out.push({ kind: 'TOC title', expect: 'cross-reference', at, apply: replaceAt(at, at + 1, t[at] === '某' ? '甲' : '某') });
    }
    break;
  }
  for (const row of (issue.directory?.rows ?? []).slice(0, 1)) {
    if (row.title && row.title.text.length > 8) {
      const at = row.title.range.start + 6;
      out.push({ kind: 'directory title', expect: 'cross-reference', at, apply: replaceAt(at, at + 1, '某') });
    }
  }
  for (const d of issue.documents) {
    const c = d.counts.find((x) => x.value > 2);
    if (c) {
      const m = /\d+/.exec(t.slice(c.range.start, c.range.end))!;
      const at = c.range.start + m.index;
      out.push({ kind: 'wrong 共N项', expect: 'numbering', at, apply: replaceAt(at, at + m[0].length, String(c.value + 1)) });
      break;
    }
  }
  // Citations of documents printed in this issue: a wrong serial.
  const printed = new Set(issue.documents.map((d) => d.number?.key).filter(Boolean));
  const cite = issue.citations.find((c) => c.number && printed.has(c.number.key));
  if (cite) {
    const s = cite.number!.serialRange;
    out.push({ kind: 'citation serial', expect: 'doc-number|cross-reference', at: s.start, apply: replaceAt(s.start, s.end, String(Number(cite.number!.serial) + 50)) });
  }
  // TOC pages going backwards.
  const pages = (issue.toc?.entries ?? []).filter((e) => e.pageRange);
  if (pages.length > 3) {
    const e = pages[Math.floor(pages.length / 2)];
    out.push({ kind: 'TOC page backwards', expect: 'cross-reference', at: e.pageRange!.start, apply: replaceAt(e.pageRange!.start, e.pageRange!.end, String(Math.max(0, (pages[0].page ?? 1) - 1) || 1)) });
  }
  // Two documents with one number.
  const numbered = issue.documents.filter((d) => d.number && d.number.open === '〔');
  if (numbered.length > 2) {
    const [a, b] = [numbered[1].number!, numbered[2].number!];
    if (a.issuer === b.issuer) out.push({ kind: 'duplicate number', expect: 'doc-number', at: b.serialRange.start, apply: replaceAt(b.serialRange.start, b.serialRange.end, a.serial) });
  }
  // A 发文目录 row deleted.
  const rows = issue.directory?.rows ?? [];
  if (rows.length > 2) {
    const r = rows[1].range;
    out.push({ kind: 'directory row deleted', expect: 'doc-number|cross-reference', at: r.start, apply: replaceAt(r.start, Math.min(t.length, r.end + 1), '') });
  }
  for (const d of issue.documents) {
    const table = d.tables.find((x) => x.columns.seq !== undefined && x.rows.length > 6);
    if (!table) continue;
    const row = table.rows.filter((r) => !r.isHeader && /^\d+$/.test(r.cells[table.columns.seq!]?.text.trim() ?? ''))[3];
    if (!row) continue;
    const cell = row.cells[table.columns.seq!];
    out.push({ kind: 'table 序号 skip', expect: 'numbering', at: cell.range.start, apply: replaceAt(cell.range.start, cell.range.end, String(Number(cell.text) + 1)) });
    break;
  }
  const dated = issue.documents.filter((d) => d.signature?.date && !d.signature.date.raw.includes(' ') && (d.signature.date.month < 10 || d.signature.date.day < 10));
  if (dated.length) {
    const dt = dated[0].signature!.date!;
    const pad = (n: number) => String(n).padStart(2, '0');
    out.push({ kind: 'date leading zero', expect: 'structure', at: dt.range.start, apply: replaceAt(dt.range.start, dt.range.end, `${dt.year}年${pad(dt.month)}月${pad(dt.day)}日`) });
  }
  // Typography: one injected slip in running text of the last document.
  const p = issue.paragraphs.find((x) => x.text.length > 80 && x.text.includes('和') && x.pieces.length === 1 && /[。]/.test(x.text));
  if (p) {
    const at = sourceOffset(p, p.text.indexOf('和'));
    out.push({ kind: 'english and', expect: 'typography', at, apply: replaceAt(at, at + 1, ' and ') });
    const stop = sourceOffset(p, p.text.indexOf('。'));
    out.push({ kind: 'doubled 。', expect: 'typography', at: stop, apply: replaceAt(stop, stop + 1, '。。') });
  }
  const book = issue.citations.find((c) => c.title.text.length > 6 && !c.number);
  if (book) {
    const close = book.title.range.end;
    out.push({ kind: 'unbalanced 《', expect: 'typography', at: close, apply: replaceAt(close, close + 1, '') });
  }
  const d0 = issue.documents.find((d) => d.number);
  if (d0) out.push({ kind: 'title ends in 。', expect: 'typography|cross-reference', at: d0.title.range.end, apply: replaceAt(d0.title.range.end, d0.title.range.end, '。') });
  return out;
}

const visible = (fs: Finding[]) => fs.filter((f) => f.severity === 'error' || f.severity === 'warning');
let found = 0;
let total = 0;
let extra = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const base = analyze(text);
  for (const inj of injections(base.issue)) {
    total++;
    const mutated = inj.apply(text);
    const shift = mutated.length - text.length;
    const after = visible(analyze(mutated).findings);
    // A finding is old when the same rule reported at the same (shifted) place before.
    const old = new Set(visible(base.findings).map((f) => `${f.ruleId}@${f.range.start > inj.at ? f.range.start + shift : f.range.start}`));
    const fresh = after.filter((f) => !old.has(`${f.ruleId}@${f.range.start}`));
    const near = (f: Finding) => Math.abs(f.range.start - inj.at) < 1500 || (f.related ?? []).some((r) => Math.abs(r.range.start - inj.at) < 1500);
    const expect = new RegExp(`^(${inj.expect})/`);
    const hit = fresh.some((f) => expect.test(f.ruleId) && near(f));
    if (hit) found++;
    const others = fresh.filter((f) => !(expect.test(f.ruleId) && near(f)) && !near(f));
    extra += others.length;
    if (verbose || !hit || others.length) {
      console.log(`${hit ? 'ok  ' : 'MISS'} ${file} ${inj.kind} @${inj.at} (shift ${shift})${fresh.length ? ': ' + fresh.map((f) => f.ruleId).join(', ') : ''}`);
      for (const o of others) console.log(`     new elsewhere: ${o.ruleId} ${o.message}`);
    }
  }
}
console.log(`\ndetected ${found}/${total} injected defects; ${extra} new findings away from the injections`);
