import type { Rule } from '../types';
import articleReference from './article-reference';
import attachments from './attachments';
import citation from './citation';
import directory from './directory';
import effectiveDate from './effective-date';
import interpretation from './interpretation';
import noteMarkers from './note-markers';
import planName from './plan-name';
import planToc from './plan-toc';
import replyNumber from './reply-number';
import sectionName from './section-name';
import toc from './toc';

export const crossReferenceRules: Rule[] = [toc, attachments, citation, interpretation, directory, sectionName, planName, noteMarkers, articleReference, planToc, replyNumber, effectiveDate];
