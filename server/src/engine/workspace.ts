// Cross-file index: every document of every issue in a workspace, looked up by
// number key or normalised title. Maps only: no all-pairs comparisons.
import type { GazetteDocument, Issue } from './model';

export interface IndexedDocument {
  uri: string;
  document: GazetteDocument;
}

export class WorkspaceIndex {
  private readonly issues = new Map<string, Issue>();
  private byNumber = new Map<string, IndexedDocument[]>();
  private byTitle = new Map<string, IndexedDocument[]>();
  private dirty = false;

  /** Adds or replaces one file's issue. */
  set(uri: string, issue: Issue): void {
    this.issues.set(uri, issue);
    this.dirty = true;
  }

  delete(uri: string): void {
    if (this.issues.delete(uri)) this.dirty = true;
  }

  get(uri: string): Issue | undefined {
    return this.issues.get(uri);
  }

  uris(): string[] {
    return [...this.issues.keys()];
  }

  entries(): [string, Issue][] {
    return [...this.issues.entries()];
  }

  findByNumber(key: string): IndexedDocument[] {
    this.rebuild();
    return this.byNumber.get(key) ?? [];
  }

  findByTitle(norm: string): IndexedDocument[] {
    this.rebuild();
    return this.byTitle.get(norm) ?? [];
  }

  private rebuild(): void {
    if (!this.dirty) return;
    this.byNumber = new Map();
    this.byTitle = new Map();
    for (const [uri, issue] of this.issues) {
      for (const document of issue.documents) {
        const item = { uri, document };
        if (document.number) push(this.byNumber, document.number.key, item);
        push(this.byTitle, document.title.norm, item);
        if (document.preTitle) push(this.byTitle, document.preTitle.norm, item);
        for (const part of document.parts) {
          if (part.kind === 'attached' && part.title) push(this.byTitle, part.title.norm, item);
        }
      }
    }
    this.dirty = false;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
