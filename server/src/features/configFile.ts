// Checking the text of a .gazettelintrc.json with positions, so a malformed file
// gets diagnostics in the editor. Parsing options follow the loader in ../node.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { allRules, resolveConfig, type Range } from '../engine';

export { CONFIG_FILE_NAME as CONFIG_FILE } from '../node';

export interface ConfigProblem {
  message: string;
  range: Range;
  severity: 'error' | 'warning';
}

/** Parses a configuration text; `raw` is undefined when it is not valid JSON. */
export function checkConfigText(text: string): { raw: unknown; problems: ConfigProblem[] } {
  const syntax: ParseError[] = [];
  const root = parseTree(text, syntax, { disallowComments: false, allowTrailingComma: true });
  const problems: ConfigProblem[] = syntax.map((e) => ({
    message: `配置文件不是有效的 JSON：${printParseErrorCode(e.error)} (invalid JSON: ${printParseErrorCode(e.error)})`,
    range: { start: e.offset, end: e.offset + Math.max(1, e.length) },
    severity: 'error',
  }));
  if (!root || syntax.length > 0) {
    if (!root && problems.length === 0) {
      problems.push({ message: '配置文件为空 (empty configuration file)', range: { start: 0, end: 0 }, severity: 'error' });
    }
    return { raw: undefined, problems };
  }
  const raw = nodeValue(root);
  for (const error of resolveConfig(raw, allRules).errors) {
    const node = findNodeAtLocation(root, keyPath(error.key)) ?? root;
    const at = node.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent : node;
    problems.push({
      message: `${error.key ? error.key + ': ' : ''}${error.message}`,
      range: { start: at.offset, end: at.offset + at.length },
      severity: 'warning',
    });
  }
  return { raw, problems };
}

/** "rules.doc-number/format[1].x" → ['rules', 'doc-number/format', 1, 'x'] */
function keyPath(key: string): (string | number)[] {
  if (!key) return [];
  const out: (string | number)[] = [];
  const dot = key.indexOf('.');
  const head = dot < 0 ? key : key.slice(0, dot);
  out.push(head);
  if (dot < 0) return out;
  const rest = key.slice(dot + 1);
  const m = /^(.*?)(?:\[(\d+)\](?:\.(.*))?)?$/.exec(rest)!;
  out.push(m[1]);
  if (m[2] !== undefined) out.push(Number(m[2]));
  if (m[3] !== undefined) out.push(m[3]);
  return out;
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const obj: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) obj[String(k.value)] = nodeValue(v);
      }
      return obj;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}
