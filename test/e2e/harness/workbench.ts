// Driving the VS Code workbench in Chromium with playwright-core: the few gestures the scenes use.
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, repeatUntil, REPO, SCREENSHOTS, waitFor } from './tools';

// The little of the DOM that the page.evaluate callbacks use (the project compiles without lib.dom).
interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}
interface DomNode {
  textContent: string | null;
}
interface DomElement extends DomNode {
  className: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  getBoundingClientRect(): Rect;
}
declare const document: {
  querySelector(selector: string): DomElement | null;
  createTreeWalker(root: DomElement, what: number): { nextNode(): DomNode | null };
  createRange(): { setStart(node: DomNode, offset: number): void; setEnd(node: DomNode, offset: number): void; getBoundingClientRect(): Rect };
};
declare const NodeFilter: { SHOW_TEXT: number };

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=zh-CN',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export async function openWorkbench(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  return page;
}

/** Opens a file of the workspace root by clicking it in the Explorer. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.click(`.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`);
  await page.waitForSelector(`.tab.active[aria-label^="${name}"]`, { timeout: 20_000 });
  await page.waitForSelector('.monaco-editor .view-lines .view-line');
}

export async function statusItem(page: Page, id: string): Promise<string> {
  return (await page.locator(`[id="${id}"]`).first().innerText()).trim();
}

/** Ln/Col of the cursor, from the status bar. */
export async function cursor(page: Page): Promise<{ line: number; col: number }> {
  const text = await statusItem(page, 'status.editor.selection');
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  if (!m) throw new Error(`no cursor position in "${text}"`);
  return { line: Number(m[1]), col: Number(m[2]) };
}

/**
 * Moves the cursor to a 1-based line and UTF-16 column (as the status bar counts them). Go to Line
 * takes the column as given in VS Code 1.100 but as a display column in newer releases (a CJK
 * character counts two), so the arrow keys finish the move until the status bar agrees.
 */
