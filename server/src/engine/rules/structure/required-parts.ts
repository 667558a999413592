// structure/required-parts: a numbered document needs its title, 主送机关 (ending
// in a colon), 落款 organ and 成文日期 (GB/T 9704 §7.3). Policy interpretations,
// appointment lists and other numberless pieces have none of them and are not
// checked.
import type { GazetteDocument, Issue } from '../../model';
import { lineIsDate } from '../../parse/dates';
import { parseHeadingLabel } from '../../parse/headings';
import { content, prefixLength } from '../../parse/text';
import type { Rule, RuleContext } from '../types';
import { colonHabit, isOrganLike, lineAt, malformedDate, nextNonBlank, organOfTitle, previousNonBlank } from './util';

/** 文种 that are sent to someone: they carry a 主送机关. 公告, 通告, 令, 办法 … do not. */
const ADDRESSED = /(通知|意见|通报|批复|函|决定|报告|请示)(\([^()]*\))?$/;
/** A real document title ends with a 文种; anything else above a number is a list entry or a misread line. */
const DOCUMENT_TITLE = /(通知|意见|通报|批复|函|决定|报告|请示|公告|通告|令|办法|规定|方案|规划|计划|纪要|决议|细则|条例|要点|规则|命令|议案)(\([^()]*\))?$/;
const DATE_AT_END = /\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日$/;
/** How an addressee reads: 各…, …人民政府, …各部门、直属各单位, …有关单位. */
const ADDRESSEE_END = /(政府|部门|单位|机构|机关|委员会|委|局|厅|办|办公室|公司|院|所|学校|街道|乡镇|镇|人民团体|\)|）)$/;

const rule: Rule = {
  id: 'structure/required-parts',
  category: 'structure',
  defaultSeverity: 'error',
  description: '公文须有标题、主送机关（后加冒号）、落款和成文日期 (a document needs its title, addressee with colon, signing organ and date)',
  fixable: true,
  check(ctx) {
    const docs = ctx.issue.documents;
    docs.forEach((d, k) => {
      // A decree signed by its head: the date under the signature (GB/T 9704 §10.2).
      if (d.kind === 'decree' && d.signature?.organ && !d.signature.date) {
        ctx.report({
          message: `签署“${d.signature.organ.text}”之后缺少成文日期 (date missing under the decree's signature)`,
          range: d.signature.organ.range,
        });
      }
      if (d.kind !== 'document' || !d.number) return;
      const next = docs[k + 1];
      const titleEaten = !!next && next.kind === 'document' && DATE_AT_END.test(next.title.text);
      if (DATE_AT_END.test(d.title.text)) {
        ctx.report({
          message: '发文字号上方缺少文件标题（此处为上一文件的落款日期） (title missing above the document number)',
          range: d.number.range,
        });
      }
      if (!DOCUMENT_TITLE.test(d.title.norm)) return;
      checkAddressee(ctx, d);
      if (d.signature || titleEaten) return; // a title lost below: this 落款 was read as that title
      if (/纪要(\([^()]*\))?$/.test(d.title.norm)) return; // minutes carry no 落款 (GB/T 9704 §10.3)
      const organ = organOfTitle(d);
      if (next?.preTitle && isOrganLike(next.preTitle.text, organ)) {
        // The organ line alone was read as the next document's pre-title: the date is what is missing.
        ctx.report({
          message: `落款“${next.preTitle.text}”之后缺少成文日期 (date missing under the signing organ)`,
          range: next.preTitle.range,
        });
        return;
      }
      checkSignature(ctx, d);
    });
  },
};

export default rule;

