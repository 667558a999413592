import type { Rule } from '../types';

export const structureRules: Rule[] = [];
