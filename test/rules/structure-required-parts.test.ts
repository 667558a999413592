import { strict as assert } from 'node:assert';
import { analyze, parseIssue } from '../../server/src/engine';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'structure/required-parts';
const ADDRESSEE = '各县(市、区)人民政府,市政府各部门、直属各单位:';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  // J18:44-125: 嘉政发〔2018〕30号 and 嘉政办发〔2018〕68号, both complete.
  const base = () => excerpt('J18', 44, 125);

  it('is quiet on complete documents, 印发 and 转发 notices, interpretations and appointments (whole corpus)', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags an addressee that lost its colon, and the fix adds the colon the file uses', () => {
    const text = inject(base(), `${ADDRESSEE}\n\n为切实`, `${ADDRESSEE.slice(0, -1)}\n\n为切实`);
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [26]);
    assert.match(found[0].message, /缺少冒号/);
    assert.equal(fixed(RULE, text), base());
  });

  it('flags a missing addressee', () => {
    const text = inject(base(), `${ADDRESSEE}\n\n为切实`, '为切实');
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /缺少主送机关/);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '嘉政办发〔2018〕68号');
  });

  it('flags a missing 成文日期 under the organ', () => {
    const text = inject(base(), '嘉兴市人民政府办公室\n2018年12月3日', '嘉兴市人民政府办公室');
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /缺少成文日期/);
  });

  it('flags a missing signing organ above the date', () => {
    const text = inject(base(), '嘉兴市人民政府办公室\n2018年12月3日', '2018年12月3日');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [80]);
    assert.match(found[0].message, /缺少发文机关署名/);
  });

  it('flags a missing 落款 altogether', () => {
    const text = inject(base(), '嘉兴市人民政府办公室\n2018年12月3日', '');
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /缺少落款/);
  });

  it('flags a missing title (the previous 落款 right above the number) once', () => {
    const text = inject(base(), '嘉兴市人民政府办公室关于切实加强文教融合 促进学生全面发展的意见\n\n嘉政办发', '嘉政办发');
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /缺少文件标题/);
  });

  it('does not demand an addressee of a 公告', () => {
    const text = inject(inject(base(), `${ADDRESSEE}\n\n为切实`, '为切实'), '促进学生全面发展的意见', '促进学生全面发展的公告');
    assert.deepEqual(run(RULE, text), []);
  });

  it('does not demand a 落款 of minutes (纪要), which end with who attended', () => {
    const minutes = [
      '某市人民政府第38次常务会议纪要', '', '某政纪〔2024〕4号', '',
      '2024年3月18日，市长张三主持召开市政府第38次常务会议。会议议定事项纪要如下：', '',
      '一、审议通过《某市城市地下管线管理办法（草案）》', '', '会议原则同意该办法草案。', '',
      '出席：张三、李四、王五', '列席：市政府各部门主要负责同志', '',
    ].join('\n');
    assert.deepEqual(run(RULE, minutes), []);
    // A notice in the same place still needs one.
    assert.equal(run(RULE, minutes.replace('常务会议纪要', '常务会议的通知')).filter((f) => /落款/.test(f.message)).length, 1);
  });

  it('handles the SX layout (plan title before the notice, 附件 after the 落款)', () => {
    const text = excerpt('SX', 1297, 1413); // 48号 with its table
    assert.deepEqual(run(RULE, text), []);
    const noColon = inject(text, '市政府各部门、各单位:', '市政府各部门、各单位');
    assert.equal(fixed(RULE, noColon), text);
  });

  it('recognises a single organ as an addressee without its colon', () => {
    const text = inject(base(), `${ADDRESSEE}\n\n为切实`, '市教育局\n\n为切实');
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /缺少冒号/);
    assert.equal(fixed(RULE, text), inject(base(), `${ADDRESSEE}\n\n为切实`, '市教育局:\n\n为切实'));
  });

  it('reads an addressee a blank line cut (…人民政府、直属 / / 各单位:) as one, and leaves it whole', () => {
    const text = inject(base(), `${ADDRESSEE}\n\n为切实`, '各县(市、区)人民政府,市政府各部门、直属\n\n各单位:\n\n为切实');
    assert.deepEqual(run(RULE, text), []);
    assert.equal(fixed(RULE, text), text);
    // Still a missing colon where the line after the blank is the body, not the addressee's tail.
    const body = inject(base(), `${ADDRESSEE}\n\n为切实`, `${ADDRESSEE.slice(0, -1)}\n\n为切实`);
    assert.match(run(RULE, body)[0].message, /缺少冒号/);
    const decision = inject(base(), `${ADDRESSEE}\n\n为切实`, `${ADDRESSEE.slice(0, -1)}\n\n市政府决定：\n\n为切实`);
    assert.match(run(RULE, decision)[0].message, /缺少冒号/);
  });
});

