// numbering/totals on a 人事任免's counts: 任命8名同志职务，免去4名同志职务： against the 任命 and 免去 entries under it,
// counted by person.
import { strict as assert } from 'node:assert';
import { run, suggested } from './helpers';

const RULE = 'numbering/totals';
const messages = (text: string) => run(RULE, text).map((f) => f.message);

/** A 人事任免 section: its lead-in, then its entries (a line each, blank lines between). */
const section = (leadIn: string, entries: string[]) =>
  ['【市政府人事任免】', '', '（2025年4月份）', '', `　　${leadIn}`, '', ...entries.flatMap((e) => [`　　${e}`, '']), ''].join('\n');

/** Entries grouped by department, a department's name on a line of its own. */
const byDepartment = [
  '市发展和改革委员会',
  '任命王建华为市发展和改革委员会副主任（试用期一年）；',
  '免去赵国庆的市发展和改革委员会副主任职务。',
  '市教育局',
  '任命李晓燕、陈志远为市教育局副局长（试用期一年）；',
  '免去钱丽华的市教育局副局长职务。',
  '市人民政府办公室（市政府研究室）',
  '任命周文斌为市人民政府办公室副主任，免去其市交通运输局副局长职务。',
];

describe(`${RULE}: the counts of a 人事任免`, () => {
  const lead = (appointed: string, removed: string) => `经市人民政府第36次常务会议研究决定，任命${appointed}名同志职务，免去${removed}名同志职务：`;

  it('counts the people appointed and removed, several to an entry or named again by 其', () => {
    assert.deepEqual(messages(section(lead('4', '3'), byDepartment)), []);
    assert.deepEqual(messages(section(lead('5', '3'), byDepartment)), ['称任命5名，实际列出4名 (announces 5 people, 4 are listed)']);
    assert.deepEqual(messages(section(lead('4', '2'), byDepartment)), ['称免去2名，实际列出3名 (announces 2 people, 3 are listed)']);
    assert.match(suggested(RULE, section(lead('四', '3'), byDepartment.slice(0, 6))), /任命三名同志职务，免去2名同志职务/);
  });

  it('counts a clause that goes on with the verb before it (任命张三为…，李四为…)', () => {
    const entries = ['任命张三为市教育局局长，李四为市财政局副局长；', '免去王五的市教育局局长职务。'];
    assert.deepEqual(messages(section('经市政府研究决定，任命2名同志职务，免去1名同志职务：', entries)), []);
    assert.deepEqual(messages(section('经市政府研究决定，任命3名同志职务，免去1名同志职务：', entries)), ['称任命3名，实际列出2名 (announces 3 people, 2 are listed)']);
  });

  it('reads the entries under 任命： and 免去： subheadings, and a lead-in wrapped over lines', () => {
    const entries = ['任命：', '张三同志任市教育局局长；', '李四为市财政局副局长。', '免去：', '王五同志的市教育局局长职务；', '赵六的市财政局副局长职务。'];
    assert.deepEqual(messages(section('经市政府研究决定，任命2名同志职务，免去2名同志职务：', entries)), []);
    assert.deepEqual(messages(section('经市政府研究决定，任命3名同志职务，免去2名同志职务：', entries)), ['称任命3名，实际列出2名 (announces 3 people, 2 are listed)']);
    assert.deepEqual(messages(section('经市政府研究决定，任免4名\n同志职务：', entries)), []);
    assert.deepEqual(messages(section('经市政府研究决定，任免5名\n同志职务：', entries)), ['称任免5名，实际列出4名 (announces 5 people, 4 are listed)']);
  });

  it('stays quiet where an entry cannot be read or the count is not over the entries', () => {
    // An entry in another form (the post before the name): the count would be a guess.
    const odd = [...byDepartment.slice(0, 6), '任命市公安局副局长人选一名（另行公布）。'];
    assert.deepEqual(messages(section(lead('9', '3'), odd)), []);
    // A count closing a sentence with no entries under it.
    assert.deepEqual(messages(section('经市人民政府研究决定，任命9名同志职务。', ['各单位要做好工作交接。'])), []);
  });

  it('reads a lead-in closing its sentence with no colon over the entries right under it', () => {
    assert.deepEqual(messages(section('经市人民政府第36次常务会议研究决定，任命4名同志职务，免去3名同志职务。', byDepartment)), []);
    assert.deepEqual(messages(section('经市人民政府研究决定，任命9名同志职务。', byDepartment)), ['称任命9名，实际列出4名 (announces 9 people, 4 are listed)']);
    // Only the counts of the sentence over the entries: not last year's in the one before.
    assert.deepEqual(messages(section('2024年共任免12名同志职务。经市人民政府研究决定，任命4名同志职务，免去3名同志职务。', byDepartment)), []);
    // An entry closing its sentence is none (任命…为市第一人民医院院长。: no count of 一人).
    const entries = ['任命张三为市第一人民医院院长。', '任命李四为市第二人民医院副院长。', '任命王五为市第三人民医院副院长。'];
    assert.deepEqual(messages(section('经市卫生健康委党组研究决定，任命3名同志职务：', entries)), []);
  });
});

