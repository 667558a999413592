// Prints the parsed structure of an issue: `npx tsx scripts/inspect.ts FILE [--headings]`.
import { readFileSync } from 'node:fs';
import { LineIndex, parseIssue } from '../server/src/engine';

const file = process.argv[2];
const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
const issue = parseIssue(text);
const idx = new LineIndex(text);
const ln = (o: number) => idx.position(o).line + 1;
if (issue.masthead) console.log('masthead', JSON.stringify({ name: issue.masthead.name?.text, no: issue.masthead.issueNo?.value, total: issue.masthead.totalNo?.value, date: issue.masthead.publicationDate?.raw }));
if (issue.toc) {
  console.log(`toc L${ln(issue.toc.range.start)}-${ln(issue.toc.range.end)} sections=${issue.toc.sections.map((s) => s.name).join(',')}`);
  for (const e of issue.toc.entries) console.log(`  toc L${ln(e.range.start)} [${e.section}] ${e.title.norm} | ${e.number?.raw ?? '-'} | p${e.page}`);
}
for (const d of issue.documents) {
  console.log(`doc L${ln(d.range.start)}-${ln(d.range.end)} ${d.kind} "${d.title.norm}" ${d.number?.raw ?? ''} pre="${d.preTitle?.norm ?? ''}" addr=${d.addressee ? 'y' : 'n'} sig=${d.signature?.organ?.text ?? ''}/${d.signature?.date?.raw ?? ''} parts=${d.parts.map((p) => p.kind + (p.title ? ':' + p.title.norm.slice(0, 20) : '')).join(',')}`);
  console.log(`   headings=${d.headings.length} tasks=${d.tasks.length} annotated=${d.tasks.filter((t) => t.annotations.length).length} tables=${d.tables.length} decls=${d.attachmentDecls.map((a) => (a.number ?? '') + a.title.norm.slice(0, 15) + (a.omitted ? '(略)' : '')).join(';')} atts=${d.attachments.map((a) => (a.number ?? '') + (a.title?.norm.slice(0, 15) ?? '')).join(';')} refs=${d.attachmentRefs.length} counts=${d.counts.map((c) => c.value).join(',')}`);
  if (process.argv.includes('--headings')) for (const h of d.headings) console.log(`     L${ln(h.range.start)} p${h.part} ${'  '.repeat(h.depth)}${h.label} ${h.text.slice(0, 20)}`);
  if (process.argv.includes('--units')) for (const t of d.tasks) for (const a of t.annotations) console.log(`     L${ln(a.range.start)} ${a.open}${a.label ?? ''}${a.colon}|${a.units.map((u) => u.role[0] + ':' + u.name).join(' / ')}|${a.close}`);
}
if (issue.directory) {
  console.log(`directory L${ln(issue.directory.range.start)}-${ln(issue.directory.range.end)} rows=${issue.directory.rows.length} header=${issue.directory.hasHeader} emptyHeader=${!!issue.directory.emptyHeaderRange}`);
}
console.log(`citations=${issue.citations.length} withNumber=${issue.citations.filter((c) => c.number).length} numbers=${issue.numbers.length} paragraphs=${issue.paragraphs.length}`);
if (process.argv.includes('--numbers')) for (const n of issue.numbers) console.log(`  L${ln(n.range.start)} ${n.role} ${n.raw} -> ${n.key}`);
