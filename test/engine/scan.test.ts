// matchesFrom finds what a global regex scan finds, from indexOf of the pattern's first literal.
import * as assert from 'assert';
import { allMatches, matchesFrom, matchesNear } from '../../server/src/engine/rules/shared/scan';
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

describe('matchesNear (patterns holding a literal near their start, tried only before it)', () => {
  const cases: [string, number, string][] = [
    // numbering/totals' count of a table's items: 决策事项共9项, 共列收费项目8项.
    ['共', 12, '([\\u4e00-\\u9fff]{2,12})共[ \\t]*([一两二三九十]{1,3}|[0-9]{1,3})[ \\t]*项|共(?:列|计)?([\\u4e00-\\u9fff]{2,12}?)[ \\t]*([一两二三九十]{1,3}|[0-9]{1,3})[ \\t]*项'],
    ['共', 2, '[a共]{1,2}共共?'], // matches that could overlap, the lead inside and at the start
    ['令', 0, '令[0-9]+'],
  ];
  it('gives the matches of a global scan, in order and not overlapping, on random text', () => {
    const rnd = random(29);
    const alphabet = ['共', '项', '列', '计', '决', '策', '事', '9', '12', '三', ' ', 'a', '令', '\n'];
    for (const [lead, reach, source] of cases) {
      for (let n = 0; n < 600; n++) {
        let text = '';
        const length = Math.floor(rnd() * 50);
        for (let k = 0; k < length; k++) text += alphabet[Math.floor(rnd() * alphabet.length)];
        const global = new RegExp(source, 'g');
        const want: [number, string][] = [];
        for (let m; (m = global.exec(text)); ) want.push([m.index, m[0]]);
        const got = matchesNear(text, lead, reach, new RegExp(source, 'y')).map((m): [number, string] => [m.index, m[0]]);
        assert.deepStrictEqual(got, want, JSON.stringify({ source, text }));
      }
    }
  });
});

describe('allMatches (a global pattern\'s matches without matchAll\'s copy of it)', () => {
  it('gives what matchAll gives, empty matches and astral characters included, and leaves the pattern reusable', () => {
    const texts = ['', '共12项，其中已完成8项、正在推进4项。', 'a𠀀b', '12 34\n5'];
    const sources: [string, string][] = [['[0-9]+', 'g'], ['(?:)', 'g'], ['(?:)', 'gu'], ['[0-9]*', 'g'], ['其中|[。；;]', 'g']];
    for (const [source, flags] of sources) {
      const re = new RegExp(source, flags);
      for (const text of texts) {
        re.lastIndex = 3; // left over from elsewhere: matchAll would start there too, allMatches reads the whole text
        const want = [...text.matchAll(new RegExp(source, flags))].map((m) => [m.index, m[0]]);
        assert.deepStrictEqual(allMatches(text, re).map((m) => [m.index, m[0]]), want, JSON.stringify({ source, flags, text }));
        assert.strictEqual(re.lastIndex, 0);
      }
    }
  });
  it('can be called again inside a loop over its own result (the matches are collected first)', () => {
    const PART = /([0-9]+)项/g;
    const text = '共12项，其中已完成8项、正在推进4项';
    const pairs = allMatches(text, PART).map((m) => [m[1], allMatches(text.slice(m.index), PART).length]);
    assert.deepStrictEqual(pairs, [['12', 3], ['8', 2], ['4', 1]]);
  });
});
