import { strict as assert } from 'node:assert';
import { analyze, parseIssue } from '../../server/src/engine';
import { findDocNumbers } from '../../server/src/engine/parse/docNumber';

// A document starts at its title above a line holding its number alone; the number may be bent by extraction.
const issueWith = (numberLine: string) => `嘉兴市人民政府办公室关于做好冬季安全生产工作的通知\n${numberLine}\n\n各县（市、区）人民政府：\n  现将有关事项通知如下。\n`;

describe('document number lines', () => {
  it('finds the number alone on its line whatever the brackets and spaces', () => {
    for (const line of ['嘉政办发〔2018〕12号', '嘉政办发[2018]12号', '嘉政办发［ 2018 ］12号', '嘉政办发（2018）12 号', '嘉政办发【2018】12号', '嘉政办发(\u30002018\t)12号', '  嘉政办发〔2018〕12号  ', '**嘉政办发〔2018〕12号**']) {
      const [doc] = parseIssue(issueWith(line)).documents;
      assert.equal(doc?.number?.key, '嘉政办发〔2018〕12号', JSON.stringify(line));
    }
  });

  it('reads the codes of other series: a government\'s main series (杭政, 穗府, 沪府规) and, with 号, a department\'s', () => {
    for (const line of ['杭政〔2023〕15号', '穗府〔2023〕5号', '沪府规〔2023〕3号', '杭政办函〔2023〕21号', '财税〔2019〕13号', '发改投资[2018]1234号', '文旅发〔2024〕3号']) {
      const [doc] = parseIssue(issueWith(line)).documents;
      assert.equal(doc?.number?.raw, line, line);
    }
    // A department's code is taken only with its 号 and a full year: without them the bracketed figures may be anything.
    for (const line of ['财税〔2019〕13', '财税〔19〕13号']) {
      assert.deepEqual(parseIssue(issueWith(line)).documents.filter((d) => d.number), [], line);
    }
  });

  it('keeps a code that opens with a character that is also a word (文旅发), and drops the words before a code (根据文件浙政发)', () => {
    const keys = (s: string) => findDocNumbers(s, 'citation').map((n) => n.key);
    assert.deepEqual(keys('（文旅发〔2024〕3号）'), ['文旅发〔2024〕3号']);
    assert.deepEqual(keys('根据文件浙政发〔2024〕3号'), ['浙政发〔2024〕3号']);
  });

  it('starts no document at a line whose year is not in brackets, or that says more than the number', () => {
    for (const line of ['嘉政办发2018年12号', '嘉政办发〔2018〕12号文件精神', '根据嘉政办发〔2018〕12号和嘉政办发〔2018〕13号']) {
      assert.deepEqual(parseIssue(issueWith(line)).documents.filter((d) => d.number), [], line);
    }
  });
  it('reads a cited number a hard wrap broke before its 号 (国发〔2024〕7 / 号）) whole, and reports nothing in it', () => {
    const text = '为贯彻落实《国务院关于印发〈推动大规模设备更新和消费品以旧换新行动方案〉的通知》（国发〔2024〕7\n号）和省政府工作部署，制定本方案。';
    const [n] = findDocNumbers(text, 'citation');
    assert.equal(n.key, '国发〔2024〕7号');
    assert.ok(n.hasHao);
    const doc = `嘉兴市人民政府关于推动设备更新的通知\n嘉政发〔2024〕12号\n\n各县（市、区）人民政府：\n${text}\n\n嘉兴市人民政府\n2024年5月30日\n`;
    assert.deepEqual(analyze(doc).findings.filter((f) => f.ruleId.startsWith('doc-number/') && f.severity !== 'hint'), []);
  });

  it('reads a cited number a hard wrap broke between two digits of its serial (青政发〔2024〕1 / 1号）) whole', () => {
    const text = '为做好《青川市促进集成电路产业高质量发展若干政策》（青政发〔2024〕1\n1号）的兑现工作，现将申报指南印发给你们。';
    const [n] = findDocNumbers(text, 'citation');
    assert.equal(n.key, '青政发〔2024〕11号');
    assert.ok(n.hasHao);
    const doc = `青川市人民政府办公室关于印发申报指南的通知\n青政办发〔2024〕18号\n\n各县（市、区）人民政府：\n${text}\n\n青川市人民政府办公室\n2024年5月8日\n`;
    assert.deepEqual(analyze(doc).findings.filter((f) => f.ruleId.startsWith('doc-number/') && f.severity !== 'hint'), []);
    // Without 号 after it, a figure opening the next line is no part of the serial.
    assert.equal(findDocNumbers('（青政发〔2024〕1\n2．工作要求', 'citation')[0]?.serial, '1');
  });

  it('reads a cited number a hard wrap broke right after its opening bracket (岚政函〔 / 2025〕8号）) whole', () => {
    const [n] = findDocNumbers('《岚山市人民政府关于2024年度行政复议和行政应诉工作情况的报告》（岚政函〔\n2025〕8号）显示，', 'citation');
    assert.equal(n.key, '岚政函〔2025〕8号');
    assert.equal(findDocNumbers('（岚政函〔\n\n2025〕8号）', 'citation')[0]?.key, '岚政函〔2025〕8号');
    // Not over two line breaks and more: a bracket closing a line is then no part of the figure under it.
    assert.deepEqual(findDocNumbers('（岚政函〔\n\n\n2025〕8号）', 'citation'), []);
  });

  it('reads a cited number a hard wrap broke inside its year (〔2 / 024〕15号, 〔20 / 19〕15) whole', () => {
    const cited = '根据《青川市人民政府关于公布规范性文件清理结果的决定》（青政发〔2\n024〕15号）的部署，市政府办公室对以本办公室名义制发的行政规范性文件进行了清理。';
    const [n] = findDocNumbers(cited, 'citation');
    assert.equal(n.key, '青政发〔2024〕15号');
    assert.equal(n.year, '2024');
    // Without 号, a defect only read once the number is.
    const text = '本办法自2025年1月1日起施行，2019年印发的《青川市河长制工作考核办法》（青政办发〔20\n19〕15）同时废止。';
    assert.equal(findDocNumbers(text, 'citation')[0]?.key, '青政办发〔2019〕15号');
    const doc = `青川市人民政府办公室关于印发考核办法的通知\n青政办发〔2024〕22号\n\n各县（市、区）人民政府：\n${text}\n\n青川市人民政府办公室\n2024年6月3日\n`;
    const found = analyze(doc).findings.filter((f) => f.ruleId === 'doc-number/format');
    assert.deepEqual(found.map((f) => f.message), ['发文字号缺少“号”，应为“青政办发〔2019〕15号” (number must end with 号)']);
    // Only a whole four-digit year: a figure in brackets over a line break is no number.
    assert.deepEqual(findDocNumbers('（青政发〔2\n4〕15号）', 'citation'), []);
    assert.deepEqual(findDocNumbers('完成率（20\n3）5项', 'citation'), []);
  });
});
