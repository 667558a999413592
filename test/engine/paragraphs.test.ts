// Paragraphs join the lines of a sentence broken by extraction; each line's
// indent (spaces, tabs, U+3000, a BOM) is left out and offsets map back to the source.
import { strict as assert } from 'node:assert';
import { splitLines } from '../../server/src/engine/parse/lines';
import { buildParagraphs, sourceOffset } from '../../server/src/engine/parse/paragraphs';

function paragraphsOf(text: string) {
  const lines = splitLines(text);
  return buildParagraphs(lines, 0, lines.length, { reserved: new Set() });
}

describe('paragraphs', () => {
  it('leave out every kind of indent, and map their text back to the source', () => {
    // (A line holding a tab is a table row and stands alone: see the next test.)
    for (const indent of ['  ', '\u3000\u3000', '\ufeff', ' \u3000\ufeff ']) {
      const text = `${indent}各地要加强组织领导，\n${indent}确保工作落实。`;
      const [p, ...rest] = paragraphsOf(text);
      assert.equal(rest.length, 0, JSON.stringify(indent));
      assert.equal(p.text, '各地要加强组织领导，确保工作落实。', JSON.stringify(indent));
      for (const ch of ['各', '确', '。']) assert.equal(text[sourceOffset(p, p.text.indexOf(ch))], ch, JSON.stringify(indent));
    }
  });

  it('leave out a tab indent of a line that stands alone', () => {
    const [p] = paragraphsOf('\t \u3000各地要加强组织领导。');
    assert.equal(p.text, '各地要加强组织领导。');
    assert.equal(sourceOffset(p, 0), 3);
  });

  it('keep an indent character that is not white space', () => {
    const [p] = paragraphsOf('·各地要加强组织领导。');
    assert.equal(p.text, '·各地要加强组织领导。');
  });
});
