// --fix and --fix-dry-run: what is written, what is kept, what is refused.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileChangedError, readTextFile, writeFileAtomic, writeFixedText } from '../../server/src/node';
import { EncodingError } from '../../server/src/node/encoding';
import { assertEslintContract, DRAFT, DRAFT_BRACKETS, DRAFT_ZERO, onlyRules, runCli, runJson, tmpDir, writeFiles } from './helpers';

describe('cli: --fix', () => {
  let dir: string;

  before(() => {
    dir = tmpDir();
    writeFiles(dir, { '.gazettelintrc.json': onlyRules({ 'doc-number/format': 'error' }) });
  });

  it('writes the fixes, then reports what is left (nothing)', () => {
    const file = writeFiles(dir, { 'a.txt': DRAFT_BRACKETS })['a.txt'];
    const r = runCli(['--fix', file], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(fs.readFileSync(file, 'utf8'), DRAFT);
  });

  it('applies several fixes in one file, over several passes if needed', () => {
    const text = DRAFT_BRACKETS + '\n依据嘉政办发〔2018〕07号和嘉政发[2017]36号办理。\n';
    const file = writeFiles(dir, { 'multi.txt': text })['multi.txt'];
    assert.equal(runCli(['--fix', file], { cwd: dir }).code, 0);
    assert.equal(fs.readFileSync(file, 'utf8'), DRAFT + '\n依据嘉政办发〔2018〕7号和嘉政发〔2017〕36号办理。\n');
  });

  it('keeps CRLF line endings, the BOM and the missing final newline', () => {
    const crlf = (s: string) => s.replace(/\n/g, '\r\n').replace(/\r\n$/, '');
    const file = writeFiles(dir, { 'crlf.txt': '\ufeff' + crlf(DRAFT_ZERO) })['crlf.txt'];
    assert.equal(runCli(['--fix', file], { cwd: dir }).code, 0);
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.toString('utf8'), '\ufeff' + crlf(DRAFT));
  });

  it('keeps LF and the final newline', () => {
    const file = writeFiles(dir, { 'lf.txt': DRAFT_ZERO })['lf.txt'];
    assert.equal(runCli(['--fix', file], { cwd: dir }).code, 0);
    assert.equal(fs.readFileSync(file, 'utf8'), DRAFT);
  });

  it('keeps the file mode and leaves no temporary file behind', () => {
    const sub = path.join(dir, 'mode');
    const file = writeFiles(sub, { 'm.txt': DRAFT_ZERO })['m.txt'];
    fs.chmodSync(file, 0o640);
    assert.equal(runCli(['--fix', file], { cwd: dir }).code, 0);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(sub), ['m.txt']);
  });

  it('does not touch files that need no fix', () => {
    const file = writeFiles(dir, { 'same.txt': DRAFT })['same.txt'];
    const past = new Date(2020, 0, 1);
    fs.utimesSync(file, past, past);
    assert.equal(runCli(['--fix', file], { cwd: dir }).code, 0);
    assert.equal(fs.statSync(file).mtime.getTime(), past.getTime());
  });

  it('json output after --fix carries the fixed text and the remaining problems', () => {
    const file = writeFiles(dir, { 'j.txt': DRAFT_BRACKETS })['j.txt'];
    const r = runJson(['--fix', file], { cwd: dir });
    assertEslintContract(r.results);
    assert.equal(r.results[0].output, DRAFT);
    assert.deepEqual(r.results[0].messages, []);
  });

  it('--fix-dry-run reports the fixed text in "output" and writes nothing', () => {
    const file = writeFiles(dir, { 'dry.txt': DRAFT_BRACKETS })['dry.txt'];
    const r = runJson(['--fix-dry-run', file], { cwd: dir });
    assert.equal(r.code, 0);
    assertEslintContract(r.results);
    assert.equal(r.results[0].output, DRAFT);
    assert.equal(fs.readFileSync(file, 'utf8'), DRAFT_BRACKETS);
  });

  it('--fix-dry-run shows what --fix writes: the file\'s CRLF also in a line a fix adds, and its BOM', () => {
    const decision = [
      '某市人民政府关于表彰先进集体和先进个人的决定', '', '某政发〔2024〕30号', '', '各区人民政府，市政府各部门：', '',
      '市政府决定对先进集体和先进个人予以表彰。', '', '附件：1．先进集体名单', '2．先进个人名单', '', '某市人民政府', '', '2024年8月12日', '',
      '附件1', '', '先进集体名单', '', '市应急管理局执法支队', '', '先进个人名单', '', '王海燕', '',
    ].join('\r\n');
    const file = writeFiles(dir, { 'label.txt': '\ufeff' + decision })['label.txt'];
    const args = ['--rule', 'structure/attachment-label:error', file];
    const output: string = runJson(['--fix-dry-run', ...args], { cwd: dir }).results[0].output;
    assert.ok(output.includes('\r\n附件2\r\n\r\n先进个人名单'), 'the 附件2 label added, in CRLF');
    assert.equal(output.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
    assert.ok(output.startsWith('\ufeff'), 'the BOM kept, as ESLint keeps it');
    runCli(['--fix', ...args], { cwd: dir });
    assert.equal(fs.readFileSync(file, 'utf8'), output);
  });

  it('--fix-dry-run on stdin', () => {
    const r = runJson(['--fix-dry-run', '-'], { cwd: dir, input: DRAFT_ZERO });
    assert.equal(r.results[0].output, DRAFT);
    const none = runJson(['--fix-dry-run', '-'], { cwd: dir, input: DRAFT });
    assert.ok(!('output' in none.results[0]), 'no output when nothing changed');
  });

  it('does not apply fixes of rules turned off', () => {
    const file = writeFiles(dir, { 'off.txt': DRAFT_BRACKETS })['off.txt'];
    assert.equal(runCli(['--fix', '--rule', 'doc-number/format:off', file], { cwd: dir }).code, 0);
    assert.equal(fs.readFileSync(file, 'utf8'), DRAFT_BRACKETS);
  });

  it('does not apply fixes of editor-only (hint) findings', () => {
    const spaced = DRAFT.replace('15号', '15 号');
    const file = writeFiles(dir, { 'hint.txt': spaced })['hint.txt'];
    assert.equal(runCli(['--fix', file], { cwd: dir }).code, 0);
    assert.equal(fs.readFileSync(file, 'utf8'), spaced);
  });
});

