// Cross-file index: every document of every issue in a workspace, looked up by
// number key or normalised title. Maps only: no all-pairs comparisons. An editor
// replaces one issue at every keystroke: only that issue's entries are redone.
import type { GazetteDocument, Issue } from './model';

export interface IndexedDocument {
  uri: string;
  document: GazetteDocument;
}

/** The keys an issue's documents were filed under, to take them out again. */
interface Filed {
  numbers: Set<string>;
  titles: Set<string>;
}

export class WorkspaceIndex {
  private readonly issues = new Map<string, Issue>();
  /** Each file's place in `issues`: lists are kept in that order, then in document order. */
  private readonly order = new Map<string, number>();
  private nextOrder = 0;
  private readonly byNumber = new Map<string, IndexedDocument[]>();
  private readonly byTitle = new Map<string, IndexedDocument[]>();
  private readonly filed = new Map<string, Filed>();
  /** Files set or deleted since the last lookup: filed again at the next one. */
  private readonly stale = new Set<string>();
  /** Lists made during this refresh, changed in place: a key shared by many files is copied once, not once per file. */
  private readonly madeNow = new Set<IndexedDocument[]>();

  /** Adds or replaces one file's issue. */
  set(uri: string, issue: Issue): void {
    if (!this.issues.has(uri)) this.order.set(uri, this.nextOrder++);
    this.issues.set(uri, issue);
    this.stale.add(uri);
  }

  delete(uri: string): void {
    if (!this.issues.delete(uri)) return;
    this.unfile(uri);
    this.order.delete(uri);
    this.stale.delete(uri);
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
    this.refresh();
    return this.byNumber.get(key) ?? [];
  }

  findByTitle(norm: string): IndexedDocument[] {
    this.refresh();
    return this.byTitle.get(norm) ?? [];
  }

  private refresh(): void {
    if (this.stale.size === 0) return;
    this.madeNow.clear(); // a list made by a delete since may have been handed out
    for (const uri of this.stale) {
      this.unfile(uri);
      this.file(uri, this.issues.get(uri)!);
    }
    this.stale.clear();
    this.madeNow.clear();
  }

  private file(uri: string, issue: Issue): void {
    const filed: Filed = { numbers: new Set(), titles: new Set() };
    const add = (map: Map<string, IndexedDocument[]>, keys: Set<string>, key: string, item: IndexedDocument) => {
      keys.add(key);
      this.insert(map, key, item);
    };
    for (const document of issue.documents) {
      const item = { uri, document };
      if (document.number) add(this.byNumber, filed.numbers, document.number.key, item);
      add(this.byTitle, filed.titles, document.title.norm, item);
      if (document.preTitle) add(this.byTitle, filed.titles, document.preTitle.norm, item);
      for (const part of document.parts) {
        if (part.kind === 'attached' && part.title) add(this.byTitle, filed.titles, part.title.norm, item);
      }
    }
    this.filed.set(uri, filed);
  }

  private unfile(uri: string): void {
    const filed = this.filed.get(uri);
    if (!filed) return;
    this.filed.delete(uri);
    const take = (map: Map<string, IndexedDocument[]>, key: string) => {
      const kept = map.get(key)!.filter((item) => item.uri !== uri);
      if (kept.length) map.set(key, this.made(kept));
      else map.delete(key);
    };
    for (const key of filed.numbers) take(this.byNumber, key);
    for (const key of filed.titles) take(this.byTitle, key);
  }

  /** After the items of files that come before this one, and this one's items filed so far. */
  private insert(map: Map<string, IndexedDocument[]>, key: string, item: IndexedDocument): void {
    let list = map.get(key);
    // A list handed out before this refresh is copied: a caller's list does not change under it.
    if (!list) map.set(key, (list = this.made([])));
    else if (!this.madeNow.has(list)) map.set(key, (list = this.made([...list])));
    const place = this.order.get(item.uri)!;
    let at = list.length;
    while (at > 0 && this.order.get(list[at - 1].uri)! > place) at--;
    list.splice(at, 0, item);
  }

  private made(list: IndexedDocument[]): IndexedDocument[] {
    this.madeNow.add(list);
    return list;
  }
}
