// Encodings: detection, decoding, writing back; binary and empty files.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { decodeFile, encodeText, EncodingError, keepLayout } from '../../server/src/node';
import { DRAFT, DRAFT_BRACKETS, onlyRules, runCli, runJson, tmpDir, writeFiles } from './helpers';

const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};
const BOM8 = Buffer.from([0xef, 0xbb, 0xbf]);

describe('node/encoding', () => {
  const sample = '嘉政办发〔2018〕72号 “最多跑一次” •€𠀀\r\n二〇一八年';

  it('decodes UTF-8 without and with BOM', () => {
    assert.deepEqual(decodeFile(Buffer.from(sample)), { kind: 'text', text: sample, encoding: 'utf-8', bom: false, eol: '\r\n', finalNewline: false });
    const d = decodeFile(Buffer.concat([BOM8, Buffer.from(sample)]));
    assert.equal(d.kind === 'text' && d.text, sample);
    assert.equal(d.kind === 'text' && d.bom, true);
  });

  it('decodes UTF-16 LE and BE with BOM', () => {
    const le = decodeFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]));
    assert.deepEqual(le.kind === 'text' && [le.text, le.encoding, le.bom], [sample, 'utf-16le', true]);
    const be = decodeFile(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(sample)]));
    assert.deepEqual(be.kind === 'text' && [be.text, be.encoding, be.bom], [sample, 'utf-16be', true]);
  });

  it('detects GB18030 (GBK) when the bytes are not UTF-8', () => {
    const bytes = encodeText(sample, 'gb18030');
    assert.equal(new TextDecoder('gb18030').decode(bytes), sample, 'the encoder writes real GB18030');
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    const d = decodeFile(bytes);
    assert.deepEqual(d.kind === 'text' && [d.text, d.encoding, d.bom], [sample, 'gb18030', false]);
  });

  it('writes GB18030 byte for byte as it was read', () => {
    // 嘉 政 〔 (two bytes each), • (four bytes) and an ASCII digit.
    const hex = 'bcced5fea1b28136a63132';
    const bytes = Buffer.from(hex, 'hex');
    const d = decodeFile(bytes);
    assert.ok(d.kind === 'text' && d.encoding === 'gb18030', JSON.stringify(d));
    assert.equal(d.kind === 'text' && d.text, '嘉政〔•2');
    assert.equal(encodeText('嘉政〔•2', 'gb18030').toString('hex'), hex);
  });

  it('round-trips every non-private BMP character and the supplementary planes through GB18030', () => {
    let all = '';
    for (let cp = 0x80; cp <= 0xffff; cp++) {
      if ((cp >= 0xd800 && cp < 0xf900) || cp === 0xfffe || cp === 0xffff) continue;
      all += String.fromCharCode(cp);
    }
    all += '𠀀𪚥😀';
    assert.equal(new TextDecoder('gb18030').decode(encodeText(all, 'gb18030')), all);
  });

  it('refuses characters the encoding cannot hold', () => {
    assert.throws(() => encodeText('abc\ue78d', 'gb18030'), (e: unknown) => e instanceof EncodingError && e.offset === 3);
    assert.throws(() => encodeText('a\ud800b', 'utf-8'), EncodingError);
  });

  it('reports binary content: NUL bytes, undecodable bytes', () => {
    assert.equal(decodeFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])).kind, 'binary');
    assert.equal(decodeFile(Buffer.from([0xff, 0xff, 0xff, 0x41])).kind, 'binary');
    assert.equal(decodeFile(Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0xd6, 0xd0])).kind, 'binary');
    assert.equal(decodeFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\0b', 'utf16le')])).kind, 'binary');
  });

  it('decodes an empty file as empty UTF-8 text', () => {
    assert.deepEqual(decodeFile(Buffer.alloc(0)), { kind: 'text', text: '', encoding: 'utf-8', bom: false, eol: '\n', finalNewline: false });
  });

  it('keepLayout keeps CRLF, LF and the final newline as the original had them', () => {
    assert.equal(keepLayout('a\r\nb\r\n', 'a\r\nx\ny\r\n'), 'a\r\nx\r\ny\r\n');
    assert.equal(keepLayout('a\nb\n', 'a\r\nb\n'), 'a\nb\n');
    assert.equal(keepLayout('a\nb', 'a\nb\n'), 'a\nb');
    assert.equal(keepLayout('a\r\nb\r\n', 'a\r\nb'), 'a\r\nb\r\n');
    assert.equal(keepLayout('a\r\nb\nc', 'a\r\nb\nc\n'), 'a\r\nb\nc', 'mixed line breaks are left alone');
  });
});

describe('cli: encodings', () => {
  let dir: string;

  before(() => {
    dir = tmpDir();
    writeFiles(dir, { '.gazettelintrc.json': onlyRules({ 'doc-number/format': 'error' }) });
  });

  const cases: [string, (s: string) => Buffer][] = [
    ['UTF-8', (s) => Buffer.from(s)],
    ['UTF-8 with BOM', (s) => Buffer.concat([BOM8, Buffer.from(s)])],
    ['UTF-16 LE with BOM', (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['UTF-16 BE with BOM', (s) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(s)])],
    ['GB18030', (s) => encodeText(s, 'gb18030')],
  ];
  for (const [name, encode] of cases) {
    it(`checks ${name} files and fixes them in the same encoding`, () => {
      const file = writeFiles(dir, { [`${name}.txt`]: encode(DRAFT_BRACKETS) })[`${name}.txt`];
      const r = runJson([file], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.results[0].messages.length, 1);
      assert.deepEqual([r.results[0].messages[0].line, r.results[0].messages[0].column], [3, 4]);
      const fixed = runCli(['--fix', file], { cwd: dir });
      assert.equal(fixed.code, 0, fixed.stderr + fixed.stdout);
      assert.deepEqual(fs.readFileSync(file), encode(DRAFT), 'same encoding and BOM, only the fix changed');
    });
  }

  it('does not check a binary file: says so on stderr, checks the rest, exits 2', () => {
    const files = writeFiles(dir, {
      'scan.txt': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x00, 0xe2, 0xe3]),
      'ok.txt': DRAFT_BRACKETS,
    });
    const r = runJson([files['scan.txt'], files['ok.txt']], { cwd: dir });
    assert.equal(r.code, 2, 'a draft that could not be checked fails the run');
    assert.match(r.stderr, /scan\.txt: not checked, not a text file \(NUL byte at offset 6\)/);
    assert.deepEqual(r.results.map((x) => x.filePath), [files['ok.txt']]);
  });

  it('a binary file alone fails the run: nothing was checked', () => {
    const file = writeFiles(dir, { 'only.gzt': Buffer.from([0, 1, 2, 3]) })['only.gzt'];
    const r = runCli([file], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /only\.gzt: not checked/);
  });

  it('an empty file has no findings', () => {
    const file = writeFiles(dir, { 'empty.txt': '' })['empty.txt'];
    const r = runJson([file], { cwd: dir });
    assert.equal(r.code, 0);
    assert.deepEqual(r.results[0].messages, []);
  });

  it('reads GB18030 from stdin', () => {
    const r = runJson(['-'], { cwd: dir, input: encodeText(DRAFT_BRACKETS, 'gb18030') });
    assert.equal(r.code, 1);
    assert.equal(r.results[0].filePath, '<stdin>');
    assert.equal(r.results[0].messages.length, 1);
  });
});