describe('node/fileio: safe writes', () => {
  let dir: string;
  before(() => {
    dir = tmpDir();
  });

  it('refuses to overwrite a file that changed since it was read', () => {
    const file = writeFiles(dir, { 'c.txt': DRAFT_BRACKETS })['c.txt'];
    const read = readTextFile(file);
    fs.writeFileSync(file, DRAFT_BRACKETS + '另一位编辑加的内容\n');
    assert.ok(read.decoded.kind === 'text');
    assert.throws(() => writeFixedText(file, read as any, DRAFT), FileChangedError);
    assert.equal(fs.readFileSync(file, 'utf8'), DRAFT_BRACKETS + '另一位编辑加的内容\n');
    assert.deepEqual(fs.readdirSync(dir), ['c.txt']);
  });

  it('writes through a symbolic link to its target', () => {
    const files = writeFiles(dir, { 'target.txt': 'old' });
    const link = path.join(dir, 'link.txt');
    fs.symlinkSync(files['target.txt'], link);
    writeFileAtomic(link, Buffer.from('new'), Buffer.from('old'));
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(files['target.txt'], 'utf8'), 'new');
  });

  it('refuses to write a character the file encoding cannot hold', () => {
    const file = writeFiles(dir, { 'gb.txt': Buffer.from('bcced5fe', 'hex') })['gb.txt'];
    const read = readTextFile(file);
    assert.ok(read.decoded.kind === 'text' && read.decoded.encoding === 'gb18030');
    assert.throws(() => writeFixedText(file, read as any, '嘉政\ue78d'), EncodingError);
    assert.equal(fs.readFileSync(file).toString('hex'), 'bcced5fe');
  });
});