describe(`${RULE}: a two-character name padded to the width of three (李　娜为…)`, () => {
  const notice = (count: number) =>
    [
      '某市人民政府关于王志刚等同志职务任免的通知', '', '某政任〔2025〕6号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　经市人民政府研究决定，任免下列同志职务（共${count}人）：`, '', '　　任命：', '', '　　王志刚为市发展和改革委员会副主任；', '',
      '　　李　娜为市教育局副局长；', '', '　　陈东升、张　伟为市政府办公室副主任（试用期一年）。', '', '　　免去：', '',
      '　　赵建华的市交通运输局副局长职务；', '', '　　孙　萍的市审计局副局长职务，退休。', '', '某市人民政府', '', '2025年9月5日', '',
    ].join('\n');

  it('counts the padded names with the others', () => {
    assert.deepEqual(messages(notice(6)), []);
    assert.deepEqual(messages(notice(7)), ['称任免7人，实际列出6人 (announces 7 people, 6 are listed)']);
  });
});

describe(`${RULE}: numbered parts 一、任命 / 二、免去 (no colon) under a 任免通知's lead-in`, () => {
  const notice = (appointed: number, wrap = false) =>
    [
      '某市人民政府关于王立新等同志职务任免的通知', '', '某政人〔2026〕3号', '', '各县（市、区）人民政府，市政府各部门：', '',
      wrap ? `　　经市人民政府研究决定，任命王立新等${appointed}名同志职\n务，免去陈海波等2名同志职务。` : `　　经市人民政府研究决定，任命王立新等${appointed}名同志职务，免去陈海波等2名同志职务。`,
      '', '　　一、任命', '', '　　王立新为某市住房和城乡建设局副局长；', '', '　　刘春燕为某市教育局副局长；', '',
      '　　赵子健为某市交通运输局副局长（试用期一年）。', '', '　　二、免去：', '', '　　陈海波的某市住房和城乡建设局副局长职务；', '',
      '　　林国华的某市教育局副局长职务。', '', '某市人民政府', '', '2026年3月20日', '',
    ].join('\n');

  it('counts the entries under each numbered part', () => {
    assert.deepEqual(messages(notice(3)), []);
    assert.deepEqual(messages(notice(3, true)), []);
    assert.deepEqual(messages(notice(4)), ['称任命4名，实际列出3名 (announces 4 people, 3 are listed)']);
    assert.deepEqual(messages(notice(4, true)), ['称任命4名，实际列出3名 (announces 4 people, 3 are listed)']);
  });

  it('reads on past a page\'s foot between the entries', () => {
    const footed = (n: number) => notice(n).replace('副局长职务；\n\n', '副局长职务；\n\n— 6 —\n\n某市人民政府公报  2026年第3期\n\n\n');
    assert.ok(footed(3).includes('— 6 —'));
    assert.deepEqual(messages(footed(3)), []);
    assert.deepEqual(messages(footed(4)), ['称任命4名，实际列出3名 (announces 4 people, 3 are listed)']);
  });
});
