// The TextMate grammar, tokenised with the same engine VS Code uses.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar } from 'vscode-textmate';
import { CORPUS, REPO, corpusAvailable } from './lspClient';

let grammar: IGrammar;

/** The scopes of the token covering the first occurrence of `needle` on a line. */
function scopesAt(line: string, needle: string): string[] {
  const at = line.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in "${line}"`);
  const { tokens } = grammar.tokenizeLine(line, INITIAL);
  const token = tokens.find((t) => t.startIndex <= at && at < t.endIndex)!;
  return token.scopes;
}

function hasScope(line: string, needle: string, scope: string): void {
  const scopes = scopesAt(line, needle);
  assert.ok(scopes.some((s) => s.startsWith(scope)), `"${needle}" in "${line}": ${scopes.join(' ')} lacks ${scope}`);
}

describe('grammar: text.gazette', () => {
  before(async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async () => JSON.parse(fs.readFileSync(path.join(REPO, 'syntaxes/gazette.tmLanguage.json'), 'utf8')),
    });
    grammar = (await registry.loadGrammar('text.gazette'))!;
  });

  it('marks document numbers with issuer, year and serial', () => {
    const line = '嘉政办发〔2018〕72号';
    hasScope(line, '嘉政办发', 'entity.name.tag.issuer');
    hasScope(line, '2018', 'constant.numeric.year');
    hasScope(line, '72', 'constant.numeric.serial');
    hasScope('| 嘉政发[2018]30 号 | 标题 |', '30', 'constant.numeric.serial');
    // Two-character codes, a government's main series, and a department's code (with a full year and 号).
    hasScope('(国发〔2017〕48号)', '国发', 'entity.name.tag.issuer');
    hasScope('杭政〔2023〕15号', '杭政', 'entity.name.tag.issuer');
    hasScope('沪府规〔2023〕3号', '沪府规', 'entity.name.tag.issuer');
    hasScope('（财税[2019]13号）', '财税', 'entity.name.tag.issuer');
    hasScope('嘉政发〔２０１８〕６８号', '６８', 'constant.numeric.serial');
    hasScope('某政办发﹝2024﹞16号', '16', 'constant.numeric.serial'); // lookalikes of 〔〕
    hasScope('某政发〈2022〉8号', '某政发', 'entity.name.tag.issuer');
    assert.ok(!scopesAt('完成情况(2019)12', '12').some((s) => s.startsWith('constant.numeric.serial')), 'figures after a bracketed year, without 号 and a code, are no number');
  });

  it('marks heading labels of every level, also behind Markdown residue', () => {
    hasScope('一、总体要求', '一、', 'keyword.other.heading-label.level-1');
    hasScope('(三)强化保障。', '(三)', 'keyword.other.heading-label.level-2');
    hasScope('2. 加强组织领导', '2.', 'keyword.other.heading-label.level-3');
    hasScope('(1)构建体系', '(1)', 'keyword.other.heading-label.level-4');
    hasScope('１．落实属地责任。', '１．', 'keyword.other.heading-label.level-3'); // full-width digits
    hasScope('（２）加强执法检查。', '（２）', 'keyword.other.heading-label.level-4');
    hasScope('- (一)明确目标', '(一)', 'keyword.other.heading-label.level-2');
    hasScope('第一条 为了规范', '第一条', 'keyword.other.heading-label');
    hasScope('第二部分　总体要求', '第二部分', 'keyword.other.heading-label');
    hasScope('1.1 编制目的和依据', '1.1', 'keyword.other.heading-label.decimal');
  });

  it('marks unit annotations, dates, titles, TOC pages, section headers and links', () => {
    const task = '(一)新增一批景观公园。〔责任单位:市建委,各县(市、区)政府〕';
    hasScope(task, '责任单位', 'keyword.other.unit-label');
    hasScope(task, '市建委', 'entity.name.type.unit');
    hasScope('推广新能源汽车。﹝责任单位：市交通运输局﹞', '市交通运输局', 'entity.name.type.unit');
    hasScope('2018 年 12 月 25 日', '2018', 'constant.numeric.date');
    hasScope('根据《国务院关于开展第三次全国土地调查的通知》(国发〔2017〕48号)', '国务院', 'string.quoted.other.book-title');
    hasScope('(嘉政发〔2018〕30 号) (2)', '(2)', 'constant.numeric.page');
    hasScope('【市政府文件】', '市政府文件', 'entity.name.section');
    hasScope('网址:<http://www.jiaxing.gov.cn>)', 'http', 'markup.underline.link');
  });

  it('tokenises every corpus line without error and finds its numbers', function () {
    if (!corpusAvailable()) this.skip();
    let numbers = 0;
    for (const file of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt'))) {
      let state = INITIAL;
      for (const line of fs.readFileSync(path.join(CORPUS, file), 'utf8').split(/\r?\n/)) {
        const result = grammar.tokenizeLine(line, state);
        state = result.ruleStack;
        numbers += result.tokens.filter((t) => t.scopes.some((s) => s.startsWith('constant.numeric.serial'))).length;
      }
    }
    assert.ok(numbers > 100, `only ${numbers} numbers found`);
  });
});
