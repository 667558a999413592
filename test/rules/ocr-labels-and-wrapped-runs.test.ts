import { strict as assert } from 'node:assert';
import { fixed, inject, run } from './helpers';

// An OCR'd issue: full-width digits, the letter l read for 1, a plan titled with its years in full-width digits.
const OCR = `岚山市人民政府关于印发岚山市安全生产治本攻坚三年行动实施方案（２０２４—２０２６年）的通知

岚政发〔2025〕9号

各县（市、区）人民政府，市政府各部门：

　　现将《岚山市安全生产治本攻坚三年行动实施方案（２０２４—２０２６年）》印发给你们，请认真组织实施。

岚山市人民政府

2025年3月27日

岚山市安全生产治本攻坚三年行动实施方案（２０２４—２０２６年）

　　为从根本上消除事故隐患，推动全市安全生产形势持续稳定向好，制定本方案。

　　一、重点任务

　　（一）安全风险隐患排查整治。

　　l．开展重大事故隐患专项排查整治行动，重点行业领域企业全覆盖。

　　2．建立重大事故隐患数据库，实行“闭环管理”。

　　3．推行企业安全生产标准化建设，规模以上企业达标率达到９５％以上。

　　（二）安全素质能力提升。

　　1．组织企业主要负责人和安全管理人员全员培训。

　　2．开展“安全生产月”等宣传教育活动。
`;

describe('cross-reference/plan-name: years in full-width digits', () => {
  it('reads （２０２４—２０２６年） after a plan\'s name as its years: 本方案 is the plan', () => {
    assert.deepEqual(run('cross-reference/plan-name', OCR), []);
    assert.deepEqual(run('cross-reference/plan-name', OCR.replace(/２０２４—２０２６/g, '2024—2026')), []);
  });

  it('still reports a self-reference of another kind', () => {
    const found = run('cross-reference/plan-name', inject(OCR, '制定本方案', '制定本办法'));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /“本办法”与文件名称/);
  });
});

describe('numbering: the letter l an OCR read for the 1 of a label', () => {
  it('reads l． as 1．: the list starts at 1, and numbering/label-mark asks for the digit', () => {
    assert.deepEqual(run('numbering/sequence', OCR), []);
    const found = run('numbering/label-mark', OCR);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^编号“l．”中的字母应为数字，应为“1．”/);
    assert.equal(fixed('numbering/label-mark', OCR), inject(OCR, '　　l．开展', '　　1．开展'));
    const paren = inject(OCR, '　　l．开展', '　　（ｌ）开展');
    assert.match(run('numbering/label-mark', paren)[0]?.message ?? '', /^编号“（ｌ）”中的字母应为数字，应为“（１）”/);
  });

  it('is quiet on the same list with digits, and on a line opening with a Latin word', () => {
    const digits = inject(OCR, '　　l．开展', '　　1．开展');
    assert.deepEqual(run('numbering/label-mark', digits), []);
    assert.deepEqual(run('numbering/sequence', digits), []);
    assert.deepEqual(run('numbering/label-mark', inject(digits, '　　2．建立', '　　2．建立\nl.e. 例如')), []);
  });
});

// The list under a count in brackets closing a lead-in.
const NAMED = `岚山市人民政府关于公布第三批市级非物质文化遗产代表性项目名录的通知

岚政发〔2025〕10号

各县（市、区）人民政府，市政府各部门：

　　经市政府同意，现公布第三批市级非物质文化遗产代表性项目名录（共６项）：

　　1．岚江号子（传统音乐，岚江区）

　　2．山阳剪纸（传统美术，山阳县）

　　3．石门竹编技艺（传统技艺，石门县）

　　4．岚山药膳制作技艺（传统医药，市中医院）

　　5．东岭庙会（民俗，东岭区）

　　6．岚山评话（曲艺，岚江区）

　　各地各有关部门要切实做好非物质文化遗产的保护、传承和利用工作。

岚山市人民政府

2025年4月2日
`;

describe('numbering/totals: （共N项）： closing a lead-in', () => {
  it('counts the list under it, in full- or half-width digits', () => {
    for (const claim of ['（共７项）：', '（共7项）：', '（共七项）：']) {
      const found = run('numbering/totals', inject(NAMED, '（共６项）：', claim));
      assert.equal(found.length, 1, claim);
      assert.match(found[0].message, /^称共[７7七]项，其下实际列出6项/);
    }
  });

  it('is quiet when the count agrees', () => {
    for (const claim of ['（共６项）：', '(共6项):', '（共六项）：']) assert.deepEqual(run('numbering/totals', inject(NAMED, '（共６项）：', claim)), [], claim);
  });
});

