// The --help text, with every rule and where its documentation lives.
import type { RuleMeta } from '../engine/rules/types';
import { DEFAULT_EXTENSIONS } from '../node/files';
import { ruleDocsPath } from '../node/schema';

export function helpText(rules: readonly RuleMeta[]): string {
  const exts = DEFAULT_EXTENSIONS.map((e) => `*${e}`).join(', ');
  const ruleLines = [...rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => {
      const tags = [r.defaultSeverity === 'warning' ? 'warn' : r.defaultSeverity, ...(r.fixable ? ['fixable'] : [])].join(', ');
      return `  ${r.id}  [${tags}]\n      ${r.description}\n      ${ruleDocsPath(r.id)}`;
    });
  return `gazette-lint: check Chinese government gazette (政府公报) drafts

Usage: gazette-lint [options] <file | directory | glob | -> ...

  Directories are searched for ${exts} (node_modules and dot-directories
  are skipped). Quote globs so the shell passes them through: 'drafts/**/*.txt'.
  "-" reads one text from stdin.

Options:
  -f, --format <name>        text (default), json (ESLint's format), sarif (2.1.0), github
                             (GitHub Actions annotations), rdjson (reviewdog) or junit
  -c, --config <file>        use this configuration file for every input instead of the
                             nearest .gazettelintrc.json above each file
      --rule <id>:<level>    set a rule's level: off, warn or error (repeatable; wins over
                             the configuration)
      --fix                  write safe fixes back to the files (same encoding, BOM, line
                             endings and final newline; a file changed meanwhile is not
                             overwritten)
      --fix-dry-run          compute the fixes without writing; json output carries the
                             fixed text in "output"
      --quiet                report errors only
      --max-warnings <n>     exit 1 when there are more than n warnings
      --max-file-size <size>  do not check files larger than this: exit 2 (default 20MB;
                             e.g. 500KB, 50MB)
      --stdin-filename <p>   path of the text read from "-" (names it in the output and
                             chooses its configuration)
      --color, --no-color    force or turn off colours (default: on for a terminal)
      --report-unused-suppressions
                             warn about entries of .gazettelint-suppressions.json that no
                             longer match any finding (exit 1 when there are some)
      --exit-zero            exit 0 even when problems are found (usage and input errors
                             still exit 2)
  -h, --help                 show this help
  -v, --version              show the version

Severities: findings at the info or hint level (a rule set to "info" or "hint" in the
configuration, or a soft case such as spacing left by PDF extraction) are for the editor only:
the command line neither reports them nor applies their fixes.

Encodings: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, GB18030/GBK. Binary or
undecodable files are not checked: a message on stderr, exit code 2.

Configuration: .gazettelintrc.json (JSON with comments), schema in
schemas/gazettelintrc.schema.json: {"rules": {"<id>": "off" | "warn" | "error"},
"ignorePatterns": ["drafts/old/**"]}.

Suppressions: findings accepted by a proofreader are listed in .gazettelint-suppressions.json
beside the configuration ({"suppressions": [{"rule": "<id>", "file": "<path>", "text": "<text>",
"before": "<context>", "after": "<context>"}]}, keyed by the finding's text and a few characters
around it, not its line); Markdown drafts can also use
<!-- gazette-lint-disable-next-line <rule> -->.

Exit codes: 0 no errors; 1 errors found, or more warnings than --max-warnings;
2 bad usage, unreadable or missing input, a glob matching nothing, or invalid configuration.

Startup: compiled code is cached in $XDG_CACHE_HOME/gazette-lint (default ~/.cache/gazette-lint);
GAZETTE_LINT_NO_CODE_CACHE=1 turns this off.

Rules (default level; documentation under docs/rules/<category>/<name>.md):
${ruleLines.join('\n')}
`;
}
