import { strict as assert } from 'node:assert';
import { documentText, hardWrapped, run } from './helpers';

const RULE = 'numbering/totals';

/** The 通报 the shares and the listed sums are read in. */
const report = (...paragraphs: string[]) =>
  documentText({
    title: '某市人民政府办公室关于2025年市人大代表建议和市政协提案办理工作情况的通报', number: '某政办发〔2025〕40号', to: '各县（区）人民政府，市政府各部门：',
    paragraphs, signer: '某市人民政府办公室', date: '2025年10月10日',
  });

describe(`${RULE}: a share against its part and its whole (在…231件建议中，A类98件，占42.4%; 占…收入的73.1%)`, () => {
  const valid = [
    '在主办的231件建议中，所提问题已经解决或者基本解决的（A类）98件，占42.4%；列入计划逐步解决的（B类）107件，占46.3%；暂时难以解决的（C类）26件，占11.3%。',
    '全市一般公共预算收入86.42亿元，增长5.8%。其中，税收收入63.18亿元，增长4.9%，占一般公共预算收入的73.1%；非税收入23.24亿元，增长8.3%。',
    '全市一般公共预算支出142.65亿元，增长3.6%。其中，民生支出113.26亿元，占一般公共预算支出的79.4%。',
    '共检查生产经营单位860家，其中规模以上企业120家，占比为13.9%。',
    '全市新增就业1.62万人，其中高校毕业生4830人，占29.8%。',
    // A share of a whole the text does not give, a bound, a rough share, a share of another figure in the paragraph.
    '全市粮食产量48.6万吨，占全省的5.2%。城镇燃气等领域隐患占排查隐患总数的62.4%。',
    '其中，民营企业126家，占60%以上；外资企业约占12%。',
    '共有企业500家，其中规上企业200家。规上企业中，高新技术企业80家，占40.0%。',
    // A share right after 其中 names its part in words: the figure before is the whole's.
    '全市实有市场主体3.2万户，新登记市场主体18500户，其中个体工商户占68.3%。',
  ];

  it('is quiet on shares the figures give, rounded or cut, and where the whole is not given', () => {
    assert.deepEqual(run(RULE, report(...valid)), []);
  });

  it('is quiet on the same text hard-wrapped', () => {
    assert.deepEqual(run(RULE, hardWrapped(report(...valid), 23)), []);
  });

  it('flags a share the part and the whole of its breakdown do not give', () => {
    const found = run(RULE, report(valid[0].replace('占46.3%', '占47.3%')));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /占比47\.3%与所列部分÷总数（约46\.3%）不符/);
  });

  it('flags a share of a whole the text names (占…的), in 亿元', () => {
    const found = run(RULE, report(valid[1].replace('73.1%', '75.1%')));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /约73\.1%/);
  });

  it('flags a share after 其中 in the same sentence, and with 占比为', () => {
    const found = run(RULE, report(valid[3].replace('13.9%', '19.3%')));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /约14\.0%/);
  });

  it('is quiet on a share whose clause names its own part in words with no figure (农村人口占35.0%, 上年占比为44.7%)', () => {
    const named = [
      '全市常住人口120.5万人，其中城镇人口78.3万人，占65.0%，农村人口占35.0%。',
      '全市规模以上工业增加值466.7亿元。其中，高新技术产业增加值215.6亿元，增长9.2%，占46.2%，上年占比为44.7%。',
      '全市共招录公务员320名，其中女性168名，占52.5%，女性中硕士研究生以上学历的占40.5%。',
    ];
    assert.deepEqual(run(RULE, report(...named)), []);
    assert.deepEqual(run(RULE, hardWrapped(report(...named), 23)), []);
    // The share right after its part stays read.
    assert.deepEqual(run(RULE, report(named[0].replace('占65.0%', '占56.0%'))).map((f) => f.message), [
      '占比56.0%与所列部分÷总数（约65.0%）不符 (the share is not the part over its whole: about 65.0%)',
    ]);
  });
});

