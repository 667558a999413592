import type { Rule } from '../types';
import hierarchy from './hierarchy';
import sequence from './sequence';
import style from './style';
import totals from './totals';

export const numberingRules: Rule[] = [sequence, hierarchy, style, totals];
