// numbering/sums on a figure the text states for the whole of a column of counts in a table with no 合计 row.
import { strict as assert } from 'node:assert';
import { run } from './helpers';

const RULE = 'numbering/sums';
const messages = (text: string) => run(RULE, text).map((f) => f.message);

/** A 一件事 清单 notice whose attachment lists the list's items with a column of counts and no 合计 row. */
const LIST = (sentence: string, header = '序号\t“一件事”名称\t涉及事项（项）\t牵头部门\t配合部门', cells = ['7', '6', '5', '6', '4']) =>
  [
    '沅州市人民政府办公室关于公布第二批“高效办成一件事”重点事项清单的通知', '', '沅政办发〔2025〕24号', '',
    '各县（市、区）人民政府，市政府各部门、各直属单位：', '',
    `　　${sentence}由各牵头部门会同配合部门组织实施。具体事项见附件。`, '',
    '　　附件：第二批“高效办成一件事”重点事项清单', '', '沅州市人民政府办公室', '', '2025年7月3日', '', '附件', '',
    '第二批“高效办成一件事”重点事项清单', '', header,
    `1\t新生儿出生\t${cells[0]}\t市卫生健康委\t市公安局、市医保局`,
    `2\t企业开办\t${cells[1]}\t市市场监管局\t市公安局、市税务局`,
    '', '— 3 —', '', '沅州市人民政府公报　2025年第7期', '', header,
    `3\t二手房转移登记及水电气联动过户\t${cells[2]}\t市自然资源和规划局\t市税务局、市水务集团`,
    `4\t退休\t${cells[3]}\t市人力资源社会保障局\t市医保局、市公安局`,
    `5\t企业信息变更\t${cells[4]}\t市市场监管局\t市税务局、市公安局`, '',
  ].join('\n');

describe(`${RULE}: a figure the text states for the whole of a column with no 合计 row`, () => {
  it('reports the list\'s count of matters that is not the column\'s sum (28)', () => {
    const text = LIST('第二批清单共5个“一件事”，涉及政务服务事项26项，');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), [
      '正文称涉及政务服务事项26项，附件表“涉及事项（项）”一列5行之和为28项 (the text states 26, the column\'s 5 rows add up to 28)',
    ]);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '26项');
    assert.equal(text.slice(found[0].related![0].range.start, found[0].related![0].range.end), '涉及事项（项）');
    // Wrapped between the name and its figure.
    assert.equal(messages(LIST('第二批清单共5个“一件事”，涉及政务服务\n事项30项，')).length, 1);
  });

  it('is quiet where the figure agrees, is not tied to the list, may count shared things or distinct names', () => {
    for (const text of [
      LIST('第二批清单共5个“一件事”，涉及政务服务事项28项，'),
      // No count of the list's rows in the sentence: the figure is not known to be the list's.
      LIST('全市已梳理政务服务事项26项，'),
      LIST('第二批清单共5个“一件事”。涉及政务服务事项26项，'),
      LIST('两批清单共12个“一件事”，涉及政务服务事项26项，'),
      // Rough, or a part.
      LIST('第二批清单共5个“一件事”，涉及政务服务事项约26项，'),
      // A blank cell: the column's sum is not known.
      LIST('第二批清单共5个“一件事”，涉及政务服务事项26项，', undefined, ['7', '6', '', '6', '4']),
      // Departments the rows share: the text counts each once.
      LIST('第二批清单共5个“一件事”，涉及部门12个，', '序号\t“一件事”名称\t涉及部门（个）\t牵头部门\t配合部门'),
      // The matters named row by row: the text may count the distinct ones.
      LIST('第二批清单共5个“一件事”，涉及政务服务事项26项，', '序号\t“一件事”名称\t涉及事项（项）\t涉及事项名称\t牵头部门'),
    ]) assert.deepEqual(messages(text), [], text.split('\n')[6]);
  });
});
