import type { Rule } from '../types';
import format from './format';

export const docNumberRules: Rule[] = [format];
