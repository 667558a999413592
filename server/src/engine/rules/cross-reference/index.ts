import type { Rule } from '../types';

export const crossReferenceRules: Rule[] = [];
