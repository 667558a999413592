// The rule registry. Adding a rule: one file under rules/<category>/, one line in
// that category's index.ts, one page under docs/rules/<category>/, one test file.
import type { Rule } from './types';
import { crossReferenceRules } from './cross-reference';
import { docNumberRules } from './doc-number';
import { numberingRules } from './numbering';
import { responsibleUnitRules } from './responsible-unit';
import { structureRules } from './structure';
import { typographyRules } from './typography';

export const allRules: readonly Rule[] = [
  ...docNumberRules,
  ...numberingRules,
  ...responsibleUnitRules,
  ...crossReferenceRules,
  ...structureRules,
  ...typographyRules,
];

const byId = new Map(allRules.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
