// The extension in the real VS Code UI: code-server driven by Chromium, once for each editor release
// (VS Code 1.100 and the newest). The packaged .vsix is installed into a fresh profile; each scene is
// checked on screen and saved as a PNG (the committed ones in docs/screenshots/ come from VS Code 1.100).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CodeServer } from './harness/codeServer';
import { EDITORS, ensureChromium, ensureCodeServer, FIXTURES, packageVsix, repeatUntil, skipBecause, waitFor, workspaceCopy, type Editor } from './harness/tools';
import * as wb from './harness/workbench';

const FILE = 'jiaxing-2019-07-excerpt.gazette';
const original = readFileSync(path.join(FIXTURES, FILE), 'utf8');
const lines = original.split('\n');

/** 1-based line holding a string (the n-th such line). */
function lineOf(needle: string, nth = 0): number {
  const found = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  assert.ok(found.length > nth, `fixture line with “${needle}”`);
  return found[nth];
}

/** 1-based UTF-16 column of a string in its line. */
function colOf(needle: string, nth = 0): number {
  return lines[lineOf(needle, nth) - 1].indexOf(needle) + 1;
}

function scenes(editor: Editor): void {
  const shot = (page: Page, name: string) => wb.screenshot(page, name, editor.screenshots);
  const shotAsIs = (page: Page, name: string) => wb.screenshotAsIs(page, name, editor.screenshots);

  describe('UI scenes in Chromium', function () {
    this.timeout(120_000);
    let server: CodeServer | undefined;
    let browser: Browser | undefined;
    let page: Page;
    let workspace: string;
    /** The workbench's last errors and warnings in the browser console, for failure messages. */
    let browserErrors: string[] = [];

    before(async function () {
      this.timeout(30 * 60_000);
      const chromium = ensureChromium();
      if ('missing' in chromium) skipBecause(this, `UI tests: ${chromium.missing}`);
      const codeServer = ensureCodeServer(editor);
      if ('missing' in codeServer) skipBecause(this, `UI tests on ${editor.title}: ${codeServer.missing}`);
      const vsix = packageVsix();
      workspace = workspaceCopy();
      server = await CodeServer.start({ bin: codeServer.path, vsix });
      browser = await wb.launchBrowser();
      page = await wb.openWorkbench(browser, server.workbenchUrl(workspace));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') browserErrors = [...browserErrors.slice(-19), `${m.type()}: ${m.text().slice(0, 500)}`];
      });
      await wb.openFile(page, FILE);
    });

    after(async function () {
      this.timeout(30_000);
      await browser?.close();
      await server?.stop();
    });

    afterEach(async function () {
      if (this.currentTest?.state === 'failed' && page) {
        const file = await wb.failureShot(page, this.currentTest.fullTitle()).catch(() => undefined);
        if (file) console.log(`      screenshot of the failure: ${file}`);
        console.log(`      logs of the extension:\n${server?.extensionLog().replace(/^/gm, '        ')}`);
        console.log(`      the browser console's last errors and warnings:\n${browserErrors.join('\n').replace(/^/gm, '        ')}`);
        browserErrors = [];
        // What a failed scene typed stays out of the next ones: they start from the file as saved.
        await page.keyboard.press('Escape').catch(() => undefined);
        await wb.runCommand(page, 'File: Revert File').catch(() => undefined);
      }
    });

    it('gives the file the gazette language and activates the extension', async () => {
      await waitFor('language mode', async () => (await wb.statusItem(page, 'status.editor.mode')) === 'Gazette draft');
      // The client's own status item exists only once activate() has run.
      const item = page.locator('[id="gazette-tools.gazette-lint.gazette.problems"]');
      await item.waitFor({ state: 'visible', timeout: 60_000 });
      assert.match(await item.innerText(), /公报/);
      await wb.runCommand(page, 'Developer: Show Running Extensions');
      const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Gazette Lint' });
      await row.waitFor({ state: 'visible', timeout: 20_000 });
      await shot(page, '01-language-and-activation');
      await page.keyboard.press('Control+W');
    });

    it('underlines the defective text with squiggles and explains them on hover', async () => {
      await page.waitForSelector('.squiggly-error', { timeout: 60_000 });
      await wb.gotoLine(page, 1);
      const numberLine = lineOf('嘉政办发[2019]33号');
      const marks = await waitFor('the squiggle on the document number', async () => {
        const all = await wb.squiggles(page);
        return all.some((s) => s.line === numberLine) && all;
      });
      const number = marks.find((s) => s.line === numberLine && s.severity === 'error');
      assert.ok(number, `an error squiggle on line ${numberLine}: ${JSON.stringify(marks)}`);
      assert.equal(number.text, '[2019]');
      const numbering = marks.find((s) => s.line === lineOf('(四)建立问题建议清单') && s.severity === 'error' && s.text.includes('四'));
      assert.ok(numbering, `a squiggle on (四): ${JSON.stringify(marks)}`);
      const hover = await wb.hoverAt(page, number.box.x + number.box.width / 2, number.box.y + number.box.height / 2);
      assert.match(hover, /六角括号/);
      assert.match(hover, /doc-number\/format/);
      await shotAsIs(page, '02-squiggle-hover');
      await page.mouse.move(1, 1);
    });

    it('lists the problems with their rule ids in the Problems panel', async () => {
      await wb.focusEditor(page);
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.first().waitFor({ state: 'visible', timeout: 20_000 });
      const labels = await waitFor('the problems of the file', async () => {
        const all = await rows.evaluateAll((els) => els.map((e) => (e as unknown as { textContent: string }).textContent));
        return all.some((t) => t.includes('responsible-unit/')) && all;
      });
      const text = labels.join('\n');
      for (const rule of ['doc-number/format', 'numbering/sequence', 'cross-reference/attachments', 'responsible-unit/brackets']) {
        assert.ok(text.includes(rule), `${rule} in the Problems panel:\n${text}`);
      }
      assert.match(text, /六角括号/);
      // The client's command lints the files that are not open too.
      await wb.runCommand(page, 'Gazette: Check whole workspace');
      // The command reveals the Problems panel with a toggle, which closes it when it is open already.
      await page.waitForTimeout(500);
      if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
      const other = await waitFor('the problems of the other file', async () => {
        const all = (await wb.collectListRows(page, '.markers-panel')).join('\n');
        return all.includes('shaoxing-2018-08-excerpt.gazette') && all.includes('cross-reference/toc') && all;
      });
      for (const rule of ['cross-reference/toc', 'responsible-unit/label', 'numbering/sequence']) {
        assert.ok(other.includes(rule), `${rule} for the other file:\n${other}`);
      }
      await shot(page, '03-problems-panel');
      await wb.runCommand(page, 'Notifications: Clear All Notifications');
      await page.keyboard.press('Control+J'); // close the panel again
    });

    it('shows the sections, documents and headings in the Outline', async () => {
      const header = page.locator('.pane-header', { hasText: /^outline$/i });
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      // Fold the file list so that the Outline gets the height of the side bar.
      const folders = page.locator('.pane-header', { has: page.locator('h3', { hasText: /^workspace/i }) }).first();
      if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
      const rows = page.locator('.outline-pane .monaco-list-row');
      await rows.first().waitFor({ state: 'visible', timeout: 20_000 });
      const seen = await wb.collectListRows(page, '.outline-pane');
      const all = seen.join('\n');
      for (const name of ['目录', '市政府办公室文件', '嘉兴市人民政府办公室关于支持全市农信机构高质量发展的意见', '一、明确目标任务', '(四)建立问题建议清单', '2019年嘉兴市食品安全工作要点']) {
        assert.ok(all.includes(name), `${name} in the Outline:\n${all}`);
      }
      await shot(page, '04-outline');
      if ((await folders.getAttribute('aria-expanded')) !== 'true') await folders.click();
    });

    it('goes from a TOC entry to its document (F12)', async () => {
      const toc = lineOf('嘉兴市人民政府办公室关于支持全市农信机构高质量发展的意见', 0);
      const title = lineOf('嘉兴市人民政府办公室关于支持全市农信机构高质量发展的意见', 1);
      await wb.gotoLine(page, toc, 5);
      await page.keyboard.press('F12');
      await waitFor(`the cursor on line ${title}`, async () => (await wb.cursor(page)).line === title);
      await shot(page, '05-go-to-definition');
    });

    it('expands the selection to a cited title, then to its 《》 and on through the sentence (Expand Selection)', async () => {
      const line = lineOf('《2019年嘉兴市食品安全工作要点》');
      const title = '2019年嘉兴市食品安全工作要点';
      await wb.gotoLine(page, line, lines[line - 1].indexOf('食品安全') + 1);
      // The status bar counts what is selected: the word (年嘉兴市…要点, as the language's word pattern reads it), the
      // title, the title with its 《》, then the sentence.
      const counts: number[] = [];
      for (let step = 0; step < 4; step++) {
        await wb.runCommand(page, 'Expand Selection');
        const before = counts[counts.length - 1] ?? 0;
        counts.push(await waitFor('the selection to grow', async () => {
          const n = Number(/\((\d+) selected\)/.exec(await wb.statusItem(page, 'status.editor.selection'))?.[1] ?? 0);
          return n > before && n;
        }, 5000));
      }
      const k = counts.indexOf(title.length);
      assert.ok(k >= 0 && counts[k + 1] === title.length + 2 && counts[k + 2] > title.length + 2, `selected ${counts.join(' → ')}`);
      await page.keyboard.press('Escape');
    });

    it('completes the next heading label at the start of a line', async () => {
      const empty = lineOf('(二)做好总结提升') + 1;
      assert.equal(lines[empty - 1], '');
      await wb.gotoLine(page, empty, 1);
      const row = await wb.suggestRow(page, '(三)');
      await shot(page, '06-completion-heading');
      await row.click();
      await waitFor('(三) inserted', async () => (await wb.visibleLines(page)).get(empty)?.startsWith('(三)'));
      await undoUntil(page, empty);
    });

    it('expands a snippet', async () => {
      const snippet = pickSnippet();
      const empty = lineOf('(二)做好总结提升') + 1;
      await wb.gotoLine(page, empty, 1);
      await page.keyboard.type(snippet.prefix);
      const row = await wb.suggestRow(page, snippet.prefix);
      await row.click();
      const expanded = await waitFor('the snippet text', async () => {
        const text = (await wb.visibleLines(page)).get(empty);
        return text === snippet.expansion && text;
      }, 10_000).catch(async () => (await wb.visibleLines(page)).get(empty));
      assert.equal(expanded, snippet.expansion);
      await shot(page, '07-snippet');
      await undoUntil(page, empty);
    });

    it('fixes a document number from the light bulb and the problem goes away', async () => {
      const line = lineOf('嘉政办发[2019]33号');
      await wb.gotoLine(page, line, colOf('[2019]') + 2);
      const bulb = page.locator('.lightBulbWidget');
      await bulb.waitFor({ state: 'visible', timeout: 20_000 });
      await bulb.click();
      const action = page.locator('.action-widget .monaco-list-row', { hasText: '〔2019〕' }).first();
      await action.waitFor({ state: 'visible', timeout: 10_000 });
      await shotAsIs(page, '08-quick-fix-menu');
      // The menu sits behind a pointer block: choose with the keyboard.
      await waitFor('the fix focused in the menu', async () => {
        const focused = (await page.locator('.action-widget .monaco-list-row.focused').first().getAttribute('aria-label')) ?? '';
        if (focused.includes('〔2019〕')) return true;
        await page.keyboard.press('ArrowDown');
        return false;
      }, 5000);
      await page.keyboard.press('Enter');
      await waitFor('the fixed line', async () => (await wb.visibleLines(page)).get(line) === '嘉政办发〔2019〕33号');
      await waitFor('the squiggle to go', async () => !(await wb.squiggles(page)).some((s) => s.line === line));
      await page.keyboard.press('Control+S');
      const saved = await waitFor('the saved file', () => {
        const text = readFileSync(path.join(workspace, FILE), 'utf8');
        return text !== original && text;
      });
      assert.deepEqual(changedLines(original, saved), [[line, '嘉政办发[2019]33号', '嘉政办发〔2019〕33号']], 'only the brackets changed');
      await shot(page, '09-quick-fix-applied');
    });

    it('renames a document number in the TOC, the document and the 发文目录 (F2)', async () => {
      const body = lineOf('嘉政办发〔2019〕34号');
      await wb.gotoLine(page, body, 6);
      await page.keyboard.press('F2');
      const input = page.locator('.rename-box input, .rename-box textarea').first();
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill('嘉政办发〔2019〕36号');
      await shotAsIs(page, '10-rename');
      await page.keyboard.press('Enter');
      await waitFor('the renamed line', async () => (await wb.visibleLines(page)).get(body) === '嘉政办发〔2019〕36号');
      await page.keyboard.press('Control+S');
      const saved = await waitFor('the saved file', () => {
        const text = readFileSync(path.join(workspace, FILE), 'utf8');
        return text.includes('36号') && text;
      });
      assert.equal(saved.match(/嘉政办发〔2019〕36号/g)?.length, 3, 'TOC, document and 发文目录');
      assert.doesNotMatch(saved, /嘉政办发〔2019〕34\s*号/);
      await wb.gotoLine(page, lineOf('(嘉政办发〔2019〕34 号)'), 1);
      await shot(page, '11-rename-applied');
    });

    it('fixes every fixable problem at once (Fix All): those fixes and nothing else, the cursor staying put', async () => {
      const start = readFileSync(path.join(workspace, FILE), 'utf8');
      // A second fixable problem, well above the cursor: "and" in a Chinese sentence.
      const typed = lineOf('对照高质量发展要求');
      await wb.gotoLine(page, typed, colOf('对照高质量发展要求') + 2);
      await page.keyboard.insertText(' and ');
      await waitFor('the squiggle on the typed word', async () => (await wb.squiggles(page)).some((s) => s.line === typed && s.text.includes('and')));
      const bracketLine = lineOf('(三)加强基层食品安全监管机构建设');
      const at = { line: lineOf('二、完善工作机制'), col: 3 };
      assert.ok(typed < at.line && at.line < bracketLine);
      await wb.gotoLine(page, at.line, at.col);
      // VS Code drops a Fix All still waiting for its answer when the lightbulb asks again (after a
      // cursor move or new diagnostics): on a loaded machine a person may have to run it twice. So
      // let the lightbulb's request go first, and run it again if nothing changed.
      await page.waitForTimeout(1000);
      // (Read from the lines on screen: going to a line would move the cursor.)
      const fixed = async () => !!(await wb.visibleLines(page)).get(typed)?.includes('对照和高质量发展要求');
      await repeatUntil('the line fixed by Fix All', () => wb.runCommand(page, 'Fix All'), fixed, 3, 10_000);
      assert.deepEqual(await wb.cursor(page), at);
      await page.keyboard.press('Control+S');
      const saved = await waitFor('the saved file', () => {
        const text = readFileSync(path.join(workspace, FILE), 'utf8');
        return text.includes('对照和') && text;
      });
      const changed = changedLines(start, saved);
      assert.deepEqual(changed.map(([l]) => l).filter((l) => l === typed || l === bracketLine), [typed, bracketLine]);
      // Besides: the spelling of the number 嘉政办发〔2019〕33号 where it is listed (brackets, spaces), nothing else.
      const spelling = (s: string) => s.replace(/[\s[\]〔〕]/g, '');
      for (const [line, before, after] of changed) {
        if (line !== typed && line !== bracketLine) assert.ok(before.includes('33') && spelling(before) === spelling(after), `line ${line}: ${before} -> ${after}`);
      }
      assert.match(saved.split('\n')[bracketLine - 1], /〔[^〔〕\]]*〕/);
      await shot(page, '12-fix-all-applied');
    });
  });
}

