import type { Rule } from '../types';
import hierarchy from './hierarchy';
import inline from './inline';
import labelMark from './label-mark';
import sequence from './sequence';
import style from './style';
import sums from './sums';
import totals from './totals';

export const numberingRules: Rule[] = [sequence, inline, hierarchy, style, labelMark, totals, sums];
