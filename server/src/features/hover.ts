// Hover: a number (its document and where it is printed), a decree's number after a citation
// (the decree and the rules it promulgates), a short name (what it stands for), a unit (its tasks here),
// a heading label (its path in the hierarchy), a note's marker (the note).
import * as path from 'path';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { shownLabel, type Alias, type DocNumberRole, type GazetteDocument, type Heading, type Issue, type Task, type UnitRole } from '../engine';
import type { Analysis, AnalysisCache } from './analysis';
import { linesOf, shorten, toLspRange, toOffset } from './convert';
import { locate, occurrencesIn, resolveDocuments, type NotePlaces } from './locate';
import { uriToPath, type WorkspaceFiles } from './workspaceFiles';

const ROLE: Record<DocNumberRole, string> = {
  document: '正文',
  toc: '目录',
  directory: '发文目录',
  citation: '引用',
  interpretation: '政策解读',
};

const UNIT_ROLE: Record<UnitRole, string> = { responsible: '责任', lead: '牵头', support: '配合' };

export class HoverProvider {
  constructor(
    private readonly cache: AnalysisCache,
    private readonly workspace: WorkspaceFiles,
  ) {}

  provide(doc: TextDocument, position: Position): Hover | null {
    const analysis = this.cache.get(doc);
    const offset = toOffset(analysis.lines, position);
    const target = locate(analysis.issue, offset);
    if (!target) return null;
    let value: string | undefined;
    let range = undefined;
    if (target.kind === 'number') {
      value = this.numberHover(analysis, target.number.key);
      range = target.number.range;
    } else if (target.kind === 'unit') {
      value = unitHover(analysis, target.document, target.unit.name);
      range = target.unit.range;
    } else if (target.kind === 'decree-number') {
      value = decreeHover(analysis.issue, target.serial, target.decree);
      range = target.range;
    } else if (target.kind === 'alias') {
      value = this.aliasHover(analysis, target.alias);
      range = target.range;
    } else if (target.kind === 'note') {
      value = noteHover(analysis.issue, target.mark.label, target.places);
      range = target.mark.range;
    } else if (target.kind === 'heading') {
      value = headingHover(target.document, target.index);
      range = target.heading.labelRange;
    }
    if (!value) return null;
    return { contents: { kind: MarkupKind.Markdown, value }, range: toLspRange(analysis.lines, range!) };
  }

  /** What a short name stands for, and where that document is. */
  private aliasHover(analysis: Analysis, alias: Alias): string {
    const c = alias.citation;
    const full = `《${md(c.title.text.replace(/\s+/g, ''))}》${c.number ? `（${md(c.number.key)}）` : ''}`;
    const out = [`**《${md(alias.name)}》**`, '', `${full}的简称 (short for ${full})`];
    const target = resolveDocuments(this.workspace, analysis.uri, analysis.issue, { key: c.number?.key, title: c.title.norm })[0];
    if (target) {
      const where = target.uri === analysis.uri ? '' : `${md(fileName(target.uri))} `;
      out.push('', `- 文件：${md(target.document.title.text)}（${where}第 ${line(target.issue, target.document.title.range.start)} 行）`);
    } else out.push('', '本期及工作区中未刊登该文件 (the document is printed neither in the issue nor in the workspace)');
    return out.join('\n');
  }

  private numberHover(analysis: Analysis, key: string): string {
    const out: string[] = [];
    const targets = resolveDocuments(this.workspace, analysis.uri, analysis.issue, { key });
    const target = targets[0];
    if (target) {
      const d = target.document;
      out.push(`**${md(d.title.text)}**`, '');
      out.push(`- 发文字号：${md(key)}`);
      if (d.signature?.organ) out.push(`- 发文机关：${md(d.signature.organ.text)}`);
      if (d.signature?.date) out.push(`- 成文日期：${md(d.signature.date.raw)}`);
      if (target.uri !== analysis.uri) out.push(`- 文件：${md(fileName(target.uri))} 第 ${line(target.issue, d.title.range.start)} 行`);
    } else {
      out.push(`**${md(key)}**`, '', '本期及工作区中没有以此为发文字号的文件 (no document with this number in the issue or workspace)');
    }
    const places = occurrencesIn(analysis.uri, analysis.issue, key, []);
    if (places.length) {
      out.push('', `本期中出现 ${places.length} 处 (printed ${places.length}×):`);
      for (const p of places) out.push(`- ${ROLE[p.role ?? 'citation']} 第 ${line(analysis.issue, p.range.start)} 行：${md(analysis.text.slice(p.range.start, p.range.end).replace(/\s+/g, ' '))}`);
    }
    return out.join('\n');
  }
}

