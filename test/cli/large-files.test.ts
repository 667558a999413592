import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DRAFT_BRACKETS, runCli, tmpDir, writeFiles } from './helpers';

describe('CLI: very large files', () => {
  it('skips a 50 MB file with a clear warning instead of working on it for minutes', () => {
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
    assert.match(r.stderr, /huge\.txt: skipped, 50\.\d MB is larger than any gazette issue \(limit 20\.0 MB; raise it with --max-file-size\)/);
    assert.equal(r.code, 1, 'the small file is still checked');
    assert.match(r.stdout, /small\.txt/);
    assert.doesNotMatch(r.stdout, /huge\.txt/);
  });

  it('--max-file-size sets the limit, and a bad value is a usage error', () => {
    const dir = tmpDir();
    writeFiles(dir, { 'a.txt': DRAFT_BRACKETS });
    const r = runCli(['--max-file-size', '0.1KB', 'a.txt'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /a\.txt: skipped/);
    const bad = runCli(['--max-file-size', 'big', 'a.txt'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--max-file-size "big": expected a size such as 20MB or 500KB/);
  });
});
