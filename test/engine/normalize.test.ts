import { strict as assert } from 'node:assert';
import { normalize } from '../../server/src/engine/parse/text';
import { random } from '../random';

// The folding as one replace(): what normalize must give, however it is computed.
const FOLD: Record<string, string> = {
  '（': '(', '）': ')', '，': ',', '：': ':', '；': ';', '！': '!', '？': '?',
  '［': '〔', '］': '〕', '[': '〔', ']': '〕', '－': '-', '—': '-', '–': '-', '～': '~', '．': '.',
};
const reference = (s: string) => s.replace(/[ \t\u3000\n\r\u00a0\ufeff]|\*\*|[（），：；！？［］[\]－—–～．]/g, (m) => FOLD[m] ?? '');

describe('normalize', () => {
  it('drops whitespace and emphasis and folds punctuation to one width', () => {
    assert.equal(normalize('（一）**加强 组织\u3000领导**'), '(一)加强组织领导');
    assert.equal(normalize('嘉政办发［2018］ 12号'), '嘉政办发〔2018〕12号');
    assert.equal(normalize('***'), '*');
    assert.equal(normalize('2018—2020年：目标；措施！'), '2018-2020年:目标;措施!');
    assert.equal(normalize('无需折叠的文字'), '无需折叠的文字');
    assert.equal(normalize(''), '');
  });

  it('gives what one replace() gives, on random texts', () => {
    const pieces = [...Object.keys(FOLD), ' ', '\t', '\u3000', '\n', '\r', '\u00a0', '\ufeff', '*', '**', '关', '于', '1', 'a', '〔', '、', '😀'];
    const rnd = random(7);
    for (let n = 0; n < 20000; n++) {
      let s = '';
      const length = Math.floor(rnd() * 16);
      for (let k = 0; k < length; k++) s += pieces[Math.floor(rnd() * pieces.length)];
      assert.equal(normalize(s), reference(s), JSON.stringify(s));
    }
  });
});
