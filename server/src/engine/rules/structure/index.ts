import type { Rule } from '../types';
import addressee from './addressee';
import appointmentList from './appointment-list';
import attachmentDeclaration from './attachment-declaration';
import attachmentLabel from './attachment-label';
import date from './date';
import directoryHeader from './directory-header';
import imprint from './imprint';
import issueNumber from './issue-number';
import requiredParts from './required-parts';
import tableHeader from './table-header';

export const structureRules: Rule[] = [requiredParts, addressee, date, attachmentDeclaration, attachmentLabel, issueNumber, directoryHeader, tableHeader, appointmentList, imprint];
