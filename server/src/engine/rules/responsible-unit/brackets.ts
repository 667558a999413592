// responsible-unit/brackets: the brackets around a unit annotation must pair up
// and follow the document's own habit (〔责任单位:…〕 or (X牵头,Y配合)).
import type { GazetteDocument, UnitAnnotation } from '../../model';
import { sourceOffset } from '../../parse/paragraphs';
import { trimEndChars, WHITE_SPACE } from '../../parse/text';
import type { Rule, RuleContext } from '../types';
import { paragraphMarks } from '../shared/marks';
import { paragraphsIn, rangeCoverage } from '../shared/locate';
import { annotationsOf, bracketClass, closerOf, majority, openerOf, type BracketClass } from './shared';

const LABELS = /(责任单位|牵头单位|配合单位|责任部门|牵头部门)[ \t]*[:：]/g;
const ROLE_END = /(负责|牵头|配合)[ \t]*$/;
const DEADLINE = /(?:[,，]|(?<![ \t]))[ \t]*(\d{4}年)?\d{1,2}月(底|末|中旬|上旬|下旬)?前?(完成)?$|[,，]?(长期|持续)推进$/;
const OPEN = '〔(（[［【﹝';
const CLOSE = '〕)）]］】﹞';
/** What the stray-bracket scan looks at, by code unit: openers, closers and sentence ends. */
const OPENER = 1;
const CLOSER = 2;
const SENTENCE_END = 3;
const STOP = new Uint8Array(0x10000);
for (const c of OPEN) STOP[c.charCodeAt(0)] = OPENER;
for (const c of CLOSE) STOP[c.charCodeAt(0)] = CLOSER;
for (const c of '。；;！？') STOP[c.charCodeAt(0)] = SENTENCE_END;

const rule: Rule = {
  id: 'responsible-unit/brackets',
  category: 'responsible-unit',
  defaultSeverity: 'error',
  description: '责任单位标注的括号须成对且与本文件惯例一致 (annotation brackets must pair up and follow the document\'s habit)',
  fixable: true,
  checkDocument(ctx, document) {
    // A label line (牵头单位：…) has no brackets to check; it still covers its text for strayBrackets.
    const all = annotationsOf(ctx.issue, document).text;
    const anns = all.filter((a) => a.open !== '');
    // Style is judged on annotations that end their paragraph: a bracket inside a sentence may be prose.
    const paired = anns.filter((a) => a.close && bracketClass(a.open) === bracketClass(a.close) && terminal(ctx.text, a));
    const habit = majority(paired.map((a) => bracketClass(a.open)!));
    const settled = habit && !habit.tie && habit.count >= 2 ? habit.value : undefined;
    for (const a of anns) {
      if (!a.close) unclosed(ctx, a);
      else if (bracketClass(a.open) !== bracketClass(a.close)) mismatched(ctx, a, settled, paired);
      else if (settled && bracketClass(a.open) !== settled && paired.includes(a)) minority(ctx, a, settled, paired);
      else if (a.open === '﹝' || a.close === '﹞') smallForm(ctx, a);
    }
    strayBrackets(ctx, document, all);
  },
};

export default rule;

function terminal(text: string, a: UnitAnnotation): boolean {
  return /^[ \t]*(?:[。；;][ \t]*)?(\r?\n|$)/.test(text.slice(a.range.end, a.range.end + 8));
}

/** Does `closer` come at depth 0 before the next full stop? */
function closesLater(t: string, from: number, to: number, closer: string): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = t[i];
    if (c === '。') return false;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) {
      if (depth === 0) return c === closer;
      depth--;
    }
  }
  return false;
}

function unclosed(ctx: RuleContext, a: UnitAnnotation): void {
  // Where the annotation most likely ends: before the first 。/； at depth 0.
  const t = ctx.text;
  let depth = 0;
  let at = -1;
  for (let i = a.contentRange.start; i < a.contentRange.end; i++) {
    const c = t[i];
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[。；;]/.test(c)) {
      at = i;
      break;
    }
  }
  const end = at >= 0 ? at : a.contentRange.end;
  const closer = closerOf(a.open);
  // "〔责任单位:A;B〕": the semicolon cut the annotation short; responsible-unit/separator reports it.
  if (at >= 0 && t[at] !== '。' && closesLater(t, at + 1, a.contentRange.end, closer)) return;
  ctx.report({
    message: `责任单位标注的“${a.open}”没有对应的“${closer}” (annotation bracket is never closed)`,
    range: a.openRange,
    suggestions: [{ title: `补上“${closer}” (add ${closer})`, edits: [{ range: { start: end, end }, text: closer }] }],
  });
}