describe(`${RULE}: a 联系电话： a wrap put at a line's start near the issue's end`, () => {
  const notice = (contact: string[]) =>
    [
      '某市人民政府公报', '', '2025年第7期（总第151期）', '', '某市人民政府办公室主办　　2025年7月25日出版', '',
      '某市人民政府办公室关于做好2025年度招商引资奖励政策申报工作的通知', '', '某政办发〔2025〕22号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　一、申报时间', '', '　　申报时间为2026年1月5日至2月28日。逾期未申报的，视为自动放弃。', '',
      '　　二、有关要求', '', ...contact, '', '某市人民政府办公室', '', '2025年7月16日', '', '（此件公开发布）',
    ].join('\n');

  it('reads it as the paragraph going on, not as the colophon: the 落款 under it is the document\'s', () => {
    const wrapped = ['　　各县（市、区）要加大政策宣传力度。申报过程中如有问题，请与市商务局投资促进科联系（', '联系电话：0596－8812345）。'];
    assert.deepEqual(run(RULE, notice(wrapped)), []);
    assert.deepEqual(run('typography/unbalanced-pairs', notice(wrapped)), []);
  });

  it('still reads a colophon of its own under the last document', () => {
    const text = notice(['　　各县（市、区）要加大政策宣传力度。']) + '\n\n主办单位：某市人民政府办公室\n\n联系电话：0596－8812345\n\n内部资料　免费交流';
    assert.deepEqual(run(RULE, text), []);
    assert.ok(parseIssue(text).colophon, 'colophon');
  });

  it('reads a 公告\'s 联系方式 (联系电话： on a line of its own) over its 落款 as the document\'s, not as the colophon', () => {
    const announcement = [
      '某市人民政府公报', '', '2025年第9期（总第137期）', '', '某市人民政府办公室主办　　2025年8月29日出版', '',
      '某市自然资源和规划局国有建设用地使用权挂牌出让公告', '', '某自然资告〔2025〕9号', '',
      '　　经某市人民政府批准，某市自然资源和规划局决定以挂牌方式出让3宗国有建设用地使用权。现将有关事项公告如下：', '',
      '　　一、挂牌时间：2025年8月14日9时至2025年8月26日10时。', '', '　　二、联系方式与银行账户', '',
      '　　联系地址：某市兰江区澧兴大道168号', '', '　　联系人：周先生　刘女士', '', '　　联系电话：0736-7221856　0736-7221873', '',
      '　　开户单位：某市公共资源交易中心', '', '　　开户银行：中国建设银行某市分行营业部', '', '　　账　　号：43050168360800000917', '',
    ];
    const signed = [...announcement, '某市自然资源和规划局', '', '2025年7月22日'].join('\n');
    assert.deepEqual(run(RULE, signed), []);
    assert.equal(parseIssue(signed).colophon, undefined);
    // Without its 落款 the 公告 is still flagged, and a colophon under the 落款 is still read.
    assert.match(run(RULE, announcement.join('\n'))[0]?.message ?? '', /缺少落款/);
    assert.ok(parseIssue(`${signed}\n\n主办单位：某市人民政府办公室\n\n联系电话：0596－8812345`).colophon, 'colophon');
  });
});

describe(`${RULE}: a decision made known by 公告 (房屋征收决定)`, () => {
  const decision = (body: string[]) =>
    [
      '某市人民政府关于沂河路东段旧城区改建项目国有土地上房屋征收的决定', '', '某政发〔2025〕16号', '',
      ...body, '', '某市人民政府', '', '2025年8月12日', '', '（此件公开发布）',
    ].join('\n');
  const opening = '　　为改善旧城区居民居住条件，根据《国有土地上房屋征收与补偿条例》等规定，市政府决定对沂河路东段旧城区改建项目范围内的国有土地上房屋实施征收。现将有关事项决定如下：';
  const rest = ['一、征收范围', '东至建设路，南至沂河北岸防洪堤，西至文昌街，北至健康路。', '二、签约期限', '签约期限为60日。'];

  it('is quiet without a 主送机关, whatever the line breaks, when the decision takes effect on its 公告', () => {
    const closing = '三、本决定自公告之日起生效。';
    assert.deepEqual(run(RULE, decision([opening.slice(2), ...rest, closing])), []);
    assert.deepEqual(run(RULE, decision([opening, '', ...rest.map((l) => '　　' + l), '', '　　三、本决定自公', '告之日起生效。'])), []);
    const remedy = '三、被征收人对本决定不服的，可以自本决定公告之日起60日内申请行政复议。';
    assert.deepEqual(run(RULE, decision([opening.slice(2), ...rest, remedy])), []);
  });

  it('still flags a decision without 主送机关 that takes effect on its 公布', () => {
    const found = run(RULE, decision([opening.slice(2), ...rest, '三、本决定自公布之日起施行。']));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /缺少主送机关/);
  });
});

describe(`${RULE}: a decree signed with its date on the signer's line`, () => {
  const decree = (signed: string) =>
    [
      '某市人民政府令', '', '第12号', '', '《某市城市绿化管理办法》已经市人民政府常务会议审议通过，现予公布，自2024年6月1日起施行。', '', signed, '',
      '某市城市绿化管理办法', '', '第一条　为了促进城市绿化事业发展，制定本办法。', '', '第二条　本办法自2024年6月1日起施行。', '',
      '《某市城市绿化管理办法》政策解读', '', '　　《某市城市绿化管理办法》共2条，自2024年6月1日起施行。', '',
    ].join('\n');

  it('reads the date there, and the rules after it as the decree\'s', () => {
    assert.deepEqual(run(RULE, decree('市长　王建国\n2024年4月15日')), []);
    assert.deepEqual(run(RULE, decree('市长　王建国　　2024年4月15日')), []);
    const found = analyze(decree('市长　王建国　　2024年4月31日')).findings.map((f) => f.ruleId);
    assert.deepEqual(found, ['structure/date']);
    assert.deepEqual(parseIssue(decree('市长　王建国　　2024年4月15日')).documents[0].parts.map((p) => p.title?.norm), [undefined, '某市城市绿化管理办法']);
  });
});
