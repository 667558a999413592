// numbering/totals on a statement in the paragraph right over a numbered table: 本目录共包括…5大类12项 against the
// table's numbered rows and the classes its 类别 column names.
import { strict as assert } from 'node:assert';
import { run, suggested } from './helpers';

const RULE = 'numbering/totals';
const messages = (text: string) => run(RULE, text).map((f) => f.message);

const ROWS = [
  ['工程建设项目招标投标', '施工', '单项合同估算价400万元以上'],
  ['工程建设项目招标投标', '重要设备、材料等货物', '单项合同估算价200万元以上'],
  ['政府采购', '集中采购目录内项目', '全部'],
  ['政府采购', '分散采购项目', '100万元以上'],
  ['国有产权交易', '企业国有产权转让', '全部'],
  ['其他公共资源交易', '排污权交易', '全部'],
];

/** A notice and the catalogue it prints: `statement` in the paragraph over its table (rows as `rows` gives them). */
const catalogue = (statement: string, rows = ROWS.map((r, k) => [String(k + 1), ...r].join('\t')), between: string[] = []) =>
  [
    '某市人民政府办公室关于印发某市公共资源交易目录的通知', '', '某政办发〔2025〕8号', '', '各区人民政府，市政府各部门：', '',
    '　　经市政府同意，现将《某市公共资源交易目录》印发给你们，请认真贯彻执行。', '', '某市人民政府办公室', '', '2025年3月2日', '',
    '某市公共资源交易目录', '', statement, '', ...between, '序号	类别	交易项目	进场交易标准', ...rows, '',
    '　　本目录由市公共资源交易管理委员会办公室负责解释，自2025年4月1日起施行。', '',
  ].join('\n');
const stating = (classes: string, items: string) =>
  `　　本目录共包括工程建设项目招标投标、政府采购、国有产权交易、其他公共资源交易${classes}大类${items}项。列入本目录的项目，应当进入公共资源交易平台交易。`;

describe(`${RULE}: 共…N大类M项 over a numbered table`, () => {
  it('is quiet where the classes and items are those of the table', () => {
    assert.deepEqual(messages(catalogue(stating('4', '6'))), []);
    assert.deepEqual(messages(catalogue(stating('四', '六'))), []);
    // A class written once over the rows it spans (merged cells).
    const merged = ROWS.map((r, k) => [String(k + 1), k > 0 && ROWS[k - 1][0] === r[0] ? '' : r[0], r[1], r[2]].join('\t'));
    assert.deepEqual(messages(catalogue(stating('4', '6'), merged)), []);
  });

  it('reports items and classes the table does not have, with the table and a fix', () => {
    const found = run(RULE, catalogue(stating('4', '7')));
    assert.deepEqual(found.map((f) => f.message), ['称4大类7项，下表实际列出6项 (states 7 items, the table under it lists 6)']);
    const text = catalogue(stating('4', '7'));
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '7项');
    assert.match(text.slice(found[0].related![0].range.start, found[0].related![0].range.end), /^序号\t类别/);
    assert.match(suggested(RULE, catalogue(stating('四', '七'))), /四大类六项/);
    assert.deepEqual(messages(catalogue(stating('5', '6'))), ['称5大类，下表实际分为4类 (states 5 classes, the table under it has 4)']);
    // A hard wrap inside the statement.
    assert.equal(messages(catalogue(stating('4', '7').replace('政府采购、', '政府采购、\n'))).length, 1);
  });

  it('reads the classes from a column of class names only, and rows that number the classes as no items', () => {
    const aligned = (cells: (r: string[], k: number) => string[]) => ROWS.map((r, k) => [String(k + 1), ...cells(r, k)].join('\t'));
    const header = (names: string) => (text: string) => text.replace('序号	类别	交易项目	进场交易标准', names);
    // A code for each row beside the class's name; a 小类 column before the 大类 one.
    const coded = header('序号	类别代码	类别名称	交易项目	进场交易标准')(catalogue(stating('4', '6'), aligned((r, k) => [`A0${k + 1}`, ...r])));
    assert.deepEqual(messages(coded), []);
    assert.deepEqual(messages(coded.replace('4大类', '5大类')), ['称5大类，下表实际分为4类 (states 5 classes, the table under it has 4)']);
    const minorFirst = header('序号	小类	大类	进场交易标准')(catalogue(stating('4', '6'), aligned((r) => [r[1], r[0], r[2]])));
    assert.deepEqual(messages(minorFirst), []);
    assert.deepEqual(messages(minorFirst.replace('4大类', '5大类')), ['称5大类，下表实际分为4类 (states 5 classes, the table under it has 4)']);
    // A class merged over its rows that left them no cell (the converter dropped it): the columns are not known.
    const dropped = ROWS.map((r, k) => [String(k + 1), ...(k > 0 && ROWS[k - 1][0] === r[0] ? r.slice(1) : r)].join('\t'));
    assert.deepEqual(messages(catalogue(stating('4', '6'), dropped)), []);
    assert.deepEqual(messages(catalogue(stating('4', '7'), dropped)), ['称4大类7项，下表实际列出6项 (states 7 items, the table under it lists 6)']);
    // One numbered row a class, its items named inside it.
    const byClass = ['1	工程建设项目招标投标	施工、货物', '2	政府采购	集中采购、分散采购', '3	国有产权交易	企业国有产权转让', '4	其他公共资源交易	排污权交易'];
    assert.deepEqual(messages(catalogue(stating('4', '6'), byClass)), []);
  });

  it('stays quiet where the statement is not right over the table, or counts no items', () => {
    assert.deepEqual(messages(catalogue(stating('4', '7'), undefined, ['　　列入本目录的项目，按照下表执行。', ''])), []);
    // Classes alone: no items stated.
    assert.deepEqual(messages(catalogue('　　本目录共分为5大类。')), []);
    // 共 in another sentence than the count.
    assert.deepEqual(messages(catalogue('　　本目录共修订两次。现分为5大类7项。')), []);
  });
});
