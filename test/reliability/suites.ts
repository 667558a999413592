// The reliability properties, run briefly by the tests and at length by scripts/fuzz.ts.
import fc from 'fast-check';
import type { Finding } from '../../server/src/engine';
import { anyInput, applyMutation, longRun, mutatedText, mutation, snippet, tokenText, TOKENS } from './gen';
import { analyze, checkApplyFixes, checkEditing, checkFindings, checkFixes, checkModelRanges, checkTime } from './properties';
import { corpusWorkspace, texts, uriOf } from './shared';

export interface PropertyCase {
  name: string;
  title: string;
  arb: fc.Arbitrary<any>;
  check: (value: any) => void;
  /** Runs in `npm test`; the fuzz script scales them. */
  runs: number;
  needsCorpus?: boolean;
}

// Defects the fixable rules know, injected into real text so that there is something to fix.
export const DEFECTS = [
  '[2018]', '〔2018]', '(2018)', '072号', '第9号', '〔2018〕 12号', '责任单位::', '责任单位', ' and ', '，，', '。。', '“', '"', '(一)', '三、', '（2）', '\n一、', '\n三、',
  '市建委、市建委', '〕', '〔责任单位:市建委)', '(责任单位：市建委，市发改委)', '（市建委牵头，市财政局配合）', '责任单位：市建委;市财政局', '們', '进一步',
];

const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** Inserts each [fraction, piece] into text. */
function insertAll(text: string, inserts: [number, string][]): string {
  for (const [at, s] of inserts) {
    const p = Math.floor(at * (text.length + 1));
    text = text.slice(0, p) + s + text.slice(p);
  }
  return text;
}

export function reliabilityProperties(): PropertyCase[] {
  const workspace = corpusWorkspace();
  const uri = texts.length ? uriOf('J18') : undefined;
  const analyzeAll = (text: string) => {
    const a = analyze(text, workspace, uri);
    checkTime(text, a, workspace, uri);
    checkModelRanges(a.issue);
    checkFindings(text, a.findings);
  };
  const lint = (text: string): Finding[] => analyze(text, workspace, uri).findings;
  const fixes = (text: string) => checkFixes(text, lint(text), lint, { maxFixes: 6 });
  const base = texts.length ? texts : [''];
  return [
    { name: 'any-input', title: 'parse and lint: mutated corpus windows, token noise, arbitrary strings', arb: anyInput(texts), check: analyzeAll, runs: 200 },
    { name: 'token-noise', title: 'parse and lint: gazette token noise', arb: tokenText, check: analyzeAll, runs: 100 },
    {
      name: 'long-runs',
      title: 'parse and lint: very long runs inside real text stay within the time budget',
      arb: fc.tuple(fc.nat(base.length - 1), frac, longRun).map(([i, at, run]) => insertAll(base[i].slice(0, 6000), [[at, run]])),
      check: analyzeAll,
      runs: 30,
    },
    { name: 'long-runs-alone', title: 'parse and lint: a long run alone', arb: longRun, check: analyzeAll, runs: 20 },
    {
      name: 'whole-files',
      title: 'parse and lint: whole corpus files with many mutations',
      arb: fc.tuple(fc.nat(Math.max(0, texts.length - 1)), fc.array(mutation, { minLength: 1, maxLength: 40 })).map(([i, ms]) => ms.reduce(applyMutation, texts[i] ?? '')),
      check: analyzeAll,
      runs: 4,
      needsCorpus: true,
    },
    {
      name: 'fixes',
      title: 'fixes on mutated corpus text: inside their finding, remove it; fixAll converges, idempotent',
      arb: fc.tuple(mutatedText(texts, 100, 4), fc.array(fc.tuple(frac, fc.oneof(fc.constantFrom(...DEFECTS), snippet)), { maxLength: 8 })).map(([r, ins]) => insertAll(r.text, ins)),
      check: fixes,
      runs: 30,
      needsCorpus: true,
    },
    {
      name: 'editing',
      title: 'typing in a whole issue: after each edit the incremental analysis (the language server\'s) equals a fresh one',
      arb: fc.tuple(
        fc.nat(Math.max(0, texts.length - 1)),
        fc.array(fc.tuple(frac, fc.integer({ min: 0, max: 4 }), fc.oneof(fc.constantFrom(...TOKENS, ...DEFECTS, '', '\n'), snippet)), { minLength: 1, maxLength: 12 }),
      ),
      check: ([i, edits]: [number, [number, number, string][]]) => checkEditing(texts[i] ?? '', edits, workspace, uri),
      runs: 3,
      needsCorpus: true,
    },
    { name: 'fixes-noise', title: 'fixes on token noise', arb: fc.array(fc.constantFrom(...TOKENS, ...DEFECTS), { maxLength: 200 }).map((p) => p.join('')), check: fixes, runs: 50 },
    {
      name: 'apply-fixes',
      title: 'applyFixes takes only non-overlapping fixes and applies exactly their edits',
      arb: fc.string({ unit: fc.constantFrom('a', '〔', '\n', '😀', '一'), maxLength: 60 }).chain((text) => {
        const offset = fc.nat(text.length);
        const edit = fc.tuple(offset, offset, fc.constantFrom('', 'x', '〕', '号号')).map(([a, b, t]) => ({ range: { start: Math.min(a, b), end: Math.max(a, b) }, text: t }));
        const finding = fc
          .array(edit, { minLength: 1, maxLength: 3 })
          .map((edits): Finding => ({ ruleId: 'x/y', severity: 'warning', message: 'm', range: edits[0].range, fix: { title: 't', edits } }));
        return fc.tuple(fc.constant(text), fc.array(finding, { maxLength: 8 }));
      }),
      check: ([text, findings]: [string, Finding[]]) => checkApplyFixes(text, findings),
      runs: 300,
    },
  ];
}
