// The workspace index files again only the issue that changed; its answers are those of an index
// built from scratch over every issue, in the same order.
import { strict as assert } from 'node:assert';
import { parseIssue, WorkspaceIndex, type IndexedDocument, type Issue } from '../../server/src/engine';
import { random } from '../random';

/** Every document filed from scratch, in the order of the issues (as the index was first written). */
function fromScratch(issues: Map<string, Issue>) {
  const byNumber = new Map<string, IndexedDocument[]>();
  const byTitle = new Map<string, IndexedDocument[]>();
  const push = (map: Map<string, IndexedDocument[]>, key: string, item: IndexedDocument) => map.set(key, [...(map.get(key) ?? []), item]);
  for (const [uri, issue] of issues) {
    for (const document of issue.documents) {
      const item = { uri, document };
      if (document.number) push(byNumber, document.number.key, item);
      push(byTitle, document.title.norm, item);
      if (document.preTitle) push(byTitle, document.preTitle.norm, item);
      for (const part of document.parts) if (part.kind === 'attached' && part.title) push(byTitle, part.title.norm, item);
    }
  }
  return { byNumber, byTitle };
}

const TITLES = ['嘉兴市人民政府关于表扬先进集体的通报', '嘉兴市人民政府办公室关于做好示范工作的通知', '嘉兴市人民政府关于印发实施方案的通知'];

/** An issue of one to three documents drawn from a few titles and numbers, so that keys are shared. */
function draft(next: () => number): string {
  const docs: string[] = [];
  for (let i = 0, n = 1 + Math.floor(next() * 3); i < n; i++) {
    const title = TITLES[Math.floor(next() * TITLES.length)];
    docs.push([title, '', `嘉政发〔2018〕${1 + Math.floor(next() * 4)}号`, '', '各县(市、区)人民政府:', '', '现将有关事项通知如下。', '', '嘉兴市人民政府', '2018年5月1日', ''].join('\n'));
  }
  return docs.join('\n\n');
}

describe('engine: workspace index', () => {
  it('answers as an index built from scratch, after any sequence of sets and deletes', () => {
    const next = random(20261126);
    const pool = Array.from({ length: 12 }, () => parseIssue(draft(next)));
    const keys = new Set<string>();
    for (const issue of pool) for (const d of issue.documents) {
      if (d.number) keys.add(d.number.key);
      keys.add(d.title.norm);
    }
    assert.ok(pool.some((i) => i.documents.length > 1), 'some drafts have several documents');
    for (let round = 0; round < 200; round++) {
      const index = new WorkspaceIndex();
      const model = new Map<string, Issue>();
      const given: [IndexedDocument[], IndexedDocument[]][] = [];
      for (let step = 0; step < 25; step++) {
        const uri = `file:///ws/${Math.floor(next() * 5)}.gazette`;
        if (next() < 0.25) {
          index.delete(uri);
          model.delete(uri);
        } else {
          const issue = pool[Math.floor(next() * pool.length)];
          index.set(uri, issue);
          model.set(uri, issue);
        }
        if (next() < 0.5) continue; // several changes between lookups
        const expected = fromScratch(model);
        for (const key of keys) {
          const same = (got: IndexedDocument[], want: IndexedDocument[] = []) => {
            assert.ok(got.length === want.length && got.every((g, i) => g.uri === want[i].uri && g.document === want[i].document), `round ${round} step ${step}: ${key}`);
            given.push([got, [...got]]);
          };
          same(index.findByNumber(key), expected.byNumber.get(key));
          same(index.findByTitle(key), expected.byTitle.get(key));
        }
        assert.deepStrictEqual(index.uris(), [...model.keys()]);
      }
      // A list handed out never changes afterwards.
      for (const [list, copy] of given) assert.ok(list.length === copy.length && list.every((x, i) => x === copy[i]), `round ${round}: a list changed after it was handed out`);
    }
  });

  it('does not change a list it has handed out', () => {
    const index = new WorkspaceIndex();
    const issue = parseIssue(draft(random(1)));
    const key = issue.documents[0].title.norm;
    index.set('file:///a.gazette', issue);
    const given = index.findByTitle(key);
    const before = [...given];
    index.set('file:///b.gazette', issue);
    index.delete('file:///a.gazette');
    index.findByTitle(key);
    assert.deepStrictEqual(given, before);
  });
});
