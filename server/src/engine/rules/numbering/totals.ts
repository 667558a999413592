// numbering/totals: counts the text claims — 类别 (共6项), 合计 共41项 (其中 X 6项 …),
// 二、重点任务(共8项), "重点抓好以下五个方面工作：" over a list, "30条政策意见" in a title, "现公布…名录（共5项）" and "对3件…予以废止
// （见附件1）" of a printed attachment's table, "（共20名）" under a 名单's title and "一、先进集体（共12个）" over its
// groups, "注：以上10件…" under a numbered table, and "确定…民生实事项目10件" over the section so titled — against the items
// actually listed; "研究议定了6项事项。" right over the matters 一、–六、 that end the document (meeting-items); "监控点位36个" against
// the places listed under "监控点位分布如下：" (distribution); "分布在6个县（区）" against the places then named
// (spanned-places); "由…等15个部门和单位组成" against the units named, in that sentence or a paragraph of duties each
// (members); "90分以上为优秀，80—89分为良好，60—78分为合格" leaving a score in no grade (grade-bands). Each kind of count is
// read and checked in a module of its own; the rule runs them in turn.
import type { Rule } from '../types';
import { checkTables, checkTableBelowClaims } from './table-claims';
import { checkHeadings } from './heading-counts';
import { checkTitles } from './title-counts';
import { checkAttachmentClaims, checkReferenceClaims } from './attachment-counts';
import { checkListClaims } from './roll-counts';
import { checkGroupMentions } from './group-mentions';
import { checkLeadIns } from './lead-ins';
import { checkNameLeadIns } from './name-lead-ins';
import { checkAppointmentCounts } from './appointment-counts';
import { checkTableLeadIns } from './table-lead-ins';
import { checkTableStatements } from './table-statements';
import { checkBracketedPlaces, checkTextBreakdowns } from './breakdown';
import { checkProgressStates } from './progress-states';
import { checkEnumerationCounts } from './enumerations';
import { checkSectionCounts } from './section-counts';
import { checkMeetingItemCounts } from './meeting-items';
import { checkTableAboveClaims } from './table-notes';
import { checkListedEntities } from './listed-entities';
import { checkTableCounts } from './table-counts';
import { checkCompletionRates } from './completion-rates';
import { checkStatedArithmetic } from './stated-arithmetic';
import { checkShares } from './shares';
import { checkListedSums } from './listed-sums';
import { checkComparisons } from './comparisons';
import { checkDoneRates } from './done-rates';
import { checkParcelCounts } from './parcel-counts';
import { checkCitedCounts } from './cited-counts';
import { checkStructureRatios } from './structure-ratios';
import { checkUnitConversions } from './unit-conversions';
import { checkPairedWholes } from './paired-wholes';
import { checkHouseNumberSides } from './house-numbers';
import { checkRunningTotals } from './running-totals';
import { checkDistributions } from './distribution';
import { checkSpannedPlaces } from './spanned-places';
import { checkMemberCounts } from './members';
import { checkGradeBands } from './grade-bands';

const rule: Rule = {
  id: 'numbering/totals',
  category: 'numbering',
  defaultSeverity: 'error',
  description: '“共N项”“合计N项”“N条”与实际条目数一致 (claimed counts match the items listed)',
  // A count and its list disagree, and either may be the slip (an item dropped, a count not updated):
  // the editor offers the count as listed, but --fix never rewrites a count.
  fixable: false,
  checkDocument(ctx, doc) {
    checkTables(ctx, doc);
    checkHeadings(ctx, doc);
    checkTitles(ctx, doc);
    checkAttachmentClaims(ctx, doc);
    checkReferenceClaims(ctx, doc);
    checkListClaims(ctx, doc);
    checkGroupMentions(ctx, doc);
    checkLeadIns(ctx, doc);
    checkNameLeadIns(ctx, doc);
    checkAppointmentCounts(ctx, doc);
    checkTableBelowClaims(ctx, doc);
    checkTableLeadIns(ctx, doc);
    checkTableStatements(ctx, doc);
    checkTextBreakdowns(ctx, doc);
    checkProgressStates(ctx, doc);
    checkBracketedPlaces(ctx, doc);
    checkRunningTotals(ctx, doc);
    checkCompletionRates(ctx, doc);
    checkStatedArithmetic(ctx, doc);
    checkShares(ctx, doc);
    checkListedSums(ctx, doc);
    checkComparisons(ctx, doc);
    checkDoneRates(ctx, doc);
    checkParcelCounts(ctx, doc);
    checkCitedCounts(ctx, doc);
    checkStructureRatios(ctx, doc);
    checkUnitConversions(ctx, doc);
    checkPairedWholes(ctx, doc);
    checkHouseNumberSides(ctx, doc);
    checkDistributions(ctx, doc);
    checkSpannedPlaces(ctx, doc);
    checkMemberCounts(ctx, doc);
    checkGradeBands(ctx, doc);
    checkTableAboveClaims(ctx, doc);
    checkListedEntities(ctx, doc);
    checkTableCounts(ctx, doc);
    checkEnumerationCounts(ctx, doc);
    checkSectionCounts(ctx, doc);
    checkMeetingItemCounts(ctx, doc);
  },
};

export default rule;
