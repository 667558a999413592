// The questions of a 政策解读 written as questions and answers — 一问：…？ / 答：…, 问：…？ / 答：…, or a question
// answered by the 答： under it — and of any piece whose labelled questions and answers alternate strictly (…政策问答),
// for the outline and folding: each reaches over its answer. Questions numbered as headings (一、…？) are headings already.
import type { GazetteDocument, Issue, Paragraph, Range } from '../engine';
import { sourceRange } from '../engine/parse/paragraphs';
import { firstStarting } from '../engine/rules/shared/locate';
import { memoize } from '../engine/rules/shared/memo';
import { ANSWER, asksQuestions, bodyParagraphs, QUESTION_LABEL } from '../engine/rules/shared/questions';
import { endBefore, headingExtent, withoutPageBreak } from './headingExtent';

export interface Question {
  /** The question, over its lines. */
  range: Range;
  /** Its label (一问：, 问：), or the question where it has none. */
  labelRange: Range;
  /** As the outline names it. */
  text: string;
  /** The question and its answer, up to the next question or heading. */
  extent: Range;
  /** The heading it is under, or -1. */
  parent: number;
  part: number;
}

const ASKS = /[？?](?:\*\*)?$/;
/** The source under a piece: （市发展改革委供稿）, （来源：市司法局）. */
const SOURCE_NOTE = /^[(（][^()（）\n]{1,30}(?:供稿|提供)[)）]$|^[(（]来源[：:][^()（）\n]{1,30}[)）]$/;

/** Kept per issue and document: the outline and the folding ask for them at each request. */
const known = memoize((_issue: Issue) => new Map<GazetteDocument, Question[]>());

export function questionsOf(issue: Issue, d: GazetteDocument): Question[] {
  const ofIssue = known(issue);
  let questions = ofIssue.get(d);
  if (!questions) ofIssue.set(d, (questions = findQuestions(issue, d)));
  return questions;
}

function findQuestions(issue: Issue, d: GazetteDocument): Question[] {
  const paragraphs = bodyParagraphs(issue, d);
  if (!asksQuestions(d, paragraphs)) return [];
  const headingStarts = new Set(d.headings.map((h) => h.range.start));
  const found: { p: Paragraph; label?: Range; text: string }[] = [];
  paragraphs.forEach((p, k) => {
    if (headingStarts.has(p.range.start)) return;
    const label = QUESTION_LABEL.exec(p.text);
    if (label) {
      const at = p.text.indexOf(label[1]);
      found.push({ p, label: sourceRange(p, at, at + label[1].length), text: p.text.slice(at) });
    } else if (ASKS.test(p.text) && ANSWER.test(paragraphs[k + 1]?.text ?? '')) found.push({ p, text: p.text });
  });
  const text = issue.text;
  const headings = d.headings;
  return found.map((q, k) => {
    const at = q.p.range.start;
    // The heading over it: the last one before it, or the nearest of its parents whose extent reaches it.
    const after = firstStarting(headings, at + 1);
    let parent = after - 1;
    let parentEnd = -1;
    for (; parent >= 0; parent = headings[parent].parent < parent ? headings[parent].parent : -1) {
      parentEnd = headingExtent(text, d, headings[parent]).end;
      if (parentEnd > at) break;
    }
    const part = Math.max(0, d.parts.findIndex((p) => p.range.start <= at && at < p.range.end));
    const containerEnd = parent >= 0 ? parentEnd : withoutPageBreak(text, d.parts[part].range).end;
    const next = Math.min(found[k + 1]?.p.range.start ?? Infinity, headings[after]?.range.start ?? Infinity, containerEnd);
    const extent = { start: at, end: withoutSourceNote(text, withoutPageBreak(text, { start: at, end: next }).end, q.p.range.end) };
    const range = { start: at, end: q.p.range.end };
    return { range, labelRange: q.label ?? range, text: q.text, extent, parent, part };
  });
}

/** An answer's end without the source note under the piece's last one. */
function withoutSourceNote(text: string, end: number, floor: number): number {
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  if (lineStart <= floor || !SOURCE_NOTE.test(text.slice(lineStart, end).trim())) return end;
  return endBefore(text, lineStart, floor);
}
