// Inputs: files, directories, globs and stdin.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { discoverFiles, expandGlob } from '../../server/src/node';
import { DRAFT, DRAFT_BRACKETS, onlyRules, runCli, runJson, tmpDir, writeFiles } from './helpers';

describe('cli: inputs', () => {
  let dir: string;
  let f: Record<string, string>;

  before(() => {
    dir = tmpDir();
    f = writeFiles(dir, {
      '.gazettelintrc.json': onlyRules({ 'doc-number/format': 'error' }),
      'a.txt': DRAFT_BRACKETS,
      'b.md': DRAFT,
      'c.gazette': DRAFT,
      'd.GZT': DRAFT,
      'e.json': '{}',
      'notes.docx': 'x',
      'sub/f.txt': DRAFT,
      'sub/deep/g.txt': DRAFT_BRACKETS,
      'node_modules/pkg/readme.txt': DRAFT_BRACKETS,
      '.git/description.txt': DRAFT_BRACKETS,
      '.hidden/h.txt': DRAFT_BRACKETS,
    });
  });

  it('walks directories for *.txt, *.md, *.gazette, *.gzt, skipping node_modules and dot-directories', () => {
    const { files, errors } = discoverFiles(['.'], { cwd: dir });
    assert.deepEqual(errors, []);
    assert.deepEqual(
      files.map((x) => path.relative(dir, x.path)),
      ['a.txt', 'b.md', 'c.gazette', 'd.GZT', path.join('sub', 'deep', 'g.txt'), path.join('sub', 'f.txt')],
    );
  });

  it('checks a named file whatever its extension', () => {
    const { files } = discoverFiles(['e.json', 'a.txt', 'a.txt'], { cwd: dir });
    assert.deepEqual(files, [
      { path: f['e.json'], explicit: true },
      { path: f['a.txt'], explicit: true },
    ]);
  });

  it('expands globs (quoted, so the shell leaves them alone)', () => {
    assert.deepEqual(expandGlob('sub/**/*.txt', dir), [f['sub/deep/g.txt'], f['sub/f.txt']]);
    assert.deepEqual(expandGlob('*.{md,gazette}', dir), [f['b.md'], f['c.gazette']]);
    assert.deepEqual(expandGlob('sub/*.txt', dir), [f['sub/f.txt']]);
    assert.deepEqual(expandGlob(path.join(dir, 's?b', 'f.txt')), [f['sub/f.txt']]);
    assert.deepEqual(expandGlob('**/readme.txt', dir), [], 'node_modules is never entered');
    const r = runJson(['sub/**/*.txt'], { cwd: dir });
    assert.deepEqual(r.results.map((x) => x.filePath), [f['sub/deep/g.txt'], f['sub/f.txt']]);
    assert.equal(r.code, 1);
  });

  it('mixes files, directories and globs without duplicates', () => {
    const r = runJson(['a.txt', 'sub', 'sub/*.txt'], { cwd: dir });
    assert.deepEqual(r.results.map((x) => x.filePath), [f['a.txt'], f['sub/deep/g.txt'], f['sub/f.txt']]);
  });

  it('reads stdin with -', () => {
    const r = runJson(['-'], { cwd: dir, input: DRAFT_BRACKETS });
    assert.equal(r.code, 1);
    assert.equal(r.results.length, 1);
    assert.equal(r.results[0].filePath, '<stdin>');
    assert.equal(r.results[0].messages[0].line, 3);
  });

  it('names stdin after --stdin-filename', () => {
    const r = runCli(['--stdin-filename', 'issues/2024-05.txt', '-'], { cwd: dir, input: DRAFT_BRACKETS });
    assert.equal(r.code, 1);
    assert.ok(r.stdout.includes(path.join('issues', '2024-05.txt')), r.stdout);
  });

  it('reads stdin alongside files', () => {
    const r = runJson(['a.txt', '-'], { cwd: dir, input: DRAFT });
    assert.deepEqual(r.results.map((x) => x.filePath), [f['a.txt'], '<stdin>']);
  });

  it('does not check binary stdin, and says so (exit 2)', () => {
    const r = runJson(['-'], { cwd: dir, input: Buffer.from([0, 0, 0, 1]) });
    assert.equal(r.code, 2);
    assert.deepEqual(r.results, []);
    assert.match(r.stderr, /<stdin>: not checked, not a text file/);
  });

  it('follows symbolic links to files but not to directories', () => {
    const d = tmpDir();
    writeFiles(d, { 'real/x.txt': DRAFT });
    fs.symlinkSync(path.join(d, 'real', 'x.txt'), path.join(d, 'link.txt'));
    fs.symlinkSync(d, path.join(d, 'real', 'loop'));
    const { files } = discoverFiles([d]);
    assert.deepEqual(files.map((x) => path.relative(d, x.path)), ['link.txt', path.join('real', 'x.txt')]);
  });
});