for (const editor of EDITORS) describe(editor.title, () => scenes(editor));

/** [line, before, after] for each line that differs (same line count expected). */
function changedLines(before: string, after: string): [number, string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  const out: [number, string, string][] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) out.push([i + 1, a[i], b[i]]);
  return out;
}

/** Undoes until the line reads as in the fixture again and the editor is clean. */
async function undoUntil(page: Page, line: number): Promise<void> {
  await page.keyboard.press('Escape');
  await wb.focusEditor(page);
  await waitFor(`line ${line} restored`, async () => {
    const text = (await wb.visibleLines(page)).get(line);
    if (text?.trimEnd() === lines[line - 1] && !(await page.locator('.tab.active.dirty').count())) return true;
    await page.keyboard.press('Control+Z');
    await page.waitForTimeout(200);
    return false;
  }, 10_000);
}

/** A one-line snippet of snippets/gazette.json with no variables, and the text it expands to. */
function pickSnippet(): { prefix: string; expansion: string } {
  const repo = path.resolve(__dirname, '../..');
  const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
  const files: { language: string; path: string }[] = pkg.contributes?.snippets ?? [];
  for (const f of files.filter((s) => s.language === 'gazette')) {
    const snippets: Record<string, { prefix: string | string[]; body: string | string[] }> = JSON.parse(readFileSync(path.join(repo, f.path), 'utf8'));
    for (const s of Object.values(snippets)) {
      const body = Array.isArray(s.body) ? s.body : [s.body];
      const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      const prefix = prefixes.find((p) => /^[a-z]+$/.test(p));
      if (body.length !== 1 || !prefix || /\$[A-Z{]*[A-Z]/.test(body[0].replace(/\$\{\d+/g, ''))) continue;
      return { prefix, expansion: expandSnippet(body[0]) };
    }
  }
  throw new Error('no one-line gazette snippet with a latin prefix in package.json contributes.snippets');
}

/** The text a snippet body inserts when every placeholder keeps its default. */
export function expandSnippet(body: string): string {
  let out = body;
  for (let guard = 0; guard < 20 && /\$\{\d+[:|]/.test(out); guard++) {
    out = out.replace(/\$\{\d+:((?:[^${}]|\$(?!\{))*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  }
  return out.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}