function mismatched(ctx: RuleContext, a: UnitAnnotation, habit: BracketClass | undefined, paired: UnitAnnotation[]): void {
  // The closing bracket is usually the slip; when the document's habit is the closer's family, the opener is.
  const fixOpener = habit !== undefined && bracketClass(a.close) === habit && bracketClass(a.open) !== habit;
  const open = fixOpener ? preferredOpener(paired, habit!) || openerOf(a.close) : a.open;
  const close = closerOf(open);
  const edit = fixOpener ? { range: a.openRange, text: open } : { range: a.closeRange!, text: close };
  ctx.report({
    message: `责任单位标注以“${a.open}”开始却以“${a.close}”结束 (annotation opens with ${a.open} but closes with ${a.close})`,
    range: fixOpener ? a.openRange : a.closeRange!,
    related: [{ range: fixOpener ? a.closeRange! : a.openRange, message: fixOpener ? '结束括号 (closing bracket)' : '开始括号 (opening bracket)' }],
    fix: { title: `改为“${open}…${close}” (use ${open}…${close})`, edits: [edit] },
  });
}

function minority(ctx: RuleContext, a: UnitAnnotation, habit: BracketClass, paired: UnitAnnotation[]): void {
  const open = preferredOpener(paired, habit);
  const close = closerOf(open);
  const count = paired.filter((p) => bracketClass(p.open) === habit).length;
  const message = `本文件的责任单位标注多用“${open}${close}”（${count}处），此处用“${a.open}${a.close}”`;
  const range = a.openRange.start === a.closeRange!.start ? a.range : { start: a.openRange.start, end: a.closeRange!.end };
  // 〔各县(市、区)负责〕: the other style would nest (…(…)…); the inner brackets must change too, which is the editor's call.
  if ([...a.content].some((c) => bracketClass(c) === habit)) {
    ctx.report({
      message: `${message}；其中已有“${open}${close}”，改用“${open}${close}”须同时调整内层括号 (bracket style differs from the document's other annotations; it holds ${open}…${close} itself, so the inner brackets must change too)`,
      range,
      severity: 'warning',
    });
    return;
  }
  ctx.report({
    message: `${message} (bracket style differs from the document's other annotations)`,
    range,
    severity: 'warning',
    fix: {
      title: `改为“${open}…${close}” (use ${open}…${close})`,
      edits: [
        { range: a.openRange, text: open },
        { range: a.closeRange!, text: close },
      ],
    },
  });
}

/** ﹝﹞ are small-form variants (U+FE5D/E) an input method gives for 〔〕: they look alike and are not. */
function smallForm(ctx: RuleContext, a: UnitAnnotation): void {
  const edits = [
    ...(a.open === '﹝' ? [{ range: a.openRange, text: '〔' }] : []),
    ...(a.close === '﹞' ? [{ range: a.closeRange!, text: '〕' }] : []),
  ];
  ctx.report({
    message: `责任单位标注的“${a.open}${a.close}”应为六角括号“〔〕”：“﹝﹞”是外形相近的小号变体 (﹝﹞ are small-form lookalikes of 〔〕)`,
    range: { start: a.openRange.start, end: a.closeRange!.end },
    severity: 'warning',
    fix: { title: '改为“〔…〕” (use 〔…〕)', edits },
  });
}

function preferredOpener(paired: UnitAnnotation[], habit: BracketClass): string {
  return majority(paired.filter((p) => bracketClass(p.open) === habit).map((p) => p.open))?.value ?? '';
}

/**
 * Brackets the annotation parser could not pair: a closing bracket with no
 * opener right after annotation-like text ("…责任单位:A,B〕" with the 〔 lost), or
 * an opener never closed before a role list ends the paragraph ("(A负责").
 * Other stray brackets are usually list markers or extraction breaks.
 */
