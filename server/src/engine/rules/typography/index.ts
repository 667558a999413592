import type { Rule } from '../types';
import asciiQuotes from './ascii-quotes';
import commaBetweenQuotes from './comma-between-quotes';
import doubledCharAcrossBreak from './doubled-char-across-break';
import doubledPunctuation from './doubled-punctuation';
import englishAnd from './english-and';
import labelSpacing from './label-spacing';
import punctuationWidth from './punctuation-width';
import repeatedClause from './repeated-clause';
import titlePunctuation from './title-punctuation';
import traditionalChars from './traditional-chars';
import unbalancedPairs from './unbalanced-pairs';
import wording from './wording';

export const typographyRules: Rule[] = [
  punctuationWidth,
  doubledPunctuation,
  doubledCharAcrossBreak,
  repeatedClause,
  asciiQuotes,
  commaBetweenQuotes,
  unbalancedPairs,
  titlePunctuation,
  labelSpacing,
  englishAnd,
  traditionalChars,
  wording,
];
