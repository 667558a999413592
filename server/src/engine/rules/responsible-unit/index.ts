import type { Rule } from '../types';

export const responsibleUnitRules: Rule[] = [];