describe('labels a hard wrap left under 第 or an arrow', () => {
  const STEPS = `岚山市人力资源和社会保障局关于做好就业补贴申领工作的通知

岚人社规〔2025〕2号

各县（市、区）人力资源和社会保障局：

　　一、申领流程

　　（一）申请。申请人通过网上服务平台或经办机构窗口提交申请材料。

　　（二）审核。经办机构自受理之日起10个工作日内完成审核。

　　办理流程：①提交申请→②受理审核→③公示→④资金拨付。

　　二、工作要求

　　各地要认真贯彻“保护为主、抢救第一、合理利用、传承发展”的方针，切实做好工作。

岚山市人力资源和社会保障局

2025年5月8日
`;

  it('reads ④ after a line ending in → and 一、 after a line ending in 第 as the sentence going on', () => {
    const wrapped = inject(inject(STEPS, '③公示→④资金', '③公示→\n④资金'), '抢救第一、合理', '抢救第\n一、合理');
    for (const rule of ['numbering/sequence', 'numbering/hierarchy', 'typography/unbalanced-pairs']) assert.deepEqual(run(rule, wrapped), [], rule);
  });

  it('is quiet on the unwrapped text, and still reads a list of steps each on its own line', () => {
    for (const rule of ['numbering/sequence', 'numbering/hierarchy']) assert.deepEqual(run(rule, STEPS), [], rule);
    const skipped = inject(STEPS, '　　办理流程：①提交申请→②受理审核→③公示→④资金拨付。', '　　办理流程：\n\n①提交申请；\n\n②受理审核；\n\n④资金拨付。');
    assert.equal(run('numbering/sequence', skipped).length, 1);
  });
});

describe('responsible-unit/brackets: an annotation wrapped after a field\'s colon', () => {
  const TASKS = `岚山市2025年重点工作任务分解方案

　　一、着力稳增长扩内需

　　（一）扩大有效投资

　　1．争取上级资金支持

　　（1）争取超长期特别国债和中央预算内投资项目30个以上。（责任单位：市发展改革委、市财政局；完成时限：2025年10月底前）

　　（2）争取地方政府专项债券额度85亿元以上。（责任单位：市财政局、市发展改革委；完成时限：2025年9月底前）
`;

  it('joins （责任单位：…；完成时限： / 2025年9月底前） into one annotation', () => {
    const wrapped = inject(TASKS, '85亿元以上。（责任单位：市财政局、市发展改革委；完成时限：2025年9月底前）', '85亿元以上。\n（责任单位：市财政局、市发展改革委；完成时限：\n2025年9月底前）');
    assert.deepEqual(run('responsible-unit/brackets', wrapped), []);
    assert.deepEqual(run('typography/unbalanced-pairs', wrapped), []);
    assert.deepEqual(run('responsible-unit/brackets', TASKS), []);
  });

  it('still reports an annotation left open', () => {
    const open = inject(TASKS, '完成时限：2025年9月底前）', '完成时限：2025年9月底前。');
    assert.equal(run('responsible-unit/brackets', open).length, 1);
  });
});

describe('cross-reference/citation: a decision\'s adoption line under its title, no blank line between', () => {
  const DECREE = `岚山市人民政府令

第52号

　　《岚山市人民政府关于废止和修改部分规章的决定》已经2025年5月26日市人民政府第38次常务会议审议通过，现予公布，自公布之日起施行。

市长　周明远

2025年6月3日

岚山市人民政府关于废止和修改部分规章的决定
（2025年5月26日市人民政府第38次常务会议审议通过）
　　为维护法制统一，市人民政府决定：
　　一、废止《岚山市城市房屋拆迁管理办法》（2003年　市政府令第12号）。
　　二、本决定自公布之日起施行。
岚山市人民政府办公室关于开展规章和行政规范性文件清理工作的通知
岚政办发〔2025〕16号
各县（市、区）人民政府，市政府各部门：
　　根据《岚山市人民政府关于废止和修改部分规章的决定》（市政府令第52号），决定开展清理工作。
岚山市人民政府办公室
2025年6月10日
`;

  it('reads the title without the adoption line: the citation names the decision', () => {
    assert.deepEqual(run('cross-reference/citation', DECREE), []);
    assert.deepEqual(run('cross-reference/citation', DECREE.replace('决定\n（2025年5月26日', '决定\n\n（2025年5月26日')), []);
  });

  it('still reports a citation of another title', () => {
    assert.equal(run('cross-reference/citation', inject(DECREE, '根据《岚山市人民政府关于废止和修改部分规章的决定》', '根据《岚山市人民政府关于废止部分规章的决定》')).length, 1);
  });
});
