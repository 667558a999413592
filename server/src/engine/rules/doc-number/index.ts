import type { Rule } from '../types';
import consistency from './consistency';
import duplicate from './duplicate';
import format from './format';
import issuerCode from './issuer-code';
import sequence from './sequence';

export const docNumberRules: Rule[] = [format, consistency, duplicate, sequence, issuerCode];
