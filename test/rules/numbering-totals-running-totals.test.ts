import { strict as assert } from 'node:assert';
import { documentText, hardWrapped, run } from './helpers';

const RULE = 'numbering/totals';

/** The notice a running total is read in. */
const notice = (...paragraphs: string[]) =>
  documentText({
    title: '某市人民政府关于认定第四批市级重点龙头企业的通知', number: '某政发〔2026〕3号', to: '各县（区）人民政府，市政府各部门：',
    paragraphs, signer: '某市人民政府', date: '2026年1月15日',
  });
const messages = (...paragraphs: string[]) => run(RULE, notice(...paragraphs)).map((f) => f.message);

describe(`${RULE}: a running total said as 截至2025年底 or 目前, and the difference given after the total in its own sentence`, () => {
  const batch = '经评审，新认定云溪茶业有限公司等18家企业为市级重点龙头企业（共18家）。';
  const since = (lead: string, after: number) => `此前，全市已认定三批市级重点龙头企业共126家。${lead}全市市级重点龙头企业共${after}家。`;
  const parks = (after: number, added: number) => `全市城市公园共32个。此前，全市已建成口袋公园48个。目前，全市口袋公园共${after}个，其中今年新建${added}个。`;
  const valid = [
    batch,
    since('截至2025年底，', 144),
    since('截止2025年12月31日，', 144),
    since('截至目前', 144),
    parks(65, 17),
  ];

  it('is quiet where the difference is a count the document gives, also hard-wrapped', () => {
    assert.deepEqual(messages(...valid), []);
    assert.deepEqual(run(RULE, hardWrapped(notice(...valid), 23)), []);
    assert.deepEqual(run(RULE, hardWrapped(notice(...valid), 17)), []);
    // A date that is no running total's word (2025年底前完成).
    assert.deepEqual(messages(batch, since('2025年底前，', 148)), []);
  });

  it('reports a running total after 截至…年底 or 截止…日 the document adds no count to', () => {
    const text = notice(batch, since('截至2025年底，', 148));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), [
      '截至2025年底共148家，减去此前的126家为22家，本文件未见此数 (the running total less the earlier one is 22, a count the document does not give)',
    ]);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '148家');
    assert.equal(messages(batch, since('截止2025年12月31日，', 146)).length, 1);
    assert.equal(messages(batch, since('截至目前', 146)).length, 1);
  });

  it('reads the count after the total in its own sentence (共65个，其中今年新建17个), and reports it where it is not the difference', () => {
    assert.deepEqual(messages(parks(66, 17)), [
      '目前共66个，减去此前的48个为18个，本文件未见此数 (the running total less the earlier one is 18, a count the document does not give)',
    ]);
  });
});
