// structure/directory-header: a 发文目录 table whose header row names no
// columns ("- | | |" over "|---|---|"), a table broken in conversion.
import type { Rule } from '../types';

const rule: Rule = {
  id: 'structure/directory-header',
  category: 'structure',
  defaultSeverity: 'warning',
  description: '发文目录表格缺少列标题（文号、标题） (the 发文目录 table has an empty header row)',
  fixable: false,
  check(ctx) {
    const dir = ctx.issue.directory;
    if (!dir || dir.hasHeader || !dir.emptyHeaderRange) return;
    ctx.report({
      message: '发文目录表格的表头为空，缺少“文号”“标题”等列标题 (the 发文目录 table header names no columns)',
      range: dir.emptyHeaderRange,
      suggestions: [
        {
          title: '填入列标题“| 文号 | 标题 |” (name the columns)',
          edits: [{ range: dir.emptyHeaderRange, text: '| 文号 | 标题 |' }],
        },
      ],
    });
  },
};

export default rule;
