// Paragraphs join the lines of a sentence broken by extraction; each line's
// indent (spaces, tabs, U+3000, a BOM) is left out and offsets map back to the source.
import { strict as assert } from 'node:assert';
import { splitLines } from '../../server/src/engine/parse/lines';
import { buildParagraphs, sourceOffset } from '../../server/src/engine/parse/paragraphs';
import { hardWrapped } from '../rules/helpers';

function paragraphsOf(text: string) {
  const lines = splitLines(text);
  return buildParagraphs(lines, 0, lines.length, { reserved: new Set() });
}

describe('paragraphs', () => {
  it('leave out every kind of indent, and map their text back to the source', () => {
    // (A line holding a tab is a table row and stands alone: see the next test.)
    for (const indent of ['  ', '\u3000\u3000', '\ufeff', ' \u3000\ufeff ']) {
      const text = `${indent}各地要加强组织领导，\n${indent}确保工作落实。`;
      const [p, ...rest] = paragraphsOf(text);
      assert.equal(rest.length, 0, JSON.stringify(indent));
      assert.equal(p.text, '各地要加强组织领导，确保工作落实。', JSON.stringify(indent));
      for (const ch of ['各', '确', '。']) assert.equal(text[sourceOffset(p, p.text.indexOf(ch))], ch, JSON.stringify(indent));
    }
  });

  it('leave out a tab indent of a line that stands alone', () => {
    const [p] = paragraphsOf('\t \u3000各地要加强组织领导。');
    assert.equal(p.text, '各地要加强组织领导。');
    assert.equal(sourceOffset(p, 0), 3);
  });

  it('keep an indent character that is not white space', () => {
    const [p] = paragraphsOf('·各地要加强组织领导。');
    assert.equal(p.text, '·各地要加强组织领导。');
  });
  it('join an annotation a hard wrap broke after its second label (（牵头单位：市建设局；责任单位： / 市交通运输局）)', () => {
    const ps = paragraphsOf('新增城市停车泊位1万个。（牵头单位：市建设局；责任单位：\n市交通运输局、市综合执法局）\n七、持续打好污染防治攻坚战。');
    assert.deepEqual(ps.map((p) => p.text), ['新增城市停车泊位1万个。（牵头单位：市建设局；责任单位：市交通运输局、市综合执法局）', '七、持续打好污染防治攻坚战。']);
    // A lead-in ending with a colon outside any annotation still ends its paragraph.
    assert.equal(paragraphsOf('明确以下责任单位：\n市交通运输局负责道路建设。').length, 2);
  });

  it('join a heading\'s line a hard wrap broke after a 、 or a comma to the line after it', () => {
    const ps = paragraphsOf('　　一、本裁量基准所称裁量阶次，分为轻微、一般、\n较重、严重四个阶次。\n　　二、裁量原则\n　　坚持过罚相当。');
    assert.deepEqual(ps.map((p) => p.text), ['一、本裁量基准所称裁量阶次，分为轻微、一般、较重、严重四个阶次。', '二、裁量原则', '坚持过罚相当。']);
    assert.equal(paragraphsOf('一、本次共清理市政府规范性文件，\n共计25件。').length, 1);
  });

  it('join a heading\'s line a hard wrap broke between a figure and its measure word', () => {
    const ps = paragraphsOf('　　三、同意将白鹭乡的杨家村、李家村、花桥村3\n个村划归龙潭镇管辖。\n　　四、工作要求\n　　做好交接。');
    assert.deepEqual(ps.map((p) => p.text), ['三、同意将白鹭乡的杨家村、李家村、花桥村3个村划归龙潭镇管辖。', '四、工作要求', '做好交接。']);
    // A short title stands alone where the next line opens with no measure word.
    assert.equal(paragraphsOf('　　一、2025年\n　　重点任务如下。').length, 2);
  });

  it('join a heading\'s line a hard wrap broke after 至 in a span of dates', () => {
    const ps = paragraphsOf('　　（一）元旦：2026年1月1日（星期四）至\n1月3日（星期六）放假调休，共3天。\n　　（二）春节\n　　放假安排另行通知。');
    assert.deepEqual(ps.map((p) => p.text), ['（一）元旦：2026年1月1日（星期四）至1月3日（星期六）放假调休，共3天。', '（二）春节', '放假安排另行通知。']);
    assert.equal(paragraphsOf('　　一、2025年10月1日至\n　　10月8日放假调休。').length, 1);
    for (const [head, rest] of [['（星期一）至2', '026年1月11日（星期日）'], ['（星期一）至2026年', '1月11日（星期日）'], ['（星期一）至2026年1', '月11日（星期日）']]) {
      assert.equal(paragraphsOf(`　　（一）2025年10月13日${head}\n${rest}，共13周。\n　　（二）限行时段\n　　每日7时至20时。`).length, 3, head);
    }
    // A title ending in a word of its own stands alone.
    assert.equal(paragraphsOf('　　三、社会参与\n　　鼓励社会力量参与。').length, 2);
  });

  it('join a heading\'s line running to the page\'s width to the unindented words going on under it', () => {
    // Lines wrapped at 23 characters, indent counted: those of the lead set the page's width.
    const lead = '　　为深化“放管服”改革，推进行政许可标准化、规范化、便利化，根据《中华人民共和国行政许可法》和省人民政府有关规定，市人民政府决定公布市级行政许可事项清单。现将有关事项决定如下：';
    const item = '　　一、本次公布的市级行政许可事项共20项，涉及6个部门。其中，市发展改革委3项，市教育局2项，市公安局4项。';
    const text = hardWrapped([lead, item, '　　二、工作要求', '　　各部门要按照清单逐项编制行政许可事项实施规范和办事指南。'].join('\n'), 23);
    assert.ok(text.includes('共20项，涉\n及6个部门'));
    assert.deepEqual(paragraphsOf(text).map((p) => p.text), [lead.slice(2), item.slice(2), '二、工作要求', '各部门要按照清单逐项编制行政许可事项实施规范和办事指南。']);
    // A title as wide as the page stands alone over an indented paragraph or a heading, or where no width is shared.
    const title = '　　三、严格落实行政许可事项清单的管理工作要求';
    assert.equal(title.length, 23);
    const under = (...rest: string[]) => paragraphsOf(hardWrapped([lead, title, ...rest].join('\n'), 23)).map((p) => p.text);
    assert.deepEqual(under('　　各部门要按照清单逐项编制行政许可事项实施规范和办事指南。').slice(1, 3), [title.slice(2), '各部门要按照清单逐项编制行政许可事项实施规范和办事指南。']);
    assert.deepEqual(under('（一）各部门要按照清单逐项编制行政许可事项实施规范和办事指南。').slice(1, 3), [title.slice(2), '（一）各部门要按照清单逐项编制行政许可事项实施规范和办事指南。']);
    assert.equal(paragraphsOf([title, '各部门要按照清单逐项编制行政许可事项实施规范和办事指南。'].join('\n')).length, 2);
  });

  it('go on after a semicolon at a line\'s end into the line right under it, not over a blank line or into a heading', () => {
    const wrapped = paragraphsOf('其中，第一产业增加值214.6亿元，增长3.2%；\n第二产业增加值1142.8亿元，增长6.4%。');
    assert.deepEqual(wrapped.map((p) => p.text), ['其中，第一产业增加值214.6亿元，增长3.2%；第二产业增加值1142.8亿元，增长6.4%。']);
    assert.equal(paragraphsOf('（一）加强组织领导；\n（二）落实工作责任。').length, 2);
    assert.equal(paragraphsOf('各地要加强组织领导；\n\n确保工作落实。').length, 2);
    // Entries of a list, each opening as the one before: not one sentence a wrap broke.
    assert.equal(paragraphsOf('免去赵志强的某市发展和改革委员会副主任职务；\n免去孙丽华的某市教育局副局长职务；\n免去吴海涛的某市人民政府研究室主任职务；').length, 3);
  });
});

describe('paragraphs: a page\'s foot after a paragraph that closed', () => {
  it('stands alone: the text after the page break opens a paragraph of its own', () => {
    const text = ['林国华的某市教育局副局长职务；', '', '— 6 —', '', '某市人民政府公报  2026年第3期', '', '', '黄建军的某市交通运输局副局长职务；'].join('\n');
    const texts = paragraphsOf(text).map((p) => p.text);
    assert.ok(texts.includes('黄建军的某市交通运输局副局长职务；'), JSON.stringify(texts));
    assert.ok(!texts.some((t) => t.includes('—') && t.includes('黄建军')), JSON.stringify(texts));
    // Inside a sentence a wrap broke, the page's foot is still left out of it.
    const broken = ['各地要加强组织', '', '— 6 —', '', '某市人民政府公报  2026年第3期', '', '领导，确保工作落实。'].join('\n');
    assert.ok(paragraphsOf(broken).some((p) => p.text === '各地要加强组织领导，确保工作落实。'));
  });
});
