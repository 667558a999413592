// The workspace index keeps files that are not open without their lines and paragraphs: every check
// of an open file finds what it found with those files fully parsed.
import { strict as assert } from 'node:assert';
import { indexedIssue, lintIssue, parseIssue, WorkspaceIndex, type Finding, type Issue } from '../../server/src/engine';
import { corpus, corpusAvailable } from '../corpus';
import { INTERPRETATION } from '../fixtures/interpretation';
import { random } from '../random';

/** Unit names spelled another way here and there, and a document number changed: findings across files. */
function variant(text: string, next: () => number): string {
  return text
    .replace(/(责任单位|牵头单位|配合单位)([:：])([^〕）)\]\n]{2,80})/g, (m, label, colon, names: string) => {
      if (next() < 0.6) return m;
      const chars = [...names];
      const at = Math.floor(next() * chars.length);
      if (next() < 0.5) chars.splice(at, 1);
      else chars.splice(at, 0, '市');
      return label + colon + chars.join('');
    })
    .replace(/〔2018〕(\d+)号/, (m, n) => (next() < 0.5 ? m : `〔2018〕${Number(n) + 1}号`));
}

const shown = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.range.start}-${f.range.end} ${f.message} ${JSON.stringify(f.related ?? [])}`);

describe('engine: issues kept by the workspace index', function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('keep no lines or paragraphs, and the rest as parsed', () => {
    const full = parseIssue(corpus('SX'));
    const kept = indexedIssue(full);
    assert.deepEqual([kept.lines.length, kept.paragraphs.length], [0, 0]);
    assert.ok(full.paragraphs.length > 0, 'the parsed issue itself is left whole');
    assert.equal(kept.documents, full.documents);
    assert.equal(kept.numbers, full.numbers);
    assert.equal(kept.citations, full.citations);
  });

  it('keep the unit names written in running paragraphs, for responsible-unit/names', () => {
    // 市交通运输局 is named only in a paragraph of this draft, outside any task.
    const draft = ['嘉兴市人民政府办公室关于做好道路养护工作的通知', '', '嘉政办发〔2019〕50号', '', '各县（市、区）人民政府，市政府各部门：', '', '各地要做好道路养护工作（责任单位：市交通运输局）。', '', '嘉兴市人民政府办公室', '2019年5月1日', ''].join('\n');
    const open = corpus('J19').replace('(市生态环境局、市农业农村局负责)', '(市生态环境局、市交通局负责)');
    const ws = new WorkspaceIndex();
    ws.set('file:///draft.gazette', indexedIssue(parseIssue(draft)));
    const found = lintIssue(parseIssue(open), { workspace: ws, uri: 'file:///j19.gazette' }).filter((f) => f.ruleId === 'responsible-unit/names');
    assert.deepEqual(found.map((f) => f.related?.[0].uri), ['file:///draft.gazette']);
    assert.match(found[0].message, /市交通运输局/);
  });

  it('give every check of the open file the findings of fully parsed files', () => {
    const next = random(20261127);
    const sources = [corpus('J18'), corpus('J19'), corpus('SX'), INTERPRETATION.trimStart()];
    let compared = 0;
    let across = 0;
    for (let round = 0; round < 6; round++) {
      const texts = Array.from({ length: 5 }, (_, k) => variant(sources[(round + k) % sources.length], next));
      const full = texts.map((t) => parseIssue(t));
      const uris = texts.map((_, k) => `file:///ws/${round}/${k}.gazette`);
      for (let open = 0; open < texts.length; open++) {
        const whole = new WorkspaceIndex();
        const kept = new WorkspaceIndex();
        full.forEach((issue: Issue, k) => {
          whole.set(uris[k], issue);
          kept.set(uris[k], k === open ? issue : indexedIssue(issue));
        });
        const expected = shown(lintIssue(full[open], { workspace: whole, uri: uris[open] }));
        const found = shown(lintIssue(full[open], { workspace: kept, uri: uris[open] }));
        assert.deepEqual(found, expected, `round ${round}, file ${open}`);
        compared += expected.length;
        across += expected.filter((f) => f.includes('file:///ws/')).length;
      }
    }
    assert.ok(across > 0, `some findings point into other files (${across} of ${compared})`);
  });
});