function checkAddressee(ctx: RuleContext, d: GazetteDocument): void {
  if (d.addressee) return;
  const issue = ctx.issue;
  const lines = issue.lines;
  const numberLine = lineAt(issue, d.number!.range.end);
  const end = lineAt(issue, d.range.end) + 1;
  const first = nextNonBlank(lines, numberLine + 1, end);
  if (first < 0) return;
  // The block of the addressee: up to 3 consecutive lines.
  let last = first;
  while (last + 1 < end && last - first < 2 && content(lines[last + 1].text).length > 0) last++;
  let text = '';
  for (let i = first; i <= last; i++) text += content(lines[i].text);
  if (/[:：]$/.test(text)) return; // an addressee after all, too long for the parser to take
  const oneLine = content(lines[first].text);
  const candidate = looksLikeAddressee(text) ? { text, line: last } : looksLikeAddressee(oneLine) ? { text: oneLine, line: first } : undefined;
  if (candidate) {
    const line = lines[candidate.line];
    const at = line.start + prefixLength(line.text) + content(line.text).length;
    const colon = colonHabit(issue);
    ctx.report({
      message: `主送机关后缺少冒号 (addressee must end with a colon)`,
      range: { start: lines[first].start + prefixLength(lines[first].text), end: at },
      fix: { title: `补上“${colon}” (add ${colon})`, edits: [{ range: { start: at, end: at }, text: colon }] },
    });
    return;
  }
  if (!ADDRESSED.test(d.title.norm)) return;
  if (announcedToThePublic(ctx.text.slice(d.range.start, d.range.end))) return;
  ctx.report({
    message: '缺少主送机关（发文字号之后应为主送机关，以冒号结束） (addressee missing after the document number)',
    range: d.number!.range,
  });
}

/**
 * A decision made known by 公告 (a 房屋征收决定 must be, 《国有土地上房屋征收与补偿条例》第十三条) is addressed
 * to the public and carries no 主送机关. Read across line breaks: a wrap may split the phrase.
 */
function announcedToThePublic(text: string): boolean {
  return /自本决定公告之日起|本决定自公告之日起/.test(text.replace(/\s+/g, ''));
}

function looksLikeAddressee(text: string): boolean {
  const t = text.replace(/[ \t\u3000]/g, '');
  if (t.length < 3 || t.length > 100 || /[。；;！？!?:：]/.test(t) || parseHeadingLabel(t)) return false;
  // A list of organs (各…, A,B、C…) or one short organ name (市民政局).
  return (t.startsWith('各') || ADDRESSEE_END.test(t)) && (/[,，、]|^各/.test(t) || t.length <= 20);
}

/** No 落款 with a 成文日期 was found: say which of the two is missing. */
function checkSignature(ctx: RuleContext, d: GazetteDocument): void {
  const issue: Issue = ctx.issue;
  const lines = issue.lines;
  const from = lineAt(issue, (d.addressee ?? d.number!).range.end) + 1;
  const to = lineAt(issue, d.range.end) + 1;
  const organ = organOfTitle(d);
  for (let i = from; i < to; i++) {
    const date = lineIsDate(ctx.text, lines[i].start, lines[i].text);
    if (!date) continue;
    const before = previousNonBlank(lines, i - 1, from);
    if (before >= 0 && isOrganLike(lines[before].text, organ)) return; // a signature after all
    ctx.report({
      message: `成文日期“${date.raw}”前缺少发文机关署名${organ ? `（${organ}）` : ''} (signing organ missing above the date)`,
      range: date.range,
    });
    return;
  }
  for (let i = from; i < to; i++) {
    if (!organ || content(lines[i].text).replace(/[ \t\u3000]/g, '') !== organ) continue;
    const after = nextNonBlank(lines, i + 1, to);
    if (after >= 0 && lineIsDate(ctx.text, lines[after].start, lines[after].text)) return;
    if (after >= 0 && malformedDate(lines[after].text)) return; // structure/date reports its form
    const c = content(lines[i].text);
    const start = lines[i].start + prefixLength(lines[i].text);
    ctx.report({
      message: `落款“${c}”之后缺少成文日期 (date missing under the signing organ)`,
      range: { start, end: start + c.length },
    });
    return;
  }
  ctx.report({
    message: '缺少落款（发文机关署名和成文日期） (signing organ and date missing)',
    range: d.number!.range,
  });
}
