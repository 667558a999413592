// Findings of document rules kept per document, for re-linting as the user
// types. After an edit the incremental parser hands back the documents before
// it as the same objects and those after it as shifted copies (originOf): both
// get the findings found in them last time, moved by as much, and only the
// edited document is checked again.
import type { GazetteDocument } from './model';
import { forgetOrigin, originOf } from './parse/incremental';
import type { ResolvedConfig } from './config';
import type { Edit, Finding, Fix, RelatedLocation } from './rules/types';

export class DocumentFindingsCache {
  private found = new WeakMap<GazetteDocument, Map<string, readonly Finding[]>>();
  private config: ResolvedConfig | undefined;

  /** Findings depend on the configuration (severity, options, locale): another one starts afresh. */
  useConfig(config: ResolvedConfig): void {
    if (config === this.config) return;
    this.config = config;
    this.found = new WeakMap();
  }

  /** `key`: the rule id, with the issue context of rules that have one. */
  get(document: GazetteDocument, key: string): readonly Finding[] | undefined {
    let byRule = this.found.get(document);
    if (!byRule) {
      // A moved copy: every rule's findings in its original move with it, once.
      const origin = originOf(document);
      const before = origin && this.found.get(origin.document);
      if (!origin || !before) return undefined;
      byRule = new Map();
      for (const [id, findings] of before) byRule.set(id, findings.map((f) => shiftFinding(f, origin.delta)));
      this.found.set(document, byRule);
      forgetOrigin(document);
    }
    return byRule.get(key);
  }

  set(document: GazetteDocument, key: string, findings: readonly Finding[]): void {
    let byRule = this.found.get(document);
    if (!byRule) this.found.set(document, (byRule = new Map()));
    byRule.set(key, findings);
  }
}

function shiftFinding(f: Finding, delta: number): Finding {
  const out: Finding = { ...f, range: shift(f.range, delta) };
  if (f.related) out.related = f.related.map((r): RelatedLocation => (r.uri === undefined ? { ...r, range: shift(r.range, delta) } : r));
  if (f.fix) out.fix = shiftFix(f.fix, delta);
  if (f.suggestions) out.suggestions = f.suggestions.map((s) => shiftFix(s, delta));
  return out;
}

function shiftFix(fix: Fix, delta: number): Fix {
  return { ...fix, edits: fix.edits.map((e): Edit => ({ ...e, range: shift(e.range, delta) })) };
}

function shift(r: { start: number; end: number }, delta: number): { start: number; end: number } {
  return { start: r.start + delta, end: r.end + delta };
}