export async function gotoLine(page: Page, line: number, col = 1): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${col}`);
  await page.keyboard.press('Enter');
  let at = await waitFor(`cursor on line ${line}`, async () => {
    const now = await cursor(page);
    return now.line === line && now;
  }, 5000);
  for (let step = 0; at.col !== col; step++) {
    if (step > 200) throw new Error(`cursor stuck at ${at.line}:${at.col}, wanted ${line}:${col}`);
    const before = at;
    await page.keyboard.press(at.col < col ? 'ArrowRight' : 'ArrowLeft');
    at = await waitFor(`cursor to move from ${before.line}:${before.col}`, async () => {
      const now = await cursor(page);
      return now.col !== before.col && now;
    }, 2000, 20);
    if (at.line !== line) throw new Error(`cursor left line ${line} looking for column ${col}`);
  }
}

/** Focuses the active editor's input: the EditContext element in newer releases, the textarea in 1.100. */
export async function focusEditor(page: Page): Promise<void> {
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  const editContext = editor.locator('.native-edit-context');
  await ((await editContext.count()) ? editContext : editor.locator('textarea')).first().focus();
}

/** The rendered text of the visible editor lines, by 1-based line number (wrapped lines joined). */
export async function visibleLines(page: Page): Promise<Map<number, string>> {
  const pairs = await page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor')!;
    const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')]
      .map((e) => ({ top: e.getBoundingClientRect().top, n: Number(e.textContent) }))
      .filter((e) => e.n > 0)
      .sort((a, b) => a.top - b.top);
    const lines = [...editor.querySelectorAll('.view-lines .view-line')]
      .map((e) => ({ top: e.getBoundingClientRect().top, text: (e.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top);
    const out: [number, string][] = [];
    for (const l of lines) {
      const owner = numbers.filter((n) => n.top <= l.top + 1).pop();
      if (!owner) continue;
      const last = out[out.length - 1];
      if (last && last[0] === owner.n) last[1] += l.text;
      else out.push([owner.n, l.text]);
    }
    return out;
  });
  return new Map(pairs);
}

/** The text of one line: moves there first so that it is rendered. */
export async function lineText(page: Page, line: number): Promise<string> {
  await gotoLine(page, line, 1);
  const lines = await visibleLines(page);
  const text = lines.get(line);
  if (text === undefined) throw new Error(`line ${line} is not rendered`);
  return text.replace(/\s+$/, '');
}

export interface Squiggle {
  severity: 'error' | 'warning' | 'info' | 'hint';
  line: number;
  /** The rendered text under the decoration. */
  text: string;
  box: { x: number; y: number; width: number; height: number };
}

/** The squiggles on screen and the rendered characters each one underlines. */
export async function squiggles(page: Page): Promise<Squiggle[]> {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor')!;
    const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')]
      .map((e) => ({ top: e.getBoundingClientRect().top, n: Number(e.textContent) }))
      .filter((e) => e.n > 0)
      .sort((a, b) => a.top - b.top);
    const viewLines = [...editor.querySelectorAll('.view-lines .view-line')];
    const out = [];
    for (const el of editor.querySelectorAll('.view-overlays [class*="squiggly-"]')) {
      const m = /squiggly-(error|warning|info|hint)/.exec(el.className);
      const r = el.getBoundingClientRect();
      if (!m || r.width < 1) continue;
      const y = r.top + r.height / 2;
      let text = '';
      const row = viewLines.find((v) => {
        const b = v.getBoundingClientRect();
        return b.top <= y && y < b.bottom;
      });
      if (row) {
        const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
        const probe = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = node.textContent ?? '';
          for (let i = 0; i < value.length; i++) {
            probe.setStart(node, i);
            probe.setEnd(node, i + 1);
            const b = probe.getBoundingClientRect();
            const centre = (b.left + b.right) / 2;
            if (centre > r.left && centre < r.right) text += value[i];
          }
        }
      }
      const owner = numbers.filter((n) => n.top <= r.top + 1).pop();
      out.push({
        severity: m[1] as 'error' | 'warning' | 'info' | 'hint',
        line: owner?.n ?? -1,
        text: text.replace(/\u00a0/g, ' '),
        box: { x: r.left, y: r.top, width: r.width, height: r.height },
      });
    }
    return out;
  });
}

/** Hovers a point and answers the text of the hover widget. */
export async function hoverAt(page: Page, x: number, y: number): Promise<string> {
  await page.mouse.move(x, y);
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
  await hover.waitFor({ state: 'visible', timeout: 10_000 });
  return (await hover.innerText()).trim();
}

/** Runs a command from the command palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible' });
  // Enter runs the focused row: wait until the filtered list has put this command there, else click it.
  const focused = page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: title });
  if (await focused.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) await page.keyboard.press('Enter');
  else await row.click();
}

/**
 * Opens the suggest widget (Ctrl+Space) at the cursor and answers its row holding this text. The
 * widget is closed and asked again when the row has not shown after a few seconds: on a loaded
 * machine it sometimes does not open, and a person would press the keys again.
 */
export async function suggestRow(page: Page, text: string): Promise<Locator> {
  const row = page.locator('.suggest-widget .monaco-list-row', { hasText: text }).first();
  await repeatUntil(
    `the suggestion “${text}”`,
    async (attempt) => {
      if (attempt > 1) await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Space');
    },
    () => row.isVisible(),
    5,
    6000,
  );
  return row;
}

export async function screenshot(page: Page, name: string, dir = SCREENSHOTS): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.mouse.move(1, 1).catch(() => undefined);
  await page.screenshot({ path: file });
  return file;
}

/** A screenshot of a failed test, under out/e2e/failures (not part of the documentation). */
export async function failureShot(page: Page, title: string): Promise<string> {
  const dir = path.join(REPO, 'out/e2e/failures');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${title.replace(/[^\w\u4e00-\u9fff]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Screenshot with the mouse left where it is (hover widgets stay open). */
export async function screenshotAsIs(page: Page, name: string, dir = SCREENSHOTS): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The text of every row of a (virtualised) list, scrolling it from top to bottom. */
export async function collectListRows(page: Page, container: string): Promise<string[]> {
  const list = page.locator(`${container} .monaco-list`).first();
  const box = await list.boundingBox();
  if (!box) throw new Error(`${container} has no list on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 100));
  const seen = new Map<number, string>();
  for (let round = 0; round < 50; round++) {
    const rows = await list.locator('.monaco-list-row').evaluateAll((els) =>
      els.map((e) => {
        const el = e as unknown as { getAttribute(n: string): string | null; textContent: string | null };
        return [Number(el.getAttribute('data-index')), el.textContent ?? ''] as [number, string];
      }),
    );
    const before = seen.size;
    for (const [i, text] of rows) seen.set(i, text);
    if (round > 0 && seen.size === before) break;
    await page.mouse.wheel(0, box.height * 0.8);
    await page.waitForTimeout(150);
  }
  await page.mouse.wheel(0, -100_000);
  return [...seen].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
}
