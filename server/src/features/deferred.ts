// A promise settled from outside: work that starts in one handler and ends in another.
export interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  /** Whether resolve() was called. */
  readonly settled: boolean;
}

export function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  const d = {
    promise,
    settled: false,
    resolve: () => {
      d.settled = true;
      resolve();
    },
  };
  return d;
}
