// The bundled language server over stdio, on real gazette issues: every capability once.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  LspClient,
  SERVER,
  applyEdits,
  corpusAvailable,
  corpusText,
  find,
  makeWorkspace,
  offsetAt,
  uriOf,
  type PublishedDiagnostics,
} from './lspClient';

// A small draft of another issue that cites a J18 document, to test cross-file navigation.
const CITING = [
  '嘉兴市人民政府办公室关于做好企业技术中心复核工作的通知',
  '',
  '嘉政办发〔2019〕99号',
  '',
  '各县(市、区)人民政府,市政府各部门、直属各单位:',
  '',
  '根据《嘉兴市人民政府办公室关于公布 2018 年度嘉兴市级企业技术中心的通知》(嘉政办发〔2018〕72号),现将有关事项通知如下。',
  '',
  '嘉兴市人民政府办公室',
  '2019年3月1日',
  '',
].join('\n');

/** Fix-all's edits: one per fix, each within a line, not one edit over the stretch between the first fix and the last. */
function assertSmallEdits(edits: { range: { start: { line: number }; end: { line: number } }; newText: string }[]): void {
  assert.ok(edits.length > 1, `${edits.length} edit(s)`);
  for (const e of edits) assert.ok(e.range.end.line - e.range.start.line <= 1 && e.newText.length < 40, JSON.stringify(e).slice(0, 200));
}

