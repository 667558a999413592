import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DRAFT_BRACKETS, runCli, runJson, tmpDir, writeFiles } from './helpers';

describe('CLI: very large files', () => {
  it('does not check a 50 MB file (working on it for minutes), says why and exits 2', () => {
    const dir = tmpDir();
    const big = path.join(dir, 'huge.txt');
    const unit = Buffer.from(DRAFT_BRACKETS + '\n');
    const fd = fs.openSync(big, 'w');
    for (let written = 0; written < 50 * 1024 * 1024; written += unit.length) fs.writeSync(fd, unit);
    fs.closeSync(fd);
    writeFiles(dir, { 'small.txt': DRAFT_BRACKETS });
    const started = Date.now();
    const r = runCli(['huge.txt', 'small.txt'], { cwd: dir });
    assert.ok(Date.now() - started < 20000);
    assert.match(r.stderr, /huge\.txt: not checked, 50\.\d MB is larger than any gazette issue \(limit 20\.0 MB; raise it with --max-file-size\)/);
    assert.equal(r.code, 2, 'a draft that could not be checked fails the run');
    assert.match(r.stdout, /small\.txt/);
    assert.doesNotMatch(r.stdout, /huge\.txt/);
  });

  // Lists as long as the draft (130,000 paragraphs, 330,000 findings) once overflowed the call stack when spread into a call.
  it('checks one document of 130,000 short paragraphs (3 MB) in full: no rule fails', () => {
    const dir = tmpDir();
    writeFiles(dir, { 'long.txt': '关于印发测试方案的通知\n\n嘉政发〔2019〕15号\n\n' + '这是测试内容。\n\n'.repeat(130000) });
    const r = runJson(['long.txt'], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.notEqual(r.code, 2);
    assert.equal(r.results.length, 1);
  });

  it('prints the 330,000 findings of one 5 MB line in the text format', () => {
    const dir = tmpDir();
    writeFiles(dir, { 'line.txt': '(一)' + '测试《标题'.repeat(330000) });
    const r = runCli(['line.txt'], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0, 'warnings only');
    assert.match(r.stdout, /✖ 330000 problems \(0 errors, 330000 warnings\)/);
  });

  it('--max-file-size sets the limit, and a bad value is a usage error', () => {
    const dir = tmpDir();
    writeFiles(dir, { 'a.txt': DRAFT_BRACKETS });
    const r = runCli(['--max-file-size', '0.1KB', 'a.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /a\.txt: not checked, \d+ bytes is larger than any gazette issue \(limit 102 bytes;/);
    const kb = runCli(['--max-file-size', '1MB', 'a.txt'], { cwd: dir });
    assert.equal(kb.code, 1, 'under the limit: checked (and its [] problem found)');
    const bad = runCli(['--max-file-size', 'big', 'a.txt'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--max-file-size "big": expected a size such as 20MB or 500KB/);
  });
});
