// Access to the real gazette issues beside the repository (../shared/corpus).
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export const CORPUS_DIR = path.resolve(__dirname, '../../shared/corpus');
export const corpusAvailable = existsSync(CORPUS_DIR);

export const CORPUS = {
  J18: 'jiaxing-2018-12.txt',
  J19: 'jiaxing-2019-07.txt',
  SX: 'shaoxing-2018-08.txt',
} as const;

const cache = new Map<string, string>();

/** The text of a corpus file. */
export function corpus(name: keyof typeof CORPUS): string {
  const file = path.join(CORPUS_DIR, CORPUS[name]);
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8');
    cache.set(file, text);
  }
  return text;
}

/** Lines [from, to] (1-based, inclusive) of a corpus file, joined with \n: a small real excerpt. */
export function excerpt(name: keyof typeof CORPUS, from: number, to: number): string {
  return corpus(name).split('\n').slice(from - 1, to).join('\n');
}

/** Call at the top of a describe() body: skips the suite when the corpus is missing. */
export function requireCorpus(ctx: Mocha.Context | Mocha.Suite): void {
  if (!corpusAvailable) {
    // eslint-disable-next-line no-console
    console.log(`  (skipped: corpus not found at ${CORPUS_DIR})`);
    (ctx as Mocha.Suite).pending = true;
  }
}

/** 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