describe(`${RULE}: shares listed after 分别占, a whole given in the share's name, and a change given with the whole`, () => {
  const messages = (...paragraphs: string[]) => run(RULE, report(...paragraphs)).map((f) => f.message);
  const valid = [
    // Shares after 分别占 paired in order with the parts before them, with the whole named or not.
    '全市地区生产总值2586.4亿元。其中，第二产业增加值1023.5亿元，第三产业增加值1376.7亿元，分别占地区生产总值的39.6%和53.2%。',
    '全市常住人口120.5万人，其中城镇人口78.3万人、农村人口42.2万人，分别占65.0%、35.0%。',
    '全市地区生产总值2586.4亿元。其中，第一产业增加值186.2亿元，增长3.6%；第二产业增加值1023.5亿元，比上年增加50.2亿元；第三产业增加值1376.7亿元，比上年增加80.1亿元，分别占7.2%、39.6%和53.2%。',
    // The whole's figure in the share's name.
    '在主办的建议中，A类建议98件，占主办建议总数231件的42.4%；B类建议107件，占主办建议总数231件的46.3%。',
    // A change given with the whole or with the part is neither.
    '全市一般公共预算收入86.42亿元，比上年增加4.73亿元。其中，税收收入63.18亿元，比上年增加2.1亿元，占73.1%。',
  ];

  it('is quiet where each share is its part over the whole, also hard-wrapped', () => {
    assert.deepEqual(messages(...valid), []);
    assert.deepEqual(run(RULE, hardWrapped(report(...valid), 23)), []);
    assert.deepEqual(run(RULE, hardWrapped(report(...valid), 17)), []);
  });

  it('flags a share after 分别占 that its part in order does not give, at that share', () => {
    const text = report(valid[0].replace('和53.2%', '和55.2%'));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['占比55.2%与所列部分÷总数（约53.2%）不符 (the share is not the part over its whole: about 53.2%)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '55.2%');
    assert.deepEqual(messages(valid[2].replace('7.2%、', '8.2%、')), ['占比8.2%与所列部分÷总数（约7.2%）不符 (the share is not the part over its whole: about 7.2%)']);
    assert.deepEqual(messages(valid[1].replace('65.0%', '56.0%')), ['占比56.0%与所列部分÷总数（约65.0%）不符 (the share is not the part over its whole: about 65.0%)']);
  });

  it('flags a share of a whole given in its name (占主办建议总数231件的47.3%)', () => {
    const text = report(valid[3].replace('42.4%', '47.3%'));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['占比47.3%与所列部分÷总数（约42.4%）不符 (the share is not the part over its whole: about 42.4%)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '占主办建议总数231件的47.3%');
  });

  it('flags a share of a whole after which the text gives its change (比上年增加4.73亿元。其中，…)', () => {
    assert.deepEqual(messages(valid[4].replace('73.1%', '75.1%')), ['占比75.1%与所列部分÷总数（约73.1%）不符 (the share is not the part over its whole: about 73.1%)']);
  });
});

describe(`${RULE}: figures listed with 、 and added up after them (建议268件、提案315件，共计583件)`, () => {
  const valid = [
    '市政府系统共承办市人大代表建议268件、市政协提案315件，共计583件。',
    '全市新建学校3所、改扩建学校5所，共8所；发行新增债券6.2亿元、再融资债券3.65亿元，合计9.85亿元。',
    // Items that are not all figures in the total's measure, a rough item, a breakdown of another whole, counts of
    // another measure.
    '安排教育支出3亿元、卫生健康等民生支出，共9亿元。新建学校3所、改扩建学校约5所，共9所。',
    // The last two joined by 和, 及, 以及 (not the 和 of a name); figures after 分别, the names before it no items.
    '市级资金1200万元、县级资金800万元和乡镇资金300万元，合计2300万元。新建学校3所、改扩建学校5所以及迁建学校2所，共10所。',
    '市住房和城乡建设局3个、市交通运输局2个，共5个。城区、乡镇分别有中小学校28所、46所，共74所。',
    '全市有学校20所，其中新建3所、改扩建5所，共涉及学生9000人。检查企业120家、个体户300户，共查处问题50个。',
  ];

  it('is quiet where the figures add up, and where the items are not all figures of the total', () => {
    assert.deepEqual(run(RULE, report(...valid)), []);
    assert.deepEqual(run(RULE, hardWrapped(report(...valid), 23)), []);
  });

  it('flags a total the figures listed before it do not add up to', () => {
    const found = run(RULE, report(valid[0].replace('共计583件', '共计593件')));
    assert.deepEqual(found.map((f) => f.message), ['称共计593件，所列2项之和为583件 (the 2 figures listed add up to 583, not 593)']);
    assert.deepEqual(run(RULE, report(valid[1].replace('9.85亿元', '9.95亿元'))).map((f) => f.message), [
      '称合计9.95亿元，所列2项之和为9.85亿元 (the 2 figures listed add up to 9.85, not 9.95)',
    ]);
  });

  it('reads the last two figures joined by 和, 及 or 以及, and the figures after 分别', () => {
    const messages = (text: string) => run(RULE, report(text)).map((f) => f.message);
    assert.deepEqual(messages(valid[3].replace('合计2300万元', '合计2400万元')), ['称合计2400万元，所列3项之和为2300万元 (the 3 figures listed add up to 2300, not 2400)']);
    assert.deepEqual(messages(valid[3].replace('共10所', '共11所')), ['称共11所，所列3项之和为10所 (the 3 figures listed add up to 10, not 11)']);
    assert.deepEqual(messages('共承办市人大代表建议268件和市政协提案315件，共计593件。'), ['称共计593件，所列2项之和为583件 (the 2 figures listed add up to 583, not 593)']);
    assert.deepEqual(messages(valid[4].replace('共74所', '共72所')), ['称共72所，所列2项之和为74所 (the 2 figures listed add up to 74, not 72)']);
    assert.deepEqual(messages('教育、卫生支出分别为3亿元和5亿元，共9亿元。'), ['称共9亿元，所列2项之和为8亿元 (the 2 figures listed add up to 8, not 9)']);
    // A sum named over the list by 以上 and its count at once.
    const three = '安排医保补助1.26亿元、救助资金0.86亿元、残疾人补贴0.42亿元，以上三项合计2.54亿元。';
    assert.deepEqual(messages(three), []);
    assert.deepEqual(messages(three.replace('2.54亿元', '2.64亿元')), ['称合计2.64亿元，所列3项之和为2.54亿元 (the 3 figures listed add up to 2.54, not 2.64)']);
    assert.deepEqual(messages(three.replace('以上三项', '以上两项')), []);
  });
});
