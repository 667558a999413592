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
