import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { analyze, applyFixes, parseIssue } from '../../server/src/engine';
import { assertClean, lines, run } from './helpers';

const RULE = 'cross-reference/directory';

function onLine(text: string, line: number, from: string, to: string): string {
  const all = text.split('\n');
  if (!all[line - 1].includes(from)) throw new Error(`line ${line} has no ${from}`);
  all[line - 1] = all[line - 1].replace(from, to);
  return all.join('\n');
}

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus: every row matches the document printed with its number', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags a row title that differs from the document (Markdown table and TAB rows)', () => {
    const md = onLine(corpus('J18'), 722, '国土绿化', '国土绿地');
    const found = run(RULE, md);
    assert.deepEqual(lines(md, found), [722]);
    assert.match(found[0].message, /发文目录中的标题/);
    const tab = onLine(corpus('J19'), 554, '农信机构', '农商机构');
    assert.deepEqual(lines(tab, run(RULE, tab)), [554]);
  });

  it('leaves a number that differs to doc-number/consistency', () => {
    assert.deepEqual(run(RULE, onLine(corpus('J19'), 553, '32 号', '23 号')), []);
  });

  it('leaves the body title to cross-reference/toc when the TOC lists the document, and reports it when not', () => {
    const text = onLine(corpus('J19'), 428, '食品安全', '食品卫生');
    assert.deepEqual(run(RULE, text), []);
    assert.deepEqual(lines(text, run('cross-reference/toc', text)), [428]);
    const all = text.split('\n');
    all.splice(24, 4); // 34号's TOC entry
    const noToc = all.join('\n');
    assert.deepEqual(lines(noToc, run(RULE, noToc)), [424]);
  });

  it('leaves a printed document missing from the list to doc-number/sequence, which reports it once', () => {
    const all = corpus('J19').split('\n');
    all.splice(553, 1); // the row of 33号
    const text = all.join('\n');
    assert.deepEqual(run(RULE, text), []);
    assert.deepEqual(lines(text, run('doc-number/sequence', text)), [383]);
  });
});

