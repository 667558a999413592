// Code lens above each task list: how many tasks, how many without a responsible unit.
import type { CodeLens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { GazetteDocument, Range } from '../engine';
import type { AnalysisCache } from './analysis';
import { localize } from '../engine/lint';
import { toLspRange } from './convert';
import type { ConfigurationService } from './settings';

export class CodeLensProvider {
  constructor(
    private readonly cache: AnalysisCache,
    private readonly configuration: ConfigurationService,
  ) {}

  async provide(doc: TextDocument): Promise<CodeLens[]> {
    const { locale } = await this.configuration.forDocument(doc.uri);
    const { issue, lines } = this.cache.get(doc);
    const out: CodeLens[] = [];
    for (const d of issue.documents) {
      for (const list of taskLists(d)) {
        const title = localize(`${list.tasks} 项任务 · ${list.missing} 项未注明责任单位 (${list.tasks} tasks · ${list.missing} without a responsible unit)`, locale);
        out.push({ range: toLspRange(lines, { start: list.range.start, end: list.range.start }), command: { title, command: '' } });
      }
    }
    return out;
  }
}

export interface TaskList {
  range: Range;
  tasks: number;
  missing: number;
}

/**
 * Headings whose children carry unit annotations, most of them, and tables with a unit column. An item whose
 * sub-items name the units needs none of its own; a list where only a few items name units is not one
 * of tasks (具体包括：(1)… (2)… (3)… （牵头单位：…）: the units are the item's above).
 */
export function taskLists(d: GazetteDocument): TaskList[] {
  const own = new Map<number, boolean>();
  for (const t of d.tasks) {
    if (t.heading === undefined) continue;
    const has = t.annotations.some((a) => a.units.length > 0);
    own.set(t.heading, (own.get(t.heading) ?? false) || has);
  }
  const annotated = new Map(own);
  for (let h = d.headings.length - 1; h >= 0; h--) {
    const p = d.headings[h].parent;
    if (p >= 0 && annotated.get(h)) annotated.set(p, true);
  }
  const lists: TaskList[] = [];
  const children = new Map<number, number[]>();
  d.headings.forEach((h, i) => {
    if (h.kind === 'box') return; // a 专栏 illustrates its section: no task
    const list = children.get(h.parent) ?? [];
    list.push(i);
    children.set(h.parent, list);
  });
  for (const [parent, kids] of children) {
    const missing = kids.filter((k) => !annotated.get(k)).length;
    if (!kids.some((k) => own.get(k)) || 2 * missing >= kids.length) continue;
    const anchor = parent >= 0 ? d.headings[parent].range : d.headings[kids[0]].range;
    lists.push({ range: anchor, tasks: kids.length, missing });
  }
  d.tables.forEach((table, ti) => {
    const rows = d.tasks.filter((t) => t.table === ti);
    if (!rows.length) return;
    const missing = rows.filter((t) => !t.annotations.some((a) => a.units.length > 0)).length;
    lists.push({ range: table.range, tasks: rows.length, missing });
  });
  return lists.sort((a, b) => a.range.start - b.range.start);
}
