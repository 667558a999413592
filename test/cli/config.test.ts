// .gazettelintrc.json: lookup, --config, validation errors, ignorePatterns, schema.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { allRules } from '../../server/src/engine';
import { ConfigLoader, configSchemaText, isIgnored, loadConfigFor, SCHEMA_PATH } from '../../server/src/node';
import { ignoreMatcher } from '../../server/src/node/config';
import { DRAFT_BRACKETS, onlyRules, ROOT, runCli, runJson, tmpDir, writeFiles } from './helpers';

const OFF = onlyRules({});
const ERROR = onlyRules({ 'doc-number/format': 'error' });

describe('cli: configuration files', () => {
  it('the nearest .gazettelintrc.json above each file wins', () => {
    const dir = tmpDir();
    const f = writeFiles(dir, {
      '.gazettelintrc.json': OFF,
      'top.txt': DRAFT_BRACKETS,
      'sub/.gazettelintrc.json': ERROR,
      'sub/deeper/inner.txt': DRAFT_BRACKETS,
    });
    const r = runJson(['.'], { cwd: dir });
    const count = (file: string) => r.results.find((x) => x.filePath === file)!.messages.length;
    assert.equal(count(f['top.txt']), 0);
    assert.equal(count(f['sub/deeper/inner.txt']), 1);
    assert.equal(r.code, 1);
  });

  it('--config replaces the lookup for every file', () => {
    const dir = tmpDir();
    writeFiles(dir, { '.gazettelintrc.json': ERROR, 'a.txt': DRAFT_BRACKETS, 'conf/quiet.json': OFF });
    assert.equal(runCli(['a.txt'], { cwd: dir }).code, 1);
    assert.equal(runCli(['--config', 'conf/quiet.json', 'a.txt'], { cwd: dir }).code, 0);
  });

  it('--rule wins over the configuration file', () => {
    const dir = tmpDir();
    writeFiles(dir, { '.gazettelintrc.json': OFF, 'a.txt': DRAFT_BRACKETS });
    const r = runJson(['--rule', 'doc-number/format:warn', 'a.txt'], { cwd: dir });
    assert.equal(r.results[0].messages[0].severity, 1);
  });

  it('accepts comments, trailing commas, $schema and [level, options]', () => {
    const dir = tmpDir();
    writeFiles(dir, {
      '.gazettelintrc.json': `{
        // the office's settings
        "$schema": "../schemas/gazettelintrc.schema.json",
        /* block comment */
        "rules": { "doc-number/format": ["warn", {}], },
        "units": ["市民政局"],
      }`,
      'a.txt': DRAFT_BRACKETS,
    });
    const r = runJson(['a.txt'], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.equal(r.results[0].messages[0].severity, 1);
  });

  const invalid: [string, string, RegExp][] = [
    ['an unknown rule', '{"rules": {"foo/bar": "error"}}', /^gazette-lint: \.gazettelintrc\.json: rules\.foo\/bar: unknown rule "foo\/bar"$/m],
    ['an invalid level', '{"rules": {"doc-number/format": "loud"}}', /\.gazettelintrc\.json: rules\.doc-number\/format: invalid severity "loud"/],
    ['an unknown option', '{"rules": {"doc-number/format": ["error", {"nope": 1}]}}', /\.gazettelintrc\.json: rules\.doc-number\/format\[1\]\.nope: unknown option "nope"/],
    ['a string for an integer option', '{"rules": {"structure/issue-number": ["error", {"expectedIssue": "x"}]}}', /\.gazettelintrc\.json: rules\.structure\/issue-number\[1\]\.expectedIssue: must be an integer of at least 1, not "x"/],
    ['an option out of its range', '{"rules": {"numbering/style": ["warn", {"majority": 5}]}}', /rules\.numbering\/style\[1\]\.majority: must be a number from 0\.5 to 1, not 5/],
    ['a fraction for an integer option', '{"rules": {"responsible-unit/missing": ["warn", {"minAnnotated": 2.5}]}}', /rules\.responsible-unit\/missing\[1\]\.minAnnotated: must be an integer of at least 1, not 2\.5/],
    ['a string for a list option', '{"rules": {"responsible-unit/names": ["warn", {"known": "市人社局"}]}}', /rules\.responsible-unit\/names\[1\]\.known: must be an array of strings, not "市人社局"/],
    ['an unknown key', '{"rulez": {}}', /\.gazettelintrc\.json: rulez: unknown key "rulez"/],
    ['a wrong type', '{"ignorePatterns": "drafts"}', /\.gazettelintrc\.json: ignorePatterns: must be an array of strings/],
    ['a JSON syntax error', '{\n  "rules": {\n    "doc-number/format" "error"\n  }\n}', /\.gazettelintrc\.json: invalid JSON at line 3, column 25: ColonExpected/],
    ['a non-object', '[]', /\.gazettelintrc\.json: configuration must be a JSON object/],
    ['an empty file', '  // nothing yet\n', /\.gazettelintrc\.json: empty file: expected a JSON object/],
    ['a file of comments and ideographic spaces', '/* draft */\u3000\n/* ** / */\n', /\.gazettelintrc\.json: empty file: expected a JSON object/],
    ['a comment left open', '/* draft\n'.repeat(3), /\.gazettelintrc\.json: invalid JSON/],
  ];
  for (const [what, text, message] of invalid) {
    it(`exits 2 for ${what}, naming the file and the key`, () => {
      const dir = tmpDir();
      writeFiles(dir, { '.gazettelintrc.json': text, 'a.txt': DRAFT_BRACKETS });
      const r = runCli(['a.txt'], { cwd: dir });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '', 'nothing is checked with an invalid configuration');
    });
  }

  it('names the configuration file by its path relative to the working directory', () => {
    const dir = tmpDir();
    writeFiles(dir, { 'issues/.gazettelintrc.json': '{"rules": {"foo/bar": "off"}}', 'issues/a.txt': DRAFT_BRACKETS });
    const r = runCli(['issues'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.ok(r.stderr.includes(`${path.join('issues', '.gazettelintrc.json')}: rules.foo/bar: unknown rule`), r.stderr);
  });

  it('exits 2 for a missing --config file', () => {
    const dir = tmpDir();
    writeFiles(dir, { 'a.txt': DRAFT_BRACKETS });
    const r = runCli(['--config', 'nowhere.json', 'a.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nowhere\.json: configuration file not found/);
  });

  it('ignorePatterns skip files in directory runs, relative to the configuration file', () => {
    const dir = tmpDir();
    const f = writeFiles(dir, {
      'issues/.gazettelintrc.json': JSON.stringify({ ignorePatterns: ['old/', 'draft-*.txt', '!draft-keep.txt', 'notes/*.md'] }),
      'issues/2024-01.txt': DRAFT_BRACKETS,
      'issues/old/2019-01.txt': DRAFT_BRACKETS,
      'issues/sub/draft-1.txt': DRAFT_BRACKETS,
      'issues/sub/draft-keep.txt': DRAFT_BRACKETS,
      'issues/notes/readme.md': DRAFT_BRACKETS,
      'issues/sub/notes/readme.md': DRAFT_BRACKETS,
    });
    const r = runJson(['issues'], { cwd: dir });
    assert.deepEqual(
      r.results.map((x) => x.filePath).sort(),
      [f['issues/2024-01.txt'], f['issues/sub/draft-keep.txt'], f['issues/sub/notes/readme.md']].sort(),
    );
    assert.equal(r.stderr, '');
  });

  it('an explicitly named ignored file is skipped with a warning', () => {
    const dir = tmpDir();
    writeFiles(dir, { '.gazettelintrc.json': '{"ignorePatterns": ["skip.txt"]}', 'skip.txt': DRAFT_BRACKETS });
    const r = runJson(['skip.txt'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.deepEqual(r.results, []);
    assert.match(r.stderr, /warning: skip\.txt: ignored by ignorePatterns in \.gazettelintrc\.json/);
  });

  it('--stdin-filename chooses the configuration of its directory', () => {
    const dir = tmpDir();
    writeFiles(dir, { '.gazettelintrc.json': ERROR, 'quiet/.gazettelintrc.json': OFF });
    const loud = runJson(['--stdin-filename', 'x.txt', '-'], { cwd: dir, input: DRAFT_BRACKETS });
    assert.equal(loud.results[0].filePath, path.join(dir, 'x.txt'));
    assert.equal(loud.results[0].messages.length, 1);
    const quiet = runJson(['--stdin-filename', 'quiet/x.txt', '-'], { cwd: dir, input: DRAFT_BRACKETS });
    assert.equal(quiet.results[0].messages.length, 0);
  });
});

describe('node/config', () => {
  it('loadConfigFor finds the nearest file and resolves severities', () => {
    const dir = tmpDir();
    writeFiles(dir, { '.gazettelintrc.json': '{"rules": {"doc-number/format": "warn"}}' });
    const loaded = loadConfigFor(path.join(dir, 'a/b/c.txt'));
    assert.equal(loaded.file, path.join(dir, '.gazettelintrc.json'));
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.config.severity('doc-number/format'), 'warning');
  });

  it('without a file, defaults apply (overrides still win)', () => {
    const dir = tmpDir();
    const loader = new ConfigLoader({ overrides: { 'doc-number/format': 'off' } });
    // The temporary directory has no configuration above it unless the machine has one at /tmp or /.
    const loaded = loader.forFile(path.join(dir, 'x.txt'));
    if (loaded.file) return;
    assert.equal(loaded.config.severity('doc-number/format'), 'off');
  });

  it('isIgnored reads patterns like .gitignore', () => {
    const dir = tmpDir();
    writeFiles(dir, { '.gazettelintrc.json': JSON.stringify({ ignorePatterns: ['build', '/top.txt', 'a/**/x.txt'] }) });
    const loaded = loadConfigFor(path.join(dir, 'f.txt'));
    const ignored = (rel: string) => isIgnored(path.join(dir, rel), loaded);
    assert.equal(ignored('build/a.txt'), true);
    assert.equal(ignored('deep/build/a.txt'), true);
    assert.equal(ignored('top.txt'), true);
    assert.equal(ignored('sub/top.txt'), false);
    assert.equal(ignored('a/b/c/x.txt'), true);
    assert.equal(ignored('b/x.txt'), false);
    // A name without glob characters is that name only.
    assert.equal(ignored('builds/a.txt'), false);
    assert.equal(ignored('Build/a.txt'), false);
    assert.equal(ignored('xtop.txt'), false);
    assert.equal(isIgnored(path.join(path.dirname(dir), 'build/a.txt'), loaded), false, 'outside the config directory');
  });

  it('reads each pattern as picomatch does, plain names included (which it compares as they are)', () => {
    const names = ['a', 'a.txt', 'draft.txt', 'my file.txt', '.git', '..', 'a..b', '#x', "'a'", '$x', 'x~', 'a,b', '草稿.txt', 'docs', 'tmp', 'x', 'x.txt', 'sub'];
    const patterns = [...names, '"draft".txt', '"a"', 'sub/"a".md', 'docs|tmp/x', 'a|/b', 'a|b', './x.txt', 'sub/x', '*.txt', '# notes', 'a b', '\u3000a'];
    const candidates = [...names, ...names.map((n) => `sub/${n}`), 'docs/a.md', 'tmp/x', 'sub/a.md', 'a/b', 'x.txt'];
    for (const pattern of patterns) {
      const expected = picomatch(pattern, { dot: true, windows: false });
      for (const name of candidates) assert.equal(ignoreMatcher(pattern)(name), expected(name), `${pattern} on ${name}`);
    }
  });
});

describe('schema', () => {
  it(`${SCHEMA_PATH} is generated from the rules (run: node scripts/gen-schema.mjs)`, () => {
    const committed = fs.readFileSync(path.join(ROOT, SCHEMA_PATH), 'utf8');
    assert.equal(committed, configSchemaText(allRules));
  });

  it('describes every rule with its levels and docs path', () => {
    const schema = JSON.parse(configSchemaText(allRules));
    const props = schema.properties.rules.properties;
    assert.deepEqual(Object.keys(props).sort(), allRules.map((r) => r.id).sort());
    for (const r of allRules) assert.ok(props[r.id].description.includes(`docs/rules/${r.id}.md`));
    assert.deepEqual(schema.definitions.severity.enum.slice(0, 5), ['off', 'warn', 'error', 'info', 'hint']);
  });

  it('the example configuration is valid and uses the schema', () => {
    const file = path.join(ROOT, 'examples/.gazettelintrc.json');
    const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(raw.$schema, '../schemas/gazettelintrc.schema.json');
    assert.deepEqual(loadConfigFor(path.join(ROOT, 'examples/sample-issue.txt')).problems, []);
  });
});
