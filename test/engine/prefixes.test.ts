import { strict as assert } from 'node:assert';
import { Prefixes } from '../../server/src/engine/prefixes';
import { TitleIndex } from '../../server/src/engine/rules/cross-reference/titleIndex';

describe('Prefixes: the 目录 titles without a number a line may start with', () => {
  const titles = new Prefixes(['人事任免', '政策解读', '人事任免(2024年3月份)', '关于印发某某办法的通知']);

  it('finds a title at the start of a key, of any of the titles’ lengths', () => {
    assert.equal(titles.startKey('人事任免'), true);
    assert.equal(titles.startKey('人事任免(2024年3月份)'), true);
    assert.equal(titles.startKey('政策解读:关于某某办法的解读'), true);
    assert.equal(titles.startKey('人事'), false);
    assert.equal(titles.startKey('某市人事任免'), false);
  });

  it('finds a key that starts a title, however many titles sort around it', () => {
    assert.equal(titles.startedBy('关于印发'), true);
    assert.equal(titles.startedBy('人事任免(2024年'), true);
    assert.equal(titles.startedBy('人事任免(2025年'), false);
    assert.equal(titles.startedBy('关于印发某某办法的通知及其附件'), false);
    assert.equal(new Prefixes([]).startedBy(''), false);
    assert.equal(new Prefixes(['甲']).startedBy(''), true);
  });
});

describe('TitleIndex: the documents whose title may hold a 目录 entry’s name', () => {
  const index = new TitleIndex([['某市人民政府办公室关于做好第1项重点工作的通知'], ['政策解读'], ['某市人民政府令第3号', '某市某某管理办法'], ['关于做好第12项重点工作的通知']]);

  it('gives every document whose title holds the name or starts it, in order', () => {
    assert.deepEqual(index.candidates('关于做好第1项重点工作的通知'), [0]);
    assert.deepEqual(index.candidates('做好第12项重点'), [3]);
    assert.deepEqual(index.candidates('政策解读：关于某某办法的解读'), [1]);
    assert.deepEqual(index.candidates('某某管理办法'), [2]);
  });

  it('gives none for a name no title holds', () => {
    assert.deepEqual(index.candidates('关于做好第7项重点工作的通知'), []);
  });
});
