// Long work on the server's one thread (indexing a workspace, checking every file) gives way to
// the editor's requests: it yields to the event loop once a slice of time has passed, so an
// outline or a hover asked for meanwhile waits one slice, not the whole job.

/** Time worked between yields: short enough for a request not to feel it, long enough to cost nothing. */
export const SLICE_MS = 15;

export class TimeSlices {
  private sliceStart = Date.now();

  constructor(private readonly sliceMs = SLICE_MS) {}

  /** Resolves at once within a slice; after it, once the event loop has run what was waiting. */
  async next(): Promise<void> {
    if (Date.now() - this.sliceStart < this.sliceMs) return;
    // Twice: a request read while the slice ran is handled from an immediate queued behind the
    // first one, so it gets its turn before the next slice rather than after it.
    await immediate();
    await immediate();
    this.sliceStart = Date.now();
  }
}

function immediate(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
