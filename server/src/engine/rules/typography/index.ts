import type { Rule } from '../types';

export const typographyRules: Rule[] = [];