describe('language server over stdio', function () {
  this.timeout(30000);
  let dir: string;
  let client: LspClient;
  let j18: string;
  let j18Uri: string;
  let j19Uri: string;
  let citingUri: string;

  before(async function () {
    if (!corpusAvailable()) {
      console.warn('    corpus not found at ../shared/corpus: skipping the language server tests');
      this.skip();
    }
    j18 = corpusText('jiaxing-2018-12.txt');
    dir = makeWorkspace({
      'j18.gazette': j18,
      'issues/j19.gazette': corpusText('jiaxing-2019-07.txt'),
      'issues/sx.gazette': corpusText('shaoxing-2018-08.txt'),
      'drafts/citing.gzt': CITING,
      'notes.txt': '嘉政办发〔2018〕72号 not a gazette: .txt files are not indexed without gazette.filePatterns',
      'drafts/draft.txt': CITING.replace('嘉政办发〔2019〕99号', '嘉政办发〔2019〕098号').replace('复核', '评审'),
    });
    j18Uri = uriOf(path.join(dir, 'j18.gazette'));
    j19Uri = uriOf(path.join(dir, 'issues/j19.gazette'));
    citingUri = uriOf(path.join(dir, 'drafts/citing.gzt'));
    client = await LspClient.start(dir);
    client.open(j18Uri, j18);
    await client.diagnostics(j18Uri);
  });

  after(async () => {
    await client?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const at = (needle: string, nth = 0, delta = 1) => find(client.text(j18Uri), needle, nth, delta);
  const docParams = (uri: string, position: { line: number; character: number }) => ({ textDocument: { uri }, position });

  describe('initialisation', () => {
    it('names itself with the package version', () => {
      const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
      assert.deepStrictEqual(client.initializeResult.serverInfo, { name: 'gazette-language-server', version });
    });

    it('answers --version and --help from a terminal instead of waiting for a client', () => {
      const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
      const run = (arg: string) => spawnSync(process.execPath, [SERVER, arg], { encoding: 'utf8', timeout: 10000 });
      const v = run('--version');
      assert.strictEqual(v.status, 0);
      assert.strictEqual(v.stdout, `${version}\n`);
      const h = run('--help');
      assert.strictEqual(h.status, 0);
      assert.match(h.stdout, /--stdio/);
      assert.match(h.stdout, /gazette-lint --help/);
    });

    it('announces incremental sync and every provider', () => {
      const caps = client.initializeResult.capabilities;
      assert.strictEqual(caps.textDocumentSync.change, 2);
      for (const key of [
        'codeActionProvider',
        'documentSymbolProvider',
        'workspaceSymbolProvider',
        'foldingRangeProvider',
        'selectionRangeProvider',
        'hoverProvider',
        'definitionProvider',
        'referencesProvider',
        'documentHighlightProvider',
        'renameProvider',
        'completionProvider',
        'codeLensProvider',
        'documentLinkProvider',
      ]) {
        assert.ok(caps[key], `missing ${key}`);
      }
      assert.deepStrictEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.gazette']);
      assert.strictEqual(caps.renameProvider.prepareProvider, true);
    });

    it('registers file watchers for gazettes and configuration files', async () => {
      const reg = await client.waitFor(() => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
      const globs = reg.registerOptions.watchers.map((w: { globPattern: string }) => w.globPattern);
      assert.ok(globs.includes('**/*.{gazette,gzt}') && globs.includes('**/.gazettelintrc.json'), globs.join(', '));
    });
  });

  describe('diagnostics', () => {
    it('publishes findings with rule code, documentation link and severity after open', async () => {
      const { diagnostics } = await client.diagnostics(j18Uri);
      const row = find(j18, '| 嘉政办发[2018]72 号').line;
      const bracket = diagnostics.find((d) => d.range.start.line === row && d.code === 'doc-number/format' && d.severity === 1);
      assert.ok(bracket, `no error on the 发文目录 row ${row + 1}`);
      assert.strictEqual(bracket.source, 'gazette-lint');
      assert.match(bracket.message, /〔〕/);
      assert.ok(bracket.codeDescription.href.startsWith('file://'));
      assert.ok(bracket.codeDescription.href.endsWith('/docs/rules/doc-number/format.md'), bracket.codeDescription.href);
      // The TOC's spaced numbers are an extraction habit: reported only as hints.
      const tocLine = find(j18, '(嘉政发〔2018〕30 号) (2)').line;
      const toc = diagnostics.filter((d) => d.range.start.line === tocLine);
      assert.ok(toc.every((d) => d.severity === 4), JSON.stringify(toc));
      // Related places of a finding point into the same file.
      const related = diagnostics.filter((d) => d.relatedInformation?.length);
      assert.ok(related.length > 0, 'some finding has related places');
      for (const r of related.flatMap((d) => d.relatedInformation)) {
        assert.strictEqual(r.location.uri, j18Uri);
        assert.ok(r.location.range.start.line < j18.split('\n').length && r.message.length > 0);
      }
    });

    it('follows incremental edits: a defect typed in is reported, removing it clears it', async () => {
      const numberLine = find(j18, '嘉政发〔2018〕30号').line;
      assert.ok(numberLine > 40, 'the body line, not the TOC');
      const serial = find(client.text(j18Uri), '嘉政发〔2018〕30号', 0, '嘉政发〔2018〕'.length);
      const v2 = client.change(j18Uri, [{ range: { start: serial, end: serial }, text: '0' }]);
      const after = await client.diagnostics(j18Uri, (p) => p.version === v2);
      const zero = after.diagnostics.find((d) => d.range.start.line === numberLine && /前导零/.test(d.message));
      assert.ok(zero, 'leading zero reported');
      const v3 = client.change(j18Uri, [{ range: { start: serial, end: { line: serial.line, character: serial.character + 1 } }, text: '' }]);
      const fixed = await client.diagnostics(j18Uri, (p) => p.version === v3);
      assert.ok(!fixed.diagnostics.some((d) => /前导零/.test(d.message)));
      assert.strictEqual(client.text(j18Uri), j18);
    });

    it('debounces: a burst of edits is checked once, at its last version', async () => {
      const before = client.published.length;
      const end = find(j18, '2018年12月17日', 0, '2018年12月17日'.length);
      const versions: number[] = [];
      // Line breaks: every diagnostic below moves, so the burst's result is sent.
      for (let i = 0; i < 5; i++) versions.push(client.change(j18Uri, [{ range: { start: end, end }, text: '\n' }]));
      const version = versions[4];
      await client.checked(j18Uri, version);
      assert.deepStrictEqual(client.timings.filter((t) => t.uri === j18Uri && versions.includes(t.version)).map((t) => t.version), [version]);
      assert.deepStrictEqual(client.published.slice(before).filter((p) => p.uri === j18Uri).map((p) => p.version), [version]);
      const last = client.change(j18Uri, [{ range: { start: end, end: { line: end.line + 5, character: 0 } }, text: '' }]);
      await client.diagnostics(j18Uri, (p) => p.version === last);
      assert.strictEqual(client.text(j18Uri), j18);
    });

    afterEach(() => {
      client.settings = {};
    });

    it('re-validates when the configuration changes', async () => {
      client.settings = { rules: { 'doc-number/format': 'off' } };
      const count = client.published.length;
      client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const quiet = await client.waitFor(() => client.published.slice(count).find((p) => p.uri === j18Uri));
      assert.strictEqual(quiet.diagnostics.filter((d) => d.code === 'doc-number/format').length, 0);
      client.settings = { locale: 'en' };
      const count2 = client.published.length;
      client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const english = await client.waitFor(() => client.published.slice(count2).find((p) => p.uri === j18Uri && p.diagnostics.length > 0));
      const notEnglish = english.diagnostics.filter((d) => /^[\u4e00-\u9fff]/.test(d.message) || /\s\([^)]*[a-z]{3}[^)]*\)$/.test(d.message));
      assert.deepStrictEqual(notEnglish.map((d) => d.message), []);
      client.settings = {};
      const count3 = client.published.length;
      client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const back = await client.waitFor(() => client.published.slice(count3).find((p) => p.uri === j18Uri));
      assert.ok(back.diagnostics.some((d) => d.code === 'doc-number/format' && /〔〕/.test(d.message)));
    });

    it('re-validates when a .gazettelintrc.json changes, and reports a malformed one on the file', async () => {
      const rc = path.join(dir, '.gazettelintrc.json');
      fs.writeFileSync(rc, JSON.stringify({ rules: { 'doc-number/format': 'warn' } }));
      let count = client.published.length;
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 1 }] });
      const warned = await client.waitFor(() => client.published.slice(count).find((p) => p.uri === j18Uri));
      assert.ok(warned.diagnostics.filter((d) => d.code === 'doc-number/format').every((d) => d.severity >= 2));

      const broken = '{ "rules": { "doc-number/format": "loud" }, ';
      fs.writeFileSync(rc, broken);
      count = client.published.length;
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 2 }] });
      const onFile = await client.waitFor(() => client.published.slice(count).find((p) => p.uri === uriOf(rc) && p.diagnostics.length > 0));
      assert.match(onFile.diagnostics[0].message, /JSON/);
      // The drafts are still checked, with the defaults.
      const drafts = await client.waitFor(() => client.published.slice(count).find((p) => p.uri === j18Uri));
      assert.ok(drafts.diagnostics.some((d) => d.code === 'doc-number/format' && d.severity === 1));

      // Open in the editor: the unsaved text is checked, with positions.
      client.open(uriOf(rc), '{ "rules": { "doc-number/format": "loud", "no/such-rule": "off" } }', 'json');
      const open = await client.diagnostics(uriOf(rc), (p) => p.version === 1);
      const messages = open.diagnostics.map((d) => d.message).join('\n');
      assert.match(messages, /invalid severity/);
      assert.match(messages, /unknown rule "no\/such-rule"/);
      const unknown = open.diagnostics.find((d) => /no\/such-rule/.test(d.message))!;
      assert.strictEqual(unknown.range.start.character, '{ "rules": { "doc-number/format": "loud", '.length);
      // Closing the open configuration file checks the drafts again: let that check pass first.
      const closed = client.nextCheck(j18Uri);
      client.close(uriOf(rc));
      await closed();
      fs.rmSync(rc);
      const checked = client.nextCheck(j18Uri);
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 3 }] });
      // Back to the defaults, which the broken file also gave: checked again, nothing to send.
      const defaults = await checked();
      assert.ok(defaults.diagnostics.some((d) => d.code === 'doc-number/format' && d.severity === 1));
    });
  });

  describe('code actions', () => {
    let diagnostics: PublishedDiagnostics;
    before(async () => {
      diagnostics = await client.diagnostics(j18Uri);
    });

    it('offers the finding’s fix as the preferred quick fix, and fix-all for the rule', async () => {
      const row = find(j18, '| 嘉政办发[2018]72 号').line;
      const diagnostic = diagnostics.diagnostics.find((d) => d.range.start.line === row && d.severity === 1)!;
      const actions: any[] = await client.request('textDocument/codeAction', {
        textDocument: { uri: j18Uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      const fix = actions.find((a) => a.isPreferred && /〔〕/.test(a.diagnostics[0].message));
      assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
      assert.strictEqual(fix.kind, 'quickfix');
      assert.strictEqual(fix.diagnostics[0].code, 'doc-number/format');
      const fixed = applyEdits(j18, fix.edit.changes[j18Uri]);
      assert.ok(fixed.split('\n')[row].includes('嘉政办发〔2018〕72 号'), fixed.split('\n')[row]);
      assert.strictEqual(fixed.split('\n').filter((l, i) => l !== j18.split('\n')[i]).length, 1);

      const all = actions.find((a) => /fix all doc-number\/format/.test(a.title));
      assert.ok(all, 'fix all of the rule');
      const allFixed = applyEdits(j18, all.edit.changes[j18Uri]);
      assert.ok(!/\[2018\]/.test(allFixed), 'every [] number fixed');
      assertSmallEdits(all.edit.changes[j18Uri]);
    });

    it('offers a finding’s suggestions as further, non-preferred quick fixes', async () => {
      const sxUri = uriOf(path.join(dir, 'issues/sx.gazette'));
      const sx = corpusText('shaoxing-2018-08.txt');
      client.open(sxUri, sx);
      const { diagnostics: sxDiagnostics } = await client.diagnostics(sxUri);
      const lines = sx.split('\n');
      const actions: any[] = await client.request('textDocument/codeAction', {
        textDocument: { uri: sxUri },
        range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: 0 } },
        context: { diagnostics: sxDiagnostics, only: ['quickfix'] },
      });
      const suggestions = actions.filter((a) => a.edit && !a.isPreferred && !/fix all/.test(a.title));
      assert.ok(suggestions.length > 0, actions.map((a) => a.title).join(' | '));
      for (const a of suggestions) assert.ok(a.diagnostics.length === 1 && a.edit.changes[sxUri].length > 0);
      client.close(sxUri);
    });

    it('"ignore this problem" records the finding in .gazettelint-suppressions.json', async () => {
      const row = find(j18, '| 嘉政办发[2018]72 号').line;
      const diagnostic = (await client.diagnostics(j18Uri)).diagnostics.find((d) => d.range.start.line === row && d.severity === 1)!;
      const actions: any[] = await client.request('textDocument/codeAction', {
        textDocument: { uri: j18Uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      const ignore = actions.find((a) => a.command?.command === 'gazette.suppressFinding' && a.diagnostics[0].message === diagnostic.message);
      assert.ok(ignore, actions.map((a) => a.title).join(' | '));
      const count = client.published.length;
      await client.request('workspace/executeCommand', { command: ignore.command.command, arguments: ignore.command.arguments });
      const file = path.join(dir, '.gazettelint-suppressions.json');
      const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
      // Keyed by the finding's text and a few characters around it: this "[2018]", not every one of the file.
      assert.deepStrictEqual(saved.suppressions, [{ rule: 'doc-number/format', file: 'j18.gazette', text: '[2018]', before: '嘉政办发', after: '72号|' }]);
      const after = await client.waitFor(() => client.published.slice(count).find((p) => p.uri === j18Uri));
      assert.ok(!after.diagnostics.some((d) => d.range.start.line === row && d.message === diagnostic.message));
      assert.ok(after.diagnostics.some((d) => d.range.start.line === row), 'other findings on the row remain');
      assert.ok(after.diagnostics.some((d) => d.range.start.line !== row && d.code === 'doc-number/format' && d.message.includes('[2018]')), 'the other rows\' [2018] remain');
      fs.rmSync(file);
      const count2 = client.published.length;
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
      const back = await client.waitFor(() => client.published.slice(count2).find((p) => p.uri === j18Uri));
      assert.ok(back.diagnostics.some((d) => d.range.start.line === row && d.message === diagnostic.message));
    });

    it('"ignore this problem" on a sentence printed three times records which one it is, by the text around it', async () => {
      const uri = uriOf(path.join(dir, 'repeated.gazette'));
      const sentence = '建设实验学校 and 示范学校。';
      client.open(uri, ['某市人民政府关于做好某项工作的通知', '', '某政发〔2024〕3号', '', sentence, '', sentence, '', sentence, ''].join('\n'));
      const ands = async () => (await client.diagnostics(uri)).diagnostics.filter((d) => d.code === 'typography/english-and');
      const ignore = async (line: number) => {
        const diagnostic = (await ands()).find((d) => d.range.start.line === line)!;
        const actions: any[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } });
        const action = actions.find((a) => a.command?.command === 'gazette.suppressFinding' && a.command.arguments[1].text !== undefined);
        const count = client.published.length;
        await client.request('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments });
        return client.waitFor(() => client.published.slice(count).find((p) => p.uri === uri));
      };
      await ignore(6);
      const after = await ignore(8);
      const file = path.join(dir, '.gazettelint-suppressions.json');
      // Told apart by more of the text around them than their line holds, not by counting.
      const saved = JSON.parse(fs.readFileSync(file, 'utf8')).suppressions;
      assert.equal(saved.length, 2);
      assert.ok(saved.every((e: any) => e.occurrence === undefined && e.before.length > 4), JSON.stringify(saved));
      assert.deepStrictEqual(after.diagnostics.filter((d: any) => d.code === 'typography/english-and').map((d: any) => d.range.start.line), [4]);
      fs.rmSync(file);
      const count = client.published.length;
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
      const back = await client.waitFor(() => client.published.slice(count).find((p) => p.uri === uri));
      assert.equal(back.diagnostics.filter((d: any) => d.code === 'typography/english-and').length, 3);
      client.close(uri);
    });

    it('"ignore this rule in this file" records a rule-wide entry and silences the rule there', async () => {
      const row = find(j18, '| 嘉政办发[2018]72 号').line;
      const diagnostic = (await client.diagnostics(j18Uri)).diagnostics.find((d) => d.range.start.line === row && d.code === 'doc-number/format')!;
      const actions: any[] = await client.request('textDocument/codeAction', {
        textDocument: { uri: j18Uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      const ignoreRule = actions.find((a) => a.command?.command === 'gazette.suppressFinding' && a.command.arguments[1].text === undefined);
      assert.ok(ignoreRule, actions.map((a) => a.title).join(' | '));
      assert.match(ignoreRule.title, /ignore doc-number\/format in this file/);
      const count = client.published.length;
      await client.request('workspace/executeCommand', { command: ignoreRule.command.command, arguments: ignoreRule.command.arguments });
      const file = path.join(dir, '.gazettelint-suppressions.json');
      assert.deepStrictEqual(JSON.parse(fs.readFileSync(file, 'utf8')).suppressions, [{ rule: 'doc-number/format', file: 'j18.gazette' }]);
      const after = await client.waitFor(() => client.published.slice(count).find((p) => p.uri === j18Uri));
      assert.ok(!after.diagnostics.some((d) => d.code === 'doc-number/format'));
      fs.rmSync(file);
      const count2 = client.published.length;
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
      await client.waitFor(() => client.published.slice(count2).find((p) => p.uri === j18Uri));
    });

    it('source.fixAll.gazette applies every safe fix (for codeActionsOnSave)', async () => {
      const actions: any[] = await client.request('textDocument/codeAction', {
        textDocument: { uri: j18Uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      assert.strictEqual(actions.length, 1);
      assert.strictEqual(actions[0].kind, 'source.fixAll.gazette');
      const fixed = applyEdits(j18, actions[0].edit.changes[j18Uri]);
      assert.ok(!/\[2018\]/.test(fixed));
      assert.ok(fixed.includes('嘉兴市人民政府关于表扬在慈善工作中 作出突出贡献集体和个人的通报'), 'the rest is untouched');
      assertSmallEdits(actions[0].edit.changes[j18Uri]);
    });

    it('source.fixAll.gazette fixes errors and warnings, as --fix does, not the guesses of an info or a hint', async () => {
      const j19 = corpusText('jiaxing-2019-07.txt');
      client.open(j19Uri, j19);
      try {
        await client.diagnostics(j19Uri);
        const [action]: any[] = await client.request('textDocument/codeAction', {
          textDocument: { uri: j19Uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only: ['source.fixAll'] },
        });
        const fixed = applyEdits(j19, action.edit.changes[j19Uri]);
        assert.ok(fixed.includes('嘉政办发〔2019〕31'), 'the [] of a number (an error) fixed');
        // structure/addressee's info (补上“人民政府”) and the hints on spaces left by extraction are left alone.
        assert.strictEqual(fixed.split('\n')[38], j19.split('\n')[38]);
        assert.ok(fixed.includes('嘉政发〔2019〕15 号'));
      } finally {
        client.close(j19Uri);
      }
    });

    it('the lightbulb (automatic, no kind) gets the quick fixes but not fix-all, which re-checks the whole text', async () => {
      const row = find(j18, '| 嘉政办发[2018]72 号').line;
      const diagnostic = (await client.diagnostics(j18Uri)).diagnostics.find((d) => d.range.start.line === row && d.code === 'doc-number/format')!;
      const ask = (triggerKind: number) =>
        client.request('textDocument/codeAction', { textDocument: { uri: j18Uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], triggerKind } }) as Promise<any[]>;
      const automatic = await ask(2);
      assert.ok(automatic.some((a) => a.kind === 'quickfix' && a.edit), automatic.map((a) => a.title).join(' | '));
      assert.ok(!automatic.some((a) => a.kind === 'source.fixAll.gazette'), automatic.map((a) => a.kind).join(' | '));
      // Asked for by the user (a code action menu without a kind, as Neovim's): fix-all is offered too.
      const invoked = await ask(1);
      assert.ok(invoked.some((a) => a.kind === 'source.fixAll.gazette'), invoked.map((a) => a.kind).join(' | '));
    });
  });

  describe('outline and folding', () => {
    it('lists the TOC, every document with its headings, and the 发文目录', async () => {
      const symbols: any[] = await client.request('textDocument/documentSymbol', { textDocument: { uri: j18Uri } });
      const names = symbols.map((s) => s.name);
      assert.strictEqual(names[0], '目录');
      assert.ok(names[names.length - 1].includes('发文目录'), names.join(' | '));
      const toc = symbols[0];
      assert.deepStrictEqual(toc.children.filter((c: any) => c.kind === 4).map((c: any) => c.name), ['市政府文件', '市政府办公室文件']);
      const docs = symbols.filter((s) => s.kind === 1);
      assert.ok(docs.length >= 8, `${docs.length} documents`);
      const first = docs[0];
      assert.ok(first.name.startsWith('嘉兴市人民政府关于表扬在慈善工作中'));
      assert.strictEqual(first.detail, '嘉政发〔2018〕30号');
      const d68 = docs.find((d) => d.detail === '嘉政办发〔2018〕68号');
      const top = d68.children[0];
      assert.ok(top.name.startsWith('一、'), top.name);
      assert.ok(top.children[0].name.startsWith('(一)'), top.children[0].name);
      const directory = symbols[symbols.length - 1];
      assert.ok(directory.children.length >= 8);
    });

    it('folds documents, headings and the TOC', async () => {
      const ranges: any[] = await client.request('textDocument/foldingRange', { textDocument: { uri: j18Uri } });
      const tocLine = find(j18, '目 录').line;
      assert.ok(ranges.some((r) => r.startLine === tocLine && r.endLine > tocLine + 30), 'TOC folds');
      const heading = find(j18, '一、总体要求').line;
      assert.ok(ranges.some((r) => r.startLine === heading && r.endLine > heading), 'heading folds');
      assert.ok(ranges.every((r) => r.endLine > r.startLine));
    });

    it('expands a selection from a unit to its annotation, its item and out to the whole issue', async () => {
      const position = at('〔责任单位:市建委,各县', 0, 7);
      const [first]: any[] = await client.request('textDocument/selectionRange', { textDocument: { uri: j18Uri }, positions: [position] });
      const text = client.text(j18Uri);
      const texts: string[] = [];
      for (let r = first; r; r = r.parent) texts.push(text.slice(offsetAt(text, r.range.start), offsetAt(text, r.range.end)));
      assert.ok(texts.length >= 6, texts.join(' | '));
      assert.ok(texts.some((t) => /^责任单位[:：]/.test(t)), 'the annotation inside its brackets');
      for (let k = 1; k < texts.length; k++) assert.ok(texts[k].includes(texts[k - 1]) && texts[k].length > texts[k - 1].length, texts[k].slice(0, 40));
      assert.strictEqual(texts[texts.length - 1], text.trimEnd());
    });
  });

  describe('hover, definition, references', () => {
    it('hover on a number shows its document and every place it is printed', async () => {
      const hover: any = await client.request('textDocument/hover', docParams(j18Uri, at('嘉政办发〔2018〕72 号', 0, 3)));
      const text = hover.contents.value as string;
      assert.match(text, /嘉兴市人民政府办公室关于公布 2018 年度/);
      assert.match(text, /2018 年 12 月/);
      for (const role of ['目录', '正文', '发文目录']) assert.ok(text.includes(role), `${role} in ${text}`);
    });

    it('hover on a unit lists its tasks; on a heading label its path', async () => {
      const unit: any = await client.request('textDocument/hover', docParams(j18Uri, at('责任单位:市建委', 0, 6)));
      assert.match(unit.contents.value, /市建委/);
      assert.match(unit.contents.value, /\d+ 项任务/);
      const heading: any = await client.request('textDocument/hover', docParams(j18Uri, at('(二)创建一批绿色村庄', 0, 1)));
      assert.match(heading.contents.value, /三、 > \(二\)/);
    });

    it('definition: a TOC number, a 发文目录 row and a title go to the document', async () => {
      const title = find(j18, '嘉兴市人民政府办公室关于公布 2018 年度', 1).line;
      for (const position of [at('(嘉政办发〔2018〕72 号)', 0, 4), at('| 嘉政办发[2018]72 号', 0, 5)]) {
        const defs: any[] = await client.request('textDocument/definition', docParams(j18Uri, position));
        assert.strictEqual(defs.length, 1, JSON.stringify(defs));
        assert.strictEqual(defs[0].uri, j18Uri);
        assert.strictEqual(defs[0].range.start.line, title);
      }
    });

    it('definition crosses files through the workspace index', async () => {
      client.open(citingUri, CITING);
      const defs: any[] = await client.request('textDocument/definition', docParams(citingUri, find(CITING, '嘉政办发〔2018〕72号', 0, 2)));
      assert.strictEqual(defs.length, 1);
      assert.strictEqual(defs[0].uri, j18Uri);
      assert.strictEqual(defs[0].range.start.line, find(j18, '嘉兴市人民政府办公室关于公布 2018 年度', 1).line);
      client.close(citingUri);
    });

    it('re-checks other open issues when a number they cite changes', async () => {
      // (Opened and closed before: wait for this opening's check, not an earlier publication.)
      const opened = client.nextCheck(citingUri);
      client.open(citingUri, CITING);
      const clean = await opened();
      assert.ok(!clean.diagnostics.some((d) => d.code === 'cross-reference/citation'));
      const body = find(client.text(j18Uri), '嘉政办发〔2018〕72 号', 1, '嘉政办发〔2018〕'.length);
      const count = client.published.length;
      client.change(j18Uri, [{ range: { start: body, end: { line: body.line, character: body.character + 2 } }, text: '79' }]);
      const stale = await client.waitFor(() => client.published.slice(count).find((p) => p.uri === citingUri));
      assert.ok(stale.diagnostics.some((d) => d.code === 'cross-reference/citation' && /79号/.test(d.message)), JSON.stringify(stale.diagnostics));
      const count2 = client.published.length;
      client.change(j18Uri, [{ range: { start: body, end: { line: body.line, character: body.character + 2 } }, text: '72' }]);
      const again = await client.waitFor(() => client.published.slice(count2).find((p) => p.uri === citingUri));
      assert.ok(!again.diagnostics.some((d) => d.code === 'cross-reference/citation'));
      assert.strictEqual(client.text(j18Uri), j18);
      client.close(citingUri);
    });

    it('re-checks other open issues when a character typed before a place they link to moves it on its line', async () => {
      // Two files of their own (numbers no other file has): a notice, and another citing it by a title it does not have.
      const targetUri = uriOf(path.join(dir, 'drafts/target.gzt'));
      const citerUri = uriOf(path.join(dir, 'drafts/citer.gzt'));
      const target = CITING.replace('嘉政办发〔2019〕99号', '嘉政办发〔2019〕131号');
      const citer = CITING.replace('嘉政办发〔2019〕99号', '嘉政办发〔2019〕132号')
        .replace('《嘉兴市人民政府办公室关于公布 2018 年度嘉兴市级企业技术中心的通知》(嘉政办发〔2018〕72号)', '《嘉兴市人民政府办公室关于做好企业技术中心评审工作的通知》(嘉政办发〔2019〕131号)');
      const targetChecked = client.nextCheck(targetUri);
      client.open(targetUri, target);
      await targetChecked();
      const opened = client.nextCheck(citerUri);
      client.open(citerUri, citer);
      const first = await opened();
      const linkOf = (p: { diagnostics: any[] }) =>
        p.diagnostics.flatMap((d) => (d.code === 'cross-reference/citation' ? d.relatedInformation ?? [] : [])).find((r: any) => r.location.uri === targetUri);
      const before = linkOf(first);
      assert.ok(before, JSON.stringify(first.diagnostics));
      assert.strictEqual(before.location.range.start.line, 0);
      assert.strictEqual(before.location.range.start.character, 0);
      const count = client.published.length;
      client.change(targetUri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '　' }]);
      const moved = await client.waitFor(() => client.published.slice(count).find((p) => p.uri === citerUri));
      const after = linkOf(moved);
      assert.strictEqual(after.location.range.start.line, 0);
      assert.strictEqual(after.location.range.start.character, 1, 'the link follows the title');
      client.close(citerUri);
      client.close(targetUri);
    });

    it('definition: 见附件N goes to that attachment', async function () {
      const j19 = corpusText('jiaxing-2019-07.txt');
      client.open(j19Uri, j19);
      const defs: any[] = await client.request('textDocument/definition', docParams(j19Uri, find(j19, '见附件 2)', 1, 1)));
      assert.strictEqual(defs.length, 1, JSON.stringify(defs));
      const line = j19.split('\n')[defs[0].range.start.line];
      assert.match(line, /农信机构“一对一”指导组表/);
      client.close(j19Uri);
    });

    it('references: every place the number or title is printed, across files', async () => {
      const refs: any[] = await client.request('textDocument/references', {
        ...docParams(j18Uri, at('嘉政办发〔2018〕72 号', 1, 3)),
        context: { includeDeclaration: true },
      });
      const here = refs.filter((r) => r.uri === j18Uri).map((r) => r.range.start.line);
      for (const needle of ['(嘉政办发〔2018〕72 号)', '| 嘉政办发[2018]72 号']) assert.ok(here.includes(find(j18, needle).line), needle);
      assert.ok(here.includes(find(j18, '嘉兴市人民政府办公室关于公布 2018 年度', 1).line), 'the title');
      assert.ok(refs.some((r) => r.uri === citingUri), 'the citation in another file');
      const without: any[] = await client.request('textDocument/references', {
        ...docParams(j18Uri, at('嘉政办发〔2018〕72 号', 1, 3)),
        context: { includeDeclaration: false },
      });
      assert.ok(without.length < refs.length);
    });
  });

  describe('rename', () => {
    it('prepareRename accepts only a document number', async () => {
      const ok: any = await client.request('textDocument/prepareRename', docParams(j18Uri, at('嘉政办发〔2018〕72 号', 1, 3)));
      assert.strictEqual(ok.placeholder, '嘉政办发〔2018〕72号');
      await assert.rejects(client.request('textDocument/prepareRename', docParams(j18Uri, at('近年来', 0, 1))), /only a document number can be renamed/);
    });

    it('rewrites every occurrence of the key in its normal form, and validates the new name', async () => {
      const edit: any = await client.request('textDocument/rename', { ...docParams(j18Uri, at('嘉政办发〔2018〕72 号', 1, 3)), newName: '嘉政办发〔2018〕80号' });
      const edits = edit.changes[j18Uri];
      assert.strictEqual(edits.length, 3, JSON.stringify(edits));
      assert.ok(edits.every((e: any) => e.newText === '嘉政办发〔2018〕80号'));
      const renamed = applyEdits(j18, edits);
      assert.ok(!renamed.includes('72 号') && !renamed.includes('72号'));
      assert.ok(renamed.includes('| 嘉政办发〔2018〕80号 |'));
      await assert.rejects(
        client.request('textDocument/rename', { ...docParams(j18Uri, at('嘉政办发〔2018〕72 号', 1, 3)), newName: '第72号' }),
        /not a document number/,
      );
    });
  });

  describe('completion, code lens, links, workspace symbols', () => {
    it('completes the next free serial after an issuer code and year', async () => {
      const line = j18.split('\n').length;
      client.change(j18Uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '\n嘉政办发〔2018〕' }]);
      const list: any = await client.request('textDocument/completion', docParams(j18Uri, { line: line, character: '嘉政办发〔2018〕'.length }));
      assert.strictEqual(list.items[0].label, '75号');
      client.change(j18Uri, [{ range: { start: { line: line - 1, character: j18.split('\n')[line - 1].length }, end: { line, character: 11 } }, text: '' }]);
      assert.strictEqual(client.text(j18Uri), j18);
    });

    it('completes heading labels, unit names and issuer codes', async () => {
      const uri = uriOf(path.join(dir, 'new.gazette'));
      const text = ['嘉兴市人民政府办公室关于做好示范工作的通知', '', '一、总体要求', '', '二、主要任务', '', '(一)建设公园。〔责任单位:市', '(二)创建村庄。', '', '嘉政'].join('\n');
      client.open(uri, text);
      const heading: any = await client.request('textDocument/completion', docParams(uri, { line: 8, character: 0 }));
      const labels = heading.items.map((i: any) => i.label);
      assert.strictEqual(labels[0], '(三)');
      assert.ok(labels.includes('三、'), labels.join(' '));
      const units: any = await client.request('textDocument/completion', docParams(uri, { line: 6, character: '(一)建设公园。〔责任单位:市'.length }));
      const unitNames = units.items.map((i: any) => i.label);
      assert.ok(unitNames.includes('市建委'), unitNames.slice(0, 10).join(' '));
      assert.deepStrictEqual(units.items.find((i: any) => i.label === '市建委').textEdit.range.start, { line: 6, character: '(一)建设公园。〔责任单位:'.length });
      const issuers: any = await client.request('textDocument/completion', docParams(uri, { line: 9, character: 2 }));
      const codes = issuers.items.map((i: any) => i.label);
      assert.ok(codes.includes('嘉政办发') && codes.includes('嘉政发'), codes.join(' '));
      client.close(uri);
    });

    it('shows a code lens above each task list', async () => {
      const lenses: any[] = await client.request('textDocument/codeLens', { textDocument: { uri: j18Uri } });
      assert.ok(lenses.length > 0);
      const line = find(j18, '三、创建重点').line;
      const lens = lenses.find((l) => l.range.start.line === line);
      assert.ok(lens, lenses.map((l) => l.range.start.line).join(','));
      assert.match(lens.command.title, /^\d+ 项任务 · \d+ 项未注明责任单位/);
    });

    it('links <http://…> autolinks', async () => {
      const links: any[] = await client.request('textDocument/documentLink', { textDocument: { uri: j18Uri } });
      const link = links.find((l) => l.target === 'http://www.jiaxing.gov.cn');
      assert.ok(link);
      assert.strictEqual(link.range.start.line, find(j18, '<http://www.jiaxing.gov.cn>').line);
    });

    it('finds documents of every indexed file by title or number', async () => {
      const all: any[] = await client.request('workspace/symbol', { query: '' });
      const files = new Set(all.map((s) => path.basename(s.location.uri)));
      assert.ok(files.has('j18.gazette') && files.has('j19.gazette') && files.has('citing.gzt'), [...files].join(' '));
      assert.ok(!files.has('notes.txt'));
      const byNumber: any[] = await client.request('workspace/symbol', { query: '嘉政办发〔2019〕33' });
      assert.strictEqual(byNumber.length, 1);
      assert.ok(byNumber[0].location.uri.endsWith('j19.gazette'));
      const byTitle: any[] = await client.request('workspace/symbol', { query: '结核病防治规划' });
      assert.ok(byTitle.some((s) => s.location.uri === j18Uri));
    });
  });

  describe('gazette.filePatterns', () => {
    it('indexes, watches and checks other files that match the patterns', async () => {
      const draftUri = uriOf(path.join(dir, 'drafts/draft.txt'));
      const before: any[] = await client.request('workspace/symbol', { query: '评审' });
      assert.strictEqual(before.length, 0);
      client.settings = { filePatterns: ['drafts/**/*.txt'] };
      client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const symbols = await client.poll(async () => {
        const found: any[] = await client.request('workspace/symbol', { query: '评审' });
        return found.length ? found : undefined;
      });
      assert.strictEqual(symbols[0].location.uri, draftUri);
      const watch = client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles').pop();
      assert.ok(watch.registerOptions.watchers.some((w: any) => w.globPattern === 'drafts/**/*.txt'));
      client.open(draftUri, fs.readFileSync(path.join(dir, 'drafts/draft.txt'), 'utf8'), 'plaintext');
      const published = await client.diagnostics(draftUri);
      assert.ok(published.diagnostics.some((d) => /前导零/.test(d.message)));
      client.close(draftUri);
      client.settings = {};
      client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    });
  });

  describe('robustness', () => {
    it('clamps out-of-range positions and answers requests for unknown documents', async () => {
      const far = { line: 99999, character: 99999 };
      assert.strictEqual(await client.request('textDocument/hover', docParams(j18Uri, far)), null);
      assert.deepStrictEqual(await client.request('textDocument/definition', docParams(j18Uri, { line: 10, character: 5000 })), []);
      assert.deepStrictEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere.gazette' } }), []);
      const symbols: any[] = await client.request('textDocument/documentSymbol', { textDocument: { uri: j18Uri } });
      assert.ok(symbols.length > 0, 'still serving');
    });

    it('answers the outline of a plaintext draft asked for before the settings that make it a gazette are read', async () => {
      const slow = await LspClient.start(dir, { filePatterns: ['drafts/**/*.txt'] }, ['--stdio'], { configurationDelayMs: 400 });
      try {
        const draftUri = uriOf(path.join(dir, 'drafts/draft.txt'));
        slow.open(draftUri, fs.readFileSync(path.join(dir, 'drafts/draft.txt'), 'utf8'), 'plaintext');
        const [symbols, folds]: any[][] = await Promise.all([
          slow.request('textDocument/documentSymbol', { textDocument: { uri: draftUri } }),
          slow.request('textDocument/foldingRange', { textDocument: { uri: draftUri } }),
        ]);
        assert.ok(symbols.length > 0, 'the outline, once the patterns are known');
        assert.ok(folds.length > 0);
      } finally {
        await slow.stop();
      }
    });

    it('speaks stdio when started as a plain command (gazette-language-server)', async () => {
      const plain = await LspClient.start(dir, {}, []);
      try {
        assert.ok(plain.initializeResult.capabilities.hoverProvider);
        plain.open(citingUri, CITING);
        await plain.diagnostics(citingUri);
      } finally {
        await plain.stop();
      }
    });

    it('check-workspace lints files that are not open', async () => {
      const count = client.published.length;
      const result: any = await client.request('gazette/checkWorkspace', {});
      assert.ok(result.files >= 3 && result.problems > 0, JSON.stringify(result));
      const j19 = client.published.slice(count).find((p) => p.uri.endsWith('j19.gazette'));
      assert.ok(j19 && j19.diagnostics.length > 0);
    });
  });
});
