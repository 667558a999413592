// An issue in a layout none of the corpus files use (Markdown headings, "- … ..... （1）"
// TOC entries, full-width punctuation, a 政策解读 piece): the parser must read it and the
// rules must stay quiet on it, then catch defects injected into it.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseIssue } from '../../server/src/engine';
import { assertClean, itCatches } from '../rules/helpers';

const TEXT = readFileSync(path.join(__dirname, '../fixtures/markdown-issue.md'), 'utf8');

describe('an issue in another layout (Markdown, full-width punctuation)', () => {
  it('is read whole: masthead, TOC with sections, documents, the 政策解读', () => {
    const issue = parseIssue(TEXT);
    assert.equal(issue.masthead!.issueNo!.value, 3);
    assert.equal(issue.masthead!.totalNo!.value, 215);
    assert.deepEqual(issue.toc!.sections.map((s) => s.name), ['市政府文件', '市政府办公室文件', '政策解读']);
    assert.deepEqual(issue.toc!.entries.map((e) => e.page), [1, 4, 5, 7]);
    assert.deepEqual(
      issue.documents.map((d) => [d.kind, d.number?.key]),
      [
        ['document', '某政发〔2024〕5号'],
        ['document', '某政发〔2024〕6号'],
        ['document', '某政办发〔2024〕11号'],
        ['interpretation', undefined],
      ],
    );
    const [d5] = issue.documents;
    assert.equal(d5.title.norm, '某市人民政府关于印发某市优化营商环境若干措施的通知');
    assert.equal(d5.parts[1].title!.norm, '某市优化营商环境若干措施');
    assert.equal(d5.tasks.filter((t) => t.annotations.length).length, 5);
    assert.deepEqual(d5.attachmentDecls.map((a) => a.number), [1, 2]);
  });

  it('gives no errors or warnings on the clean text', () => {
    assertClean(TEXT);
  });

  itCatches(TEXT, [
    ['a [] year in the body number', '某政发〔2024〕6号\n', '某政发[2024]6号\n', 'doc-number/format'],
    ['a TOC number that disagrees with the body', '（某政办发〔2024〕11号）', '（某政办发〔2024〕12号）', 'doc-number/'],
    ['a skipped (二)', '（二）压缩审批时限', '（三）压缩审批时限', 'numbering/'],
    ['a task without its unit among annotated siblings', '〔责任单位：市司法局〕', '', 'responsible-unit/missing'],
    ['an annotation closed by ]', '〔责任单位：市司法局〕', '〔责任单位：市司法局]', 'responsible-unit/brackets'],
    ['a TOC title that differs from the body', '- 某市人民政府关于公布第二批', '- 某市人民政府关于公布第三批', 'cross-reference/'],
  ]);
});
