// The language server re-lints after each edit with a DocumentFindingsCache:
// document rules are run again only on the documents the edit touched, and the
// findings of the others are taken from the last run, moved with their document.
// Whatever the edit, the result must be exactly a fresh lint of the new text.
import * as assert from 'assert';
import { allRules, DocumentFindingsCache, LineIndex, lintIssue, parseIssue, resolveConfig, type Finding, type Issue } from '../../server/src/engine';
import { parseIssueIncremental } from '../../server/src/engine/parse/incremental';
import { CORPUS, corpus, corpusAvailable, requireCorpus } from '../corpus';
import { random } from '../random';
import { TextCache, clearTextCaches } from '../../server/src/engine/textCache';

// Characters that make and unmake findings of document rules: brackets and labels of annotations, heading labels, numbers.
const CHARS = ['\n', '的', '一', '二', '〔', '〕', '(', ')', '（', '）', '1', '3', '、', '：', ':', '。', '\t', ' ', '附', '件', '专栏', '责任单位:', '牵头', '△', '共', '项'];

function apply(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

/** A random edit, half of them near a heading label or an annotation, where the document rules look. */
function randomEdit(text: string, issue: Issue, rnd: () => number): [number, number, string] {
  const insert = CHARS[Math.floor(rnd() * CHARS.length)];
  let at = Math.floor(rnd() * text.length);
  if (rnd() < 0.5) {
    const d = issue.documents[Math.floor(rnd() * issue.documents.length)];
    const spots = [...d.headings.map((h) => h.labelRange.start), ...d.tasks.flatMap((t) => t.annotations.map((a) => a.range.start))];
    if (spots.length) at = spots[Math.floor(rnd() * spots.length)] + Math.floor(rnd() * 3);
  }
  at = Math.min(at, text.length);
  return [at, rnd() < 0.4 && at < text.length ? 1 : 0, insert];
}

const documentRules = allRules.filter((r) => r.checkDocument);

function fresh(text: string, config = resolveConfig(undefined, allRules).config): Finding[] {
  return lintIssue(parseIssue(text), { config });
}

describe('incremental re-lint (DocumentFindingsCache)', function () {
  this.timeout(180000);

  requireCorpus(this);

  it('has document rules to test (the rules that check one document at a time)', () => {
    assert.ok(documentRules.length >= 10, documentRules.map((r) => r.id).join(', '));
  });

  // The contract of a document rule: what it finds in a document depends on that document alone
  // (and, for rules with one, on their issue context: tested below).
  const isolated = documentRules.filter((r) => !r.issueContext);
  for (const name of Object.keys(CORPUS) as (keyof typeof CORPUS)[]) {
    it(`${name}: each document rule finds the same in a document whether the issue holds every document or that one alone`, () => {
      const issue = parseIssue(corpus(name));
      const whole = lintIssue(issue, { rules: isolated });
      assert.ok(whole.length > 0, 'the document rules find something in the corpus issue');
      let placed = 0;
      for (const d of issue.documents) {
        const inside = (r: { start: number }) => r.start >= d.range.start && r.start <= d.range.end;
        const alone: Issue = {
          text: issue.text,
          lines: issue.lines,
          documents: [d],
          paragraphs: issue.paragraphs.filter((p) => inside(p.range)),
          citations: issue.citations.filter((c) => inside(c.range)),
          numbers: issue.numbers.filter((n) => inside(n.range)),
        };
        const own = whole.filter((f) => inside(f.range));
        assert.deepStrictEqual(lintIssue(alone, { rules: isolated }).filter((f) => inside(f.range)), own, d.title.text);
        placed += own.length;
      }
      // The rest was found by checkOutside, outside every document.
      const outside = whole.filter((f) => !issue.documents.some((d) => f.range.start >= d.range.start && f.range.start <= d.range.end));
      assert.strictEqual(placed + outside.length, whole.length, 'every finding of a document rule lies in its document or outside all of them');
    });
  }

  for (const name of Object.keys(CORPUS) as (keyof typeof CORPUS)[]) {
    const edits = name === 'SX' ? 40 : 80;
    it(`${name}: ${edits} random edits, each lint equal to a fresh lint of the new text`, () => {
      const rnd = random(name.length * 104729 + 3);
      const config = resolveConfig(undefined, allRules).config;
      const cache = new DocumentFindingsCache();
      let text = corpus(name);
      let issue = parseIssueIncremental(text);
      assert.deepStrictEqual(lintIssue(issue, { config, cache }), fresh(text, config));
      let changed = 0;
      let before = fresh(text, config).length;
      for (let i = 0; i < edits; i++) {
        const [at, remove, insert] = randomEdit(text, issue, rnd);
        text = apply(text, at, remove, insert);
        issue = parseIssueIncremental(text, issue);
        const expected = fresh(text, config);
        assert.deepStrictEqual(lintIssue(issue, { config, cache }), expected, `edit ${i}: ${JSON.stringify([at, remove, insert])}`);
        if (expected.length !== before) changed++;
        before = expected.length;
      }
      // The edits must have made and unmade findings, or the test proves nothing.
      assert.ok(changed >= edits / 4, `findings changed after ${changed} of ${edits} edits`);
    });
  }

  it('moves the kept findings, their fixes and related locations with their document', () => {
    const config = resolveConfig(undefined, allRules).config;
    const cache = new DocumentFindingsCache();
    // A defect made in the last document of J19 with a 二、 heading (二、 → 三、), found before and after an edit above it.
    let text = corpus('J19');
    let issue = parseIssueIncremental(text);
    const last = [...issue.documents].reverse().find((d) => d.headings.some((x) => x.label.startsWith('二')))!;
    const h = last.headings.find((x) => x.label.startsWith('二'));
    assert.ok(h, 'a heading to break');
    text = apply(text, h.labelRange.start, h.label.length, h.label.replace('二', '三'));
    issue = parseIssueIncremental(text, issue);
    const first = lintIssue(issue, { config, cache }).filter((f) => f.ruleId === 'numbering/sequence' && f.range.start >= last.range.start);
    assert.ok(first.length > 0 && first[0].fix, 'the broken label is found, with a fix');
    text = apply(text, 0, 0, '公报\n');
    issue = parseIssueIncremental(text, issue);
    const moved = lintIssue(issue, { config, cache }).filter((f) => f.ruleId === 'numbering/sequence' && f.range.start >= last.range.start);
    assert.deepStrictEqual(moved.map((f) => [f.range.start, f.fix?.edits[0].range.start, f.related?.[0]?.range.start]), first.map((f) => [f.range.start + 3, f.fix!.edits[0].range.start + 3, f.related?.[0] ? f.related[0].range.start + 3 : undefined]));
    assert.deepStrictEqual(lintIssue(issue, { config, cache }), fresh(text, config));
  });

  it('checks every document again when the issue context of a rule changes (the issue turns from full- to half-width)', () => {
    const config = resolveConfig(undefined, allRules).config;
    const cache = new DocumentFindingsCache();
    // J19 is written with half-width marks throughout: a full-width copy of it first.
    const full = corpus('J19').replace(/[,:;()?!]/g, (c) => ({ ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' })[c]!);
    let issue = parseIssueIncremental(full);
    lintIssue(issue, { config, cache });
    // Half width again in the first three quarters: the issue's style turns, the last document's text does not change.
    const cut = Math.floor(full.length * 0.75);
    const text = corpus('J19').slice(0, cut) + full.slice(cut);
    issue = parseIssueIncremental(text, issue);
    const last = issue.documents[issue.documents.length - 1];
    assert.ok(last.range.start > cut, 'the last document is past the change');
    const found = lintIssue(issue, { config, cache });
    assert.deepStrictEqual(found, fresh(text, config));
    assert.ok(found.some((f) => f.ruleId === 'typography/punctuation-width' && f.range.start >= last.range.start), 'full-width marks of the unchanged document are reported now');
  });

  it('checks a document again when the issue habit that broke a tie in it changes (numbering/style)', () => {
    const config = resolveConfig(undefined, allRules).config;
    const cache = new DocumentFindingsCache();
    const style = (findings: Finding[], text: string) => findings.filter((f) => f.ruleId === 'numbering/style').map((f) => text.slice(0, f.range.start).split('\n').length);
    // J18 68号 has only "1. " and "2.": a tie the issue's habit breaks (every other "1." of J18 is spaced).
    const lines = corpus('J18').split('\n');
    lines[84] = lines[84].replace('2. ', '2.');
    const tied = lines.join('\n');
    let issue = parseIssueIncremental(tied);
    assert.ok(style(lintIssue(issue, { config, cache }), tied).includes(85));
    // The later documents lose their spaces: the habit goes, 68号 (before the change) does not change.
    const text = [...lines.slice(0, 130), ...lines.slice(130).map((l) => l.replace(/^(\s*\d{1,2})\. /, '$1.'))].join('\n');
    issue = parseIssueIncremental(text, issue);
    const found = lintIssue(issue, { config, cache });
    assert.deepStrictEqual(found, fresh(text, config));
    assert.ok(!style(found, text).includes(85), 'the tie is not broken any more');
  });

  it('finds a printed 附表 title made to differ from the list under the text by edits in several places at once', () => {
    const config = resolveConfig(undefined, allRules).config;
    const cache = new DocumentFindingsCache();
    const title = '某市养老服务体系建设重点项目表（2024—2026年）';
    const plan = [
      '某市人民政府办公室关于印发某市养老服务体系建设三年行动计划的通知', '', '某政办发〔2024〕24号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　现将《某市养老服务体系建设三年行动计划》印发给你们，请认真贯彻落实。', '', '某市人民政府办公室', '2024年7月8日', '',
      '某市养老服务体系建设三年行动计划', '', '　　一、强化资金保障。市、县两级福利彩票公益金用于养老服务的比例不低于55%。', '',
      `　　附表：${title}`, '', '附表', '', title, '', '序号\t项目名称\t总投资（万元）', '1\t某市社会福利中心改扩建工程\t32000', '',
    ].join('\n');
    const mismatch = (found: Finding[]) => found.filter((f) => f.ruleId === 'cross-reference/attachments').map((f) => f.message);
    let text = plan;
    let issue = parseIssueIncremental(text);
    assert.deepStrictEqual(mismatch(lintIssue(issue, { config, cache })), []);
    // （一） typed before the printed title and before the date line above it, in one change.
    const printed = text.lastIndexOf(title);
    text = apply(apply(text, printed, 0, '（一）'), text.indexOf('2024年7月8日'), 0, '（一）');
    issue = parseIssueIncremental(text, issue);
    const found = lintIssue(issue, { config, cache });
    assert.deepStrictEqual(found, fresh(text, config));
    assert.deepStrictEqual(mismatch(found), ['附表标题“(一)某市养老服务体系建设重点项目表(2024-2026年)”与附表说明中的“某市养老服务体系建设重点项目表(2024-2026年)”不一致 (table title differs from its declaration)']);
    // Undone: quiet again, as a fresh check of the text is.
    issue = parseIssueIncremental(plan, issue);
    assert.deepStrictEqual(lintIssue(issue, { config, cache }), fresh(plan, config));
    assert.deepStrictEqual(mismatch(lintIssue(issue, { config, cache })), []);
  });

  it('pairs a 目录 entry with the section it names after a character typed into the section\'s title (人事任免, J18)', () => {
    const config = resolveConfig(undefined, allRules).config;
    const cache = new DocumentFindingsCache();
    let text = corpus('J18');
    let issue = parseIssueIncremental(text);
    lintIssue(issue, { config, cache });
    // 【市政府人事任免】(2018 年 12 月份)**任命:** → (2018 政年 12 月份): its title, not its subheading, is compared with the 目录.
    const at = text.indexOf('(2018 年 12 月份)**任命:**') + 6;
    text = apply(text, at, 0, '政');
    issue = parseIssueIncremental(text, issue);
    assert.deepStrictEqual(issue.documents.map((d) => d.title), parseIssue(text).documents.map((d) => d.title));
    const found = lintIssue(issue, { config, cache });
    assert.deepStrictEqual(found, fresh(text, config));
    assert.deepStrictEqual(
      found.filter((f) => f.ruleId === 'cross-reference/toc').map((f) => f.message.replace(/ \(.*/, '')),
      ['目录标题与正文标题不一致：目录为“市政府人事任免(2018年12月份)”，正文为“【市政府人事任免】(2018政年12月份)”'],
    );
  });

  it('starts afresh when the configuration changes', () => {
    const cache = new DocumentFindingsCache();
    const text = corpus('J18');
    const issue = parseIssueIncremental(text);
    lintIssue(issue, { cache });
    const config = resolveConfig({ rules: { 'numbering/sequence': 'warning' }, locale: 'en' }, allRules).config;
    assert.deepStrictEqual(lintIssue(issue, { config, cache }), lintIssue(parseIssue(text), { config }));
  });
});

describe('incremental re-lint of the question labels of a piece in questions and answers', () => {
  // A notice, the measures it prints, and their 政策解读 in 一问：/答： form: the labels are checked per document.
  const text0 = [
    '临江市人民政府办公室关于印发临江市公共租赁住房保障实施细则的通知', '', '临政办发〔2024〕25号', '', '各县（区）人民政府，市政府各部门：', '',
    '《临江市公共租赁住房保障实施细则》已经市政府同意，现印发给你们，请认真贯彻执行。', '', '临江市人民政府办公室', '', '2024年7月8日', '',
    '临江市公共租赁住房保障实施细则', '', '第一条　为规范公共租赁住房管理，制定本细则。', '', '第二条　本细则自2024年8月1日起施行。', '',
    '《临江市公共租赁住房保障实施细则》政策解读', '', '近日，市政府办公室印发了《临江市公共租赁住房保障实施细则》（以下简称《实施细则》）。现就有关内容解读如下。', '',
    '一问：哪些人可以申请公租房？', '', '答：具有本市户籍的住房困难家庭。', '', '二问：如何申请公租房？', '', '答：向户籍所在地街道办事处提出申请。', '',
    '三问：租金标准如何确定？', '', '答：按同地段市场租金的70%确定。', '', '（市住房保障中心供稿）', '',
  ].join('\n');
  const skipped = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'numbering/sequence' && f.message.includes('问题编号'));

  it('finds a label broken by an edit, and loses it when the label is mended, as a fresh lint does', () => {
    const config = resolveConfig(undefined, allRules).config;
    const cache = new DocumentFindingsCache();
    let text = text0;
    let issue = parseIssueIncremental(text);
    assert.deepStrictEqual(skipped(lintIssue(issue, { config, cache })), []);
    // One change at three places, as several cursors make it: the 二问 label and two lines of the notice above.
    const at = [text.indexOf('二问：'), text.indexOf('第二条'), text.indexOf('各县')].sort((a, b) => b - a);
    for (const a of at) text = apply(text, a, 0, '- ');
    issue = parseIssueIncremental(text, issue);
    const broken = lintIssue(issue, { config, cache });
    assert.deepStrictEqual(broken, fresh(text, config));
    assert.strictEqual(skipped(broken).length, 1, 'the 二问 is missing between 一问 and 三问');
    // A line above the pieces moves them; the finding moves too.
    text = apply(text, 0, 0, '临江市人民政府公报\n\n');
    issue = parseIssueIncremental(text, issue);
    assert.deepStrictEqual(lintIssue(issue, { config, cache }), fresh(text, config));
    text = text.replace('- 二问：', '二问：');
    issue = parseIssueIncremental(text, issue);
    const mended = lintIssue(issue, { config, cache });
    assert.deepStrictEqual(mended, fresh(text, config));
    assert.deepStrictEqual(skipped(mended), []);
  });
});

describe('TextCache', () => {
  it('derives a text once, and keeps it while one of the last two runs used it', () => {
    const cache = new TextCache<number>();
    let derived = 0;
    const length = (t: string) => (derived++, t.length);
    assert.strictEqual(cache.get('一二三', length), 3);
    assert.strictEqual(cache.get('一二三', length), 3);
    assert.strictEqual(derived, 1);
    // Used every other run across several sweeps: never derived again.
    for (let run = 0; run < 40; run++) {
      cache.nextGeneration();
      cache.get(run % 2 ? '一二三' : '四', length);
    }
    assert.strictEqual(derived, 2); // 一二三 once, 四 once
  });

  it('forgets what it was not asked for, so memory follows the text being checked', () => {
    const cache = new TextCache<number>();
    let derived = 0;
    const length = (t: string) => (derived++, t.length);
    cache.get('一二三', length);
    // Each run uses a text of its own (as each edit makes a new paragraph).
    for (let run = 0; run < 100; run++) {
      cache.nextGeneration();
      cache.get(`第${run}段`, length);
      assert.ok(cache.size <= 12, `run ${run}: ${cache.size} texts kept`);
    }
    cache.get('一二三', length);
    assert.strictEqual(derived, 102); // 一二三 derived again
  });

  it('clearTextCaches empties every cache: the next run derives again, to the same findings', function () {
    const cache = new TextCache<number>();
    let derived = 0;
    const length = (t: string) => (derived++, t.length);
    cache.get('一二三', length);
    clearTextCaches();
    assert.strictEqual(cache.size, 0);
    cache.get('一二三', length);
    assert.strictEqual(derived, 2);
    // Findings from caches filled by the same text, and from empty caches, are the same.
    if (!corpusAvailable) return;
    for (const name of Object.keys(CORPUS) as (keyof typeof CORPUS)[]) {
      const text = corpus(name);
      const warm = (lintIssue(parseIssue(text), {}), lintIssue(parseIssue(text), {}));
      clearTextCaches();
      assert.deepStrictEqual(lintIssue(parseIssue(text), {}), warm, name);
    }
  });
});

describe('LineIndex from a parsed issue', () => {
  it('is the LineIndex of its text, for every kind of line break', () => {
    for (const text of ['', 'a', 'a\nb', 'a\r\nb\rc\n', '\n\n\r\r\n', Array.from({ length: 300 }, (_, i) => `第${i}行` + (i % 3 ? '\r\n' : i % 5 ? '\n' : '\r')).join('')]) {
      const issue = parseIssue(text);
      const known = new LineIndex(text, issue.lines.map((l) => l.start));
      const found = new LineIndex(text);
      assert.strictEqual(known.lineCount, found.lineCount, JSON.stringify(text.slice(0, 20)));
      for (let at = 0; at <= Math.min(text.length, 500); at++) assert.deepStrictEqual(known.position(at), found.position(at));
    }
  });
});
