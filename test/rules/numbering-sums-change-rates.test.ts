// numbering/sums: a column of changes in percent (调整幅度) against the figures before and after it in the same row.
import { strict as assert } from 'node:assert';
import { run } from './helpers';

const RULE = 'numbering/sums';

describe(`${RULE}: a column of changes (原标准 | 调整后标准 | 调整幅度)`, () => {
  const notice = (rows: string[], header = '序号\t结构类型\t原标准（元/平方米）\t调整后标准（元/平方米）\t调整幅度') =>
    [
      '某市人民政府关于调整征收集体土地上房屋补偿标准的通知', '', '某政发〔2026〕10号', '', '各区人民政府，市政府各部门：', '',
      '　　市政府决定调整征收集体土地上房屋补偿标准。现将有关事项通知如下：', '', header, ...rows, '', '某市人民政府', '2026年5月10日', '',
    ].join('\n');
  const rows = ['1\t钢混结构\t1380\t1520\t10.1%', '2\t砖混结构\t1180\t1300\t10.2%', '3\t砖木结构\t920\t1010\t9.8%', '4\t简易结构\t460\t500\t8.7%'];

  it('reports the one row whose change the two figures do not give', () => {
    const found = run(RULE, notice([rows[0].replace('10.1%', '11.1%'), ...rows.slice(1)]));
    assert.deepEqual(found.map((f) => f.message), ['调整幅度为11.1%，按本行调整后标准（元/平方米）÷原标准（元/平方米）−1应约为10.1% (the change is not this row\'s 调整后标准（元/平方米） over 原标准（元/平方米）: about 10.1%)']);
    const header = '序号\t结构类型\t原标准（元/平方米）\t调整后标准（元/平方米）\t调整幅度（%）';
    assert.equal(run(RULE, notice(rows.map((r) => r.replace('%', '')).map((r, i) => (i === 2 ? r.replace('9.8', '8.9') : r)), header)).length, 1);
  });

  it('is quiet on changes that fit, on a decrease, and where no pair gives most rows', () => {
    assert.deepEqual(run(RULE, notice(rows)), []);
    assert.deepEqual(run(RULE, notice([...rows.slice(0, 3), '4\t简易结构\t500\t460\t-8.0%'])), []);
    // Three rows: two fitting are too few to take the pair for the column's figures.
    assert.deepEqual(run(RULE, notice([rows[0].replace('10.1%', '11.1%'), ...rows.slice(1, 3)])), []);
    // The growth over a figure the table does not give.
    assert.deepEqual(run(RULE, notice(['1\t钢混结构\t1380\t1520\t6.3%', '2\t砖混结构\t1180\t1300\t5.2%', '3\t砖木结构\t920\t1010\t4.8%', '4\t简易结构\t460\t500\t3.7%'])), []);
  });
});

describe(`${RULE}: a budget table's changes (年初预算 | 调整预算 | 增减额 | 增减%), signed`, () => {
  const rows = [
    '增值税\t182000\t176500\t-5500\t-3.0',
    '企业所得税\t86000\t80200\t-5800\t-6.7',
    '个人所得税\t31000\t31800\t+800\t+2.6',
    '城市维护建设税\t24500\t23900\t-600\t-2.4',
    '其他税收收入\t58500\t55600\t-2900\t-5.0',
    '专项收入\t36000\t38500\t+2500\t+6.9',
    '行政事业性收费收入\t21000\t19800\t-1200\t-5.7',
    '罚没收入\t12000\t11200\t-800\t-6.7',
  ];
  const notice = (body: string[]) =>
    [
      '某市人民政府关于提请审议某市2026年市级预算调整方案的议案', '', '某政发〔2026〕19号', '', '市人大常委会：', '',
      '　　市级一般公共预算收入调整情况见下表。', '', '单位：万元', '', '项目\t年初预算\t调整预算\t增减额\t增减%', ...body, '',
      '　　以上调整报请审议。', '', '某市人民政府', '2026年9月2日', '',
    ].join('\n');
  const messages = (body: string[]) => run(RULE, notice(body)).map((f) => f.message);

  it('reports a change in percent or in amount that the row does not give, a sign before it or not', () => {
    assert.deepEqual(messages(rows), []);
    assert.deepEqual(messages(rows.map((r) => r.replace(/\t\+/g, '\t'))), []);
    assert.deepEqual(messages(rows.map((r) => r.replace('+800\t+2.6', '+800\t+2.8'))), [
      '增减%为+2.8，按本行调整预算÷年初预算−1应约为2.6% (the change is not this row\'s 调整预算 over 年初预算: about 2.6%)',
    ]);
    assert.deepEqual(messages(rows.map((r) => r.replace('-600\t', '-700\t'))), [
      '增减额为-700，按本行调整预算−年初预算应为-600 (the change is not this row\'s 调整预算 less 年初预算: -600)',
    ]);
    // Two slips among eight rows, the others fitting; not among five.
    assert.equal(messages(rows.map((r) => r.replace('+2.6', '+2.8').replace('-2.4', '-2.9'))).length, 2);
    assert.deepEqual(messages(rows.slice(0, 5).map((r) => r.replace('+2.6', '+2.8').replace('-2.4', '-2.9'))), []);
  });

  it('is quiet on a column of changes over a figure the table does not give', () => {
    const growth = ['增值税\t176500\t-5500\t-3.0', '企业所得税\t80200\t-5800\t-6.7', '个人所得税\t31800\t+800\t+2.6', '罚没收入\t11200\t-800\t-6.7'];
    assert.deepEqual(run(RULE, notice(growth).replace('年初预算\t', '')), []);
  });
});
