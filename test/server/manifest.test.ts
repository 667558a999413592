// The extension manifest agrees with the client, the server, the grammar and the snippets.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO, buildOnce } from './lspClient';

const read = (file: string) => fs.readFileSync(path.join(REPO, file), 'utf8');
const pkg = JSON.parse(read('package.json'));
const contributes = pkg.contributes;

describe('extension manifest', () => {
  it('registers exactly the contributed commands in the client', () => {
    const source = read('client/src/extension.ts');
    const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    const declared = contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepStrictEqual(registered, declared);
    assert.deepStrictEqual(declared, ['gazette.checkWorkspace', 'gazette.restartServer', 'gazette.showRuleDocumentation', 'gazette.treatAsGazette']);
  });

  it('declares every gazette.* setting the server and client read', () => {
    const props = Object.keys(contributes.configuration.properties).sort();
    assert.deepStrictEqual(props, ['gazette.diagnostics.debounceMs', 'gazette.filePatterns', 'gazette.locale', 'gazette.rules', 'gazette.trace.server']);
    assert.ok(pkg.capabilities.untrustedWorkspaces.supported === 'limited');
    assert.deepStrictEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['gazette.filePatterns']);
  });

  it('activates on the language and on workspaces with gazettes', () => {
    assert.ok(pkg.activationEvents.includes('onLanguage:gazette'));
    assert.ok(pkg.activationEvents.includes('workspaceContains:**/*.gazette'));
    assert.strictEqual(pkg.main, './dist/client.js');
  });

  it('points at a grammar, snippets, a language configuration and a schema that exist', () => {
    const grammar = JSON.parse(read(contributes.grammars[0].path));
    assert.strictEqual(grammar.scopeName, contributes.grammars[0].scopeName);
    const config = JSON.parse(read(contributes.languages[0].configuration));
    const pairs = config.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
    for (const pair of ['〔〕', '《》', '“”', '（）', '【】', '()', '[]']) {
      assert.ok(pairs.includes(pair), pair);
      assert.ok(config.surroundingPairs.some((p: string[]) => p.join('') === pair), pair);
      assert.ok(config.brackets.some((p: string[]) => p.join('') === pair), pair);
    }
    assert.ok(fs.existsSync(path.join(REPO, contributes.jsonValidation[0].url)));
  });

  it('snippets are complete and write dates without leading zeros', () => {
    const snippets = JSON.parse(read(contributes.snippets[0].path));
    for (const [name, s] of Object.entries<any>(snippets)) {
      assert.ok(s.prefix && s.body && s.description, name);
    }
    const doc = snippets['Document (公文)'].body.join('\n');
    for (const part of ['〔', '号', '：', '一、', '附件：', '${CURRENT_MONTH/^0//}', '${CURRENT_DATE/^0//}']) assert.ok(doc.includes(part), part);
    assert.ok(!/\$CURRENT_MONTH(?!\/)|\$\{CURRENT_MONTH\}/.test(doc), 'no zero-padded month');
    assert.match(snippets['Task with responsible unit (任务及责任单位)'].body[0], /〔责任单位：/);
  });

  it('bundles the client with vscode left external', async function () {
    this.timeout(60000);
    await buildOnce();
    const bundle = read('dist/client.js');
    assert.match(bundle, /require\("vscode"\)/);
    assert.ok(bundle.includes('gazette/checkWorkspace'));
    assert.ok(read('dist/server.js').startsWith('#!/usr/bin/env node'));
  });
});