function unitHover(analysis: Analysis, d: GazetteDocument, name: string): string {
  const tasks: { task: Task; roles: string[] }[] = [];
  for (const task of d.tasks) {
    const roles = task.annotations.flatMap((a) => a.units.filter((u) => u.name === name).map((u) => UNIT_ROLE[u.role] ?? u.role));
    if (roles.length) tasks.push({ task, roles: [...new Set(roles)] });
  }
  const out = [`**${md(name)}**`, '', `本文件中承担 ${tasks.length} 项任务 (${tasks.length} task${tasks.length === 1 ? '' : 's'} in this document):`];
  for (const { task, roles } of tasks.slice(0, 30)) {
    out.push(`- 第 ${line(analysis.issue, task.range.start)} 行 ${md(taskLabel(analysis, d, task))}（${roles.join('、')}）`);
  }
  if (tasks.length > 30) out.push(`- …`);
  return out.join('\n');
}

function taskLabel(analysis: Analysis, d: GazetteDocument, task: Task): string {
  if (task.heading !== undefined && d.headings[task.heading]) {
    const h = d.headings[task.heading];
    return `${shownLabel(h)}${shorten(h.text, 30)}`;
  }
  if (task.table !== undefined && task.row !== undefined) {
    const table = d.tables[task.table];
    const row = table?.rows[task.row];
    if (row) {
      // The row's 序号 and its task, not its units (the hover is about them) nor the table's rules.
      const { seq, units, lead, support } = table.columns;
      const cells = row.unaligned ? row.cells.slice(0, 2) : row.cells;
      const named = cells.filter((c, i) => c.text && i !== units && i !== lead && i !== support && (i !== seq || /^\d+$/.test(c.text)));
      return shorten(named.slice(0, 2).map((c) => c.text).join(' '), 40);
    }
  }
  return shorten(analysis.text.slice(task.range.start, task.range.end), 40);
}

function decreeHover(issue: Issue, serial: string, d: GazetteDocument | undefined): string {
  if (!d) return `**第${md(serial)}号令**\n\n本期没有刊登这一政府令 (the issue prints no decree with this number)`;
  const out = [`**${md(d.title.text)}**`, ''];
  for (const p of d.parts) if (p.kind === 'attached' && p.title) out.push(`- 公布：《${md(shorten(p.title.text, 50))}》`);
  if (d.signature?.date) out.push(`- 日期：${md(d.signature.date.raw)}`);
  out.push(`- 第 ${line(issue, d.title.range.start)} 行`);
  return out.join('\n');
}

function headingHover(d: GazetteDocument, index: number): string {
  const chain: Heading[] = [];
  for (let i = index, guard = 0; i >= 0 && guard < 20; i = d.headings[i].parent, guard++) chain.unshift(d.headings[i]);
  const children = d.headings.filter((h) => h.parent === index).length;
  const out = [`**${chain.map((h) => md(shownLabel(h).trim())).join(' > ')}**`, ''];
  for (const h of chain) out.push(`- ${md(shownLabel(h).trim())} ${md(shorten(h.text, 40))}`);
  out.push('', `《${md(shorten(d.title.text, 50))}》 · 第 ${chain.length} 层${children ? ` · ${children} 个下级标题` : ''}`);
  return out.join('\n');
}

function line(issue: Issue, offset: number): number {
  return linesOf(issue).position(offset).line + 1;
}

function fileName(uri: string): string {
  return path.basename(uriToPath(uri) ?? uri);
}

/** Escapes Markdown syntax in document text. */
function md(text: string): string {
  return text.replace(/([\\`*_{}[\]<#|~])/g, '\\$1');
}

/** A marker: its note's text; a note: how often the text marks it. */
function noteHover(issue: Issue, label: string, places: NotePlaces): string {
  const note = places.note && issue.text.slice(places.note.label.end, places.note.range.end).replace(/\s+/g, '');
  const marked = `正文中标记${places.markers.length}处 (marked ${places.markers.length} times in the text)`;
  return note === undefined ? `**注释${md(label)}**\n\n没有对应的注释 (no note explains this marker)` : `**注释${md(label)}**\n\n${md(note)}\n\n${marked}`;
}
