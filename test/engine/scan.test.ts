// matchesFrom finds what a global regex scan finds, from indexOf of the pattern's first literal.
import * as assert from 'assert';
import { matchesFrom } from '../../server/src/engine/rules/shared/scan';
import { random } from '../random';

describe('matchesFrom (literal-led patterns found by indexOf)', () => {
  const cases: [string | string[], string][] = [
    [['”', '》'], '([”》])[ \\t]*、[ \\t]*([“《])'],
    ['令', '令([ \\t]*)(第)?([ \\t]*)(\\d{1,4})([ \\t]*)号'],
    ['and', '\\band\\b'],
    ['附件', '附件[ \\t]*(\\d{1,2})'],
    ['令令', '令令?令'], // matches that could overlap
  ];
  it('gives the matches of a global scan, in order and not overlapping, on random text', () => {
    const rnd = random(17);
    const alphabet = ['”', '》', '、', '“', '《', '令', '第', '1', '23', '号', ' ', 'a', 'n', 'd', 's', '附', '件', '\n'];
    for (const [lead, source] of cases) {
      for (let n = 0; n < 400; n++) {
        let text = '';
        const length = Math.floor(rnd() * 40);
        for (let k = 0; k < length; k++) text += alphabet[Math.floor(rnd() * alphabet.length)];
        const from = Math.floor(rnd() * (text.length + 1));
        const global = new RegExp(source, 'g');
        global.lastIndex = from;
        const want: [number, string][] = [];
        for (let m; (m = global.exec(text)); ) want.push([m.index, m[0]]);
        const got = matchesFrom(text, lead, new RegExp(source, 'y'), from).map((m): [number, string] => [m.index, m[0]]);
        assert.deepStrictEqual(got, want, JSON.stringify({ source, text, from }));
      }
    }
  });
});