describe(`${RULE}: a 发文目录 written one cell per line (a Word table saved as text)`, () => {
  const notice = (title: string, number: string, date: string) => [title, '', number, '', '各镇人民政府、街道办事处：', '', '现提出如下意见。', '', '某市人民政府', date, ''];
  const printed = [
    ...notice('某市人民政府关于印发某市数字经济发展实施方案的通知', '某政发〔2024〕8号', '2024年5月8日'),
    ...notice('某市人民政府关于加快推进城乡供水一体化的意见', '某政发〔2024〕9号', '2024年5月15日'),
  ];
  const rows = [
    ['1', '某政发〔2024〕8号', '某市人民政府关于印发某市数字经济发展', '实施方案的通知', '2024年5月8日'],
    ['2', '某政发〔2024〕9号', '某市人民政府关于加快推进城乡供水一体化的意见', '2024年5月15日'],
    ['3', '某政办发〔2024〕11号', '某市人民政府办公室关于公布2024年度市级重点建设项目的通知', '2024年5月20日'],
  ];
  const list = (header: string[], body: string[][]) => ['2024年5月份市政府、市政府办公室发文目录', '', ...header, ...body.flat(), ''];
  const withSerials = [...printed, ...list(['序号', '文号', '标题', '成文日期'], rows)].join('\n');
  const plain = [...printed, ...list(['文号', '标题'], rows.map((r) => r.slice(1, -1)))].join('\n');

  it('reads each row by its number: the 序号 over it, the title under it (wrapped or not), its date', () => {
    for (const text of [withSerials, plain]) {
      const issue = parseIssue(text);
      assert.deepEqual(issue.documents.map((d) => d.number?.key), ['某政发〔2024〕8号', '某政发〔2024〕9号']);
      assert.deepEqual(
        issue.directory?.rows.map((r) => [r.number?.key, r.title?.norm]),
        [['某政发〔2024〕8号', '某市人民政府关于印发某市数字经济发展实施方案的通知'], ['某政发〔2024〕9号', '某市人民政府关于加快推进城乡供水一体化的意见'], ['某政办发〔2024〕11号', '某市人民政府办公室关于公布2024年度市级重点建设项目的通知']],
      );
      assertClean(text);
    }
    assert.deepEqual(parseIssue(withSerials).directory?.rows.map((r) => r.serial?.value), [1, 2, 3]);
  });

  it('reads it on after a page break that repeats the header, and ends it at the document after it', () => {
    const after = notice('某市人民政府办公室关于做好2024年防汛防台工作的通知', '某政办发〔2024〕13号', '2024年5月28日');
    const broken = [...printed, ...list(['序号', '文号', '标题', '成文日期'], rows.slice(0, 2)), '— 27 —', '', '序号', '文号', '标题', '成文日期', ...rows[2], '', ...after].join('\n');
    const issue = parseIssue(broken);
    assert.deepEqual(issue.directory?.rows.map((r) => r.serial?.value), [1, 2, 3]);
    assert.deepEqual(issue.documents.map((d) => d.number?.key), ['某政发〔2024〕8号', '某政发〔2024〕9号', '某政办发〔2024〕13号']);
    // The document after the list is printed, and the list leaves it out.
    const found = run('doc-number/sequence', broken);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /某政办发〔2024〕13号”未列入发文目录/);
  });

  it('flags a row title that differs, and a printed document the list leaves out', () => {
    const title = withSerials.replace('城乡供水一体化的意见\n2024年5月15日', '城乡供水一体的意见\n2024年5月15日');
    assert.deepEqual(lines(title, run(RULE, title)), [title.split('\n').indexOf('某市人民政府关于加快推进城乡供水一体的意见') + 1]);
    const missing = [...printed, ...list(['文号', '标题'], [rows[0].slice(1, -1), rows[2].slice(1, -1)])].join('\n');
    assert.deepEqual(lines(missing, run('doc-number/sequence', missing)), [14]);
  });

  it('leaves the list as it is under --fix: a row is no document, whose number another code would fix', () => {
    const findings = analyze(plain).findings;
    assert.equal(applyFixes(plain, findings).text, plain);
  });

  it('joins a title its cell wrapped after a kind of document (…实施方案 / 的通知), over three lines, or over a page break', () => {
    const titled = (...pieces: string[]) => [...printed, ...list(['序号', '文号', '标题'], [['1', '某政发〔2024〕8号', ...pieces], ['2', '某政发〔2024〕9号', '某市人民政府关于加快推进城乡供水一体化的意见']])].join('\n');
    for (const pieces of [
      ['某市人民政府关于印发某市数字经济发展实施方案', '的通知'],
      ['某市人民政府关于印发某市', '数字经济发展', '实施方案的通知'],
      ['某市人民政府关于印发某市数字经济发展实施方案', '', '— 7 —', '', '某市人民政府公报　　2024年第5期', '', '的通知'],
    ]) {
      const text = titled(...pieces);
      assert.deepEqual(parseIssue(text).directory?.rows.map((r) => r.title?.norm), ['某市人民政府关于印发某市数字经济发展实施方案的通知', '某市人民政府关于加快推进城乡供水一体化的意见'], pieces.join('/'));
      assertClean(text);
    }
    // A piece that is the title's own, wrong, is still compared: 的意见 for 的通知.
    const wrong = titled('某市人民政府关于印发某市数字经济发展实施方案', '的意见');
    assert.match(run(RULE, wrong)[0]?.message ?? '', /发文目录为“某市人民政府关于印发某市数字经济发展实施方案的意见”/);
  });

  it('reads a title that cites a number as one title, not a row of the number it cites', () => {
    const forwarded = '某市人民政府办公室关于转发《浙江省人民政府关于加快建设数字浙江的意见》（浙政发〔2024〕3号）的通知';
    const text = [
      ...notice(forwarded, '某政办发〔2024〕11号', '2024年5月20日'),
      ...list(['序号', '文号', '标题'], [['1', '某政办发〔2024〕11号', forwarded]]),
    ].join('\n');
    assert.deepEqual(parseIssue(text).directory?.rows.map((r) => [r.number?.key, r.title?.norm]), [['某政办发〔2024〕11号', forwarded.replace(/（/g, '(').replace(/）/g, ')')]]);
    assertClean(text);
  });
});

describe(`${RULE}: a 发文目录 written title first`, () => {
  const doc = (n: number, t: string) => [`临江市人民政府关于${t}的通知`, '', `临政发〔2024〕${n}号`, '', '各区人民政府，市政府各部门：', '', '现将有关事项通知如下。', '', '临江市人民政府', '', `2024年6月${n}日`, ''];
  const issue = (rows: string[]) => [...doc(12, '加强耕地保护'), ...doc(13, '做好防汛工作'), '2024年6月份市政府发文目录', '', ...rows, ''].join('\n');

  it('reads 标题（文号） rows, and checks them against the documents', () => {
    const rows = ['临江市人民政府关于加强耕地保护的通知（临政发〔2024〕12号）', '临江市人民政府关于做好防汛工作的通知（临政发〔2024〕13号）'];
    assert.deepEqual(parseIssue(issue(rows)).directory?.rows.map((r) => [r.number?.key, r.title?.text]), [
      ['临政发〔2024〕12号', '临江市人民政府关于加强耕地保护的通知'],
      ['临政发〔2024〕13号', '临江市人民政府关于做好防汛工作的通知'],
    ]);
    assert.deepEqual(run(RULE, issue(rows)), []);
    assert.equal(run(RULE, issue([rows[0], rows[1].replace('防汛', '防汛抗旱')])).length, 1);
    assert.deepEqual(run('doc-number/sequence', issue([rows[0]])).map((f) => f.message), ['文件“临政发〔2024〕13号”未列入发文目录 (the document is missing from the list of documents issued)']);
  });
});
