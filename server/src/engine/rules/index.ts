// The rule registry. Adding a rule: one file under rules/<category>/, one line here,
// one page under docs/rules/, one test file.
import type { Rule } from './types';
import docNumberFormat from './doc-number/format';

export const allRules: readonly Rule[] = [docNumberFormat];

const byId = new Map(allRules.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
