// gazette-lint: the command-line entry point (bundled to dist/cli-main.js, run by dist/cli.js).
import type { Optimizer } from './optimizer';
import { run } from './run';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader went away (gazette-lint … | head): stop quietly.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

/** Read by the launcher (./launch): only a run that checked drafts has compiled what a code cache should hold. */
export const outcome = { checked: false };

/** Runs the command line; the launcher's optimizer (./optimizer) is told how the run goes on. */
export function main(optimizer?: Optimizer): void {
  run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin,
    isTTY: !!process.stdout.isTTY,
    env: process.env,
    onChecked: () => {
      outcome.checked = true;
    },
    onProgress: (length) => optimizer?.progress(length),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`gazette-lint: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
