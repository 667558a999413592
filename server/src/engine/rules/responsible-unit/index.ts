import type { Rule } from '../types';
import brackets from './brackets';
import deadline from './deadline';
import duplicate from './duplicate';
import label from './label';
import leadMarker from './lead-marker';
import missing from './missing';
import names from './names';
import separator from './separator';

export const responsibleUnitRules: Rule[] = [missing, brackets, label, duplicate, separator, leadMarker, names, deadline];
