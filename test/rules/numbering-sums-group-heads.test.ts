// numbering/sums: a table's group row (一、税收收入 with figures) against the rows under it.
import { strict as assert } from 'node:assert';
import { run } from './helpers';

const RULE = 'numbering/sums';

const notice = (rows: string[], header = '项目\t年初预算\t调整预算') =>
  [
    '某市人民政府关于提请审议某市2026年市级预算调整方案的议案', '', '某政发〔2026〕19号', '', '市人大常委会：', '',
    '　　市级一般公共预算收入调整情况见下表。', '', '单位：万元', '', header, ...rows, '', '　　以上调整报请审议。', '',
    '某市人民政府', '2026年9月2日', '',
  ].join('\n');
const messages = (rows: string[], header?: string) => run(RULE, notice(rows, header)).map((f) => f.message);

const table = [
  '一、税收收入\t382000\t368000',
  '　增值税\t182000\t176500',
  '　企业所得税\t86000\t80200',
  '　个人所得税\t31000\t31800',
  '　其他税收收入\t83000\t79500',
  '二、非税收入\t118000\t134900',
  '　专项收入\t36000\t38500',
  '　行政事业性收费收入\t21000\t19800',
  '　罚没收入\t12000\t11200',
  '　国有资源（资产）有偿使用收入\t49000\t65400',
  '合计\t500000\t502900',
];

describe(`${RULE}: a group's row against the rows under it`, () => {
  it('reports a group row whose column the rows under it do not make, another column adding up', () => {
    assert.deepEqual(messages(table), []);
    assert.deepEqual(messages(table.map((r) => r.replace('80200', '80020'))), [
      '“一、税收收入”一行为368000，其下4行之和为367820 (the group\'s row is not the sum of the 4 rows under it: 367820)',
    ]);
    // Items labelled a level lower, no indent.
    let n = 0;
    const labelled = table.map((r) => (r.startsWith('　') ? `（${'一二三四'[n++ % 4]}）${r.slice(1)}` : ((n = 0), r)));
    assert.equal(messages(labelled.map((r) => r.replace('65400', '64500'))).length, 1);
  });

  it('is quiet on some of the group (no column adds) and on 其中 rows', () => {
    // The main taxes only: no column adds up, the rows are not the whole group.
    assert.deepEqual(messages(table.filter((r) => !r.includes('其他税收收入'))), []);
    // Some of the group, whose changes happen to add up: no proof.
    const some = ['一、一般公共服务\t300\t330\t20', '　人大事务\t120\t130\t10', '　政府办公厅\t80\t90\t10', '二、教育\t100\t90\t-10', '　普通教育\t60\t50\t-10', '　职业教育\t40\t40\t0', '合计\t400\t420\t10'];
    assert.deepEqual(messages(some, '项目\t年初预算\t调整预算\t增减'), []);
    const detail = ['一、税收收入\t382000\t368000', '　其中：增值税\t182000\t176500', '　　　　企业所得税\t86000\t80020', '二、非税收入\t118000\t134900', '合计\t500000\t502900'];
    assert.deepEqual(messages(detail), []);
  });
});
