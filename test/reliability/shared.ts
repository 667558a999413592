// Corpus texts and a workspace holding them, for the reliability tests.
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { parseIssue, WorkspaceIndex } from '../../server/src/engine';
import { corpus, corpusAvailable, CORPUS, CORPUS_DIR } from '../corpus';

/** The corpus texts, or none when the corpus is missing (random inputs still run). */
export const texts: string[] = corpusAvailable ? (Object.keys(CORPUS) as (keyof typeof CORPUS)[]).map((k) => corpus(k)) : [];

export const uriOf = (name: keyof typeof CORPUS) => pathToFileURL(path.join(CORPUS_DIR, CORPUS[name])).href;

/** A workspace of the corpus issues, so cross-file rules run too. */
export function corpusWorkspace(): WorkspaceIndex {
  const ws = new WorkspaceIndex();
  if (corpusAvailable) for (const k of Object.keys(CORPUS) as (keyof typeof CORPUS)[]) ws.set(uriOf(k), parseIssue(corpus(k)));
  return ws;
}

/** Fixed seed for every property: failures replay. Override with FC_SEED to explore. */
export const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20181217;