function strayBrackets(ctx: RuleContext, document: GazetteDocument, anns: UnitAnnotation[]): void {
  let covered: ((at: number) => boolean) | undefined;
  let habit: string | undefined;
  for (const p of paragraphsIn(ctx.issue, document.range)) {
    const t = p.text;
    const marks = paragraphMarks(p);
    if (!bracketsUntabbed(t, marks)) continue;
    if (!covered) {
      const inAnnotation = rangeCoverage(anns.map((a) => a.range));
      covered = (at) => inAnnotation({ start: at, end: at + 1 });
      habit = majority(anns.filter((a) => a.close && a.open).map((a) => a.open))?.value;
    }
    const stack: number[] = [];
    let sentence = 0;
    // The first label of the current sentence (searched once per sentence).
    let labelFrom = -1;
    let label: RegExpExecArray | null = null;
    for (let k = 0; k < marks.length; k++) {
      const i = marks[k];
      const kind = STOP[t.charCodeAt(i)];
      if (kind === 0) continue;
      const c = t[i];
      if (kind === OPENER) stack.push(i);
      else if (kind === SENTENCE_END) {
        if (stack.length === 0) sentence = i + 1;
      } else {
        if (stack.pop() !== undefined) continue;
        const at = sourceOffset(p, i);
        if (covered(at)) continue;
        if (labelFrom !== sentence) {
          labelFrom = sentence;
          LABELS.lastIndex = sentence;
          label = LABELS.exec(t);
        }
        const labelled = label && label.index + label[0].length <= i ? label : null;
        if (!labelled && !roleBefore(t, sentence, i)) continue;
        // A run of the same closer after a label (…市建委〕〕) is one slip, fixed in one go.
        let end = i + 1;
        while (labelled && t[end] === c && sourceOffset(p, end) === sourceOffset(p, end - 1) + 1) end++;
        const count = end - i;
        while (k + 1 < marks.length && marks[k + 1] < end) k++;
        const last = sourceOffset(p, end - 1);
        const open = habit && bracketClass(habit) === bracketClass(c) ? habit : openerOf(c);
        const many = count > 1 ? `（连续${count}个）` : '';
        // The fix adds the opener before the label: the finding runs from there to the closer.
        const labelAt = labelled ? sourceOffset(p, labelled.index) : at;
        const edits = [{ range: { start: labelAt, end: labelAt }, text: open }];
        if (last > at) edits.push({ range: { start: at + 1, end: last + 1 }, text: '' });
        ctx.report({
          message: `责任单位标注缺少与“${c}”对应的开始括号${many} (annotation has a closing ${c} but no opening bracket${many ? `, ${count} in a row` : ''})`,
          range: { start: labelAt, end: last + 1 },
          fix: labelled ? { title: `在“${labelled[1]}”前补上“${open}”${many ? `，只留一个“${c}”` : ''} (add ${open})`, edits } : undefined,
        });
      }
    }
    // Openers left at the end of the paragraph: only the first can start an annotation that runs to the end.
    const i = stack[0];
    if (i === undefined || covered(sourceOffset(p, i))) continue;
    const rest = p.text.slice(i + 1).replace(/[。；;]$/, '');
    if (rest.length > 150 || /[。；;《》“”]/.test(rest) || !ROLE_END.test(trimEndChars(rest.replace(DEADLINE, ''), `,，、${WHITE_SPACE}`))) continue;
    const at = sourceOffset(p, i);
    const end = sourceOffset(p, i + rest.length) + 1;
    const closer = closerOf(p.text[i]);
    ctx.report({
      message: `责任单位标注的“${p.text[i]}”没有对应的“${closer}” (annotation bracket is never closed)`,
      range: { start: at, end: at + 1 },
      suggestions: [{ title: `补上“${closer}” (add ${closer})`, edits: [{ range: { start: end, end }, text: closer }] }],
    });
  }
}

/** Has the text brackets, and no tab (a table row)? */
function bracketsUntabbed(t: string, marks: readonly number[]): boolean {
  let brackets = false;
  for (const i of marks) {
    const code = t.charCodeAt(i);
    if (code === 9) return false;
    if (STOP[code] === OPENER || STOP[code] === CLOSER) brackets = true;
  }
  return brackets;
}

/** Does a role word (负责, 牵头, 配合) end t[from..i], spaces aside? */
function roleBefore(t: string, from: number, i: number): boolean {
  let j = i;
  while (j > from && (t[j - 1] === ' ' || t[j - 1] === '\t')) j--;
  return j - 2 >= from && /^(负责|牵头|配合)$/.test(t.slice(j - 2, j));
}

