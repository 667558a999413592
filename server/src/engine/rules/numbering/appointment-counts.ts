// numbering/totals: "任命8名同志职务，免去4名同志职务：" (or "…职务。") over a 人事任免's entries, counted by person:
// 任命张三、李四为… names two; 任命张三为…，免去其…职务 appoints one and removes one.
import type { GazetteDocument, Paragraph } from '../../model';
import { SUBHEADING } from '../../parse/appointments';
import { sourceRange } from '../../parse/paragraphs';
import { isPageArtifactLine, numeralValue, writtenLike } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { LIST_REMARK, listEnd } from './names';

/** 任命8名, 免去以下4名, 任免12名: a verb of the list and a count of people, in a lead-in. */
const CLAIM = /(任命|免去|免职|聘任|解聘|任免)[^，,。；;：:\n0-9０-９]{0,12}?([0-9０-９]{1,3}|[一两二三四五六七八九十]{1,3})[ \t]*(名|位|人)/g;

/** A department's name joined to the entry under it (市教育局 / 任命李晓燕为…): no mark but brackets in it, then a verb. */
const GROUP = /^[\u4e00-\u9fff·（）()]{2,30}?(?=(?:任命|免去|免职|聘任|解聘)[^为的其]*[为的其：:])/;

/** A numbered subheading, its colon optional: 一、任命 / （二）免去： (a 任免通知's parts). */
const NUMBERED_SUBHEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[ \t\u3000]*(任命|免去|免职|聘任|解聘)[ \t\u3000]*[:：]?$/;

/** The verb that opens a clause of an entry. */
const VERB = /^(任命|免去|免职|聘任|解聘)/;

/**
 * The people a clause names before what it gives them: 张三、李四为…, 赵国庆的…职务, 张三同志任…; lazily, so that a name
 * with 为 or 任 in it (王为民) is read whole up to the 为 after it.
 */
const NAMED = /^([\u4e00-\u9fff·、]{2,40}?)(?:同志)?(?=[为任的其]|职务)/;

/** A two-character name padded to the width of three (李　娜为…, 张三、李　娜为…): read as the name. */
const PADDED_NAME = /(^|、)([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])(?=[为任的其、]|同志|职务)/g;

/** The verbs as counted: 免职 removes as 免去 does. */
const verbOf = (verb: string) => (verb === '免职' ? '免去' : verb);

export function checkAppointmentCounts(ctx: RuleContext, doc: GazetteDocument): void {
  const body = ctx.text.slice(doc.range.start, doc.range.end);
  if (!/(?:任命|免去|聘任|解聘|任免)/.test(body)) return;
  const paragraphs = paragraphsIn(ctx.issue, doc.range);
  paragraphs.forEach((p, k) => {
    if (!/(?:任命|免去|免职|聘任|解聘|任免)/.test(p.text)) return;
    // A lead-in ends in a colon, or in a sentence of its counts with the entries right under it (任命9名同志职务。),
    // no entry itself (任命张三为市第一人民医院院长。): then only that sentence's counts are the entries'.
    const colon = /[：:]$/.test(p.text);
    const from = colon ? 0 : p.text.endsWith('。') ? p.text.lastIndexOf('。', p.text.length - 2) + 1 : -1;
    if (from < 0 || (!colon && namedIn(p.text.slice(from), undefined)?.length)) return;
    const claims = [...p.text.matchAll(CLAIM)].filter((m) => m.index! >= from);
    if (claims.length === 0) return;
    const people = peopleListed(paragraphs, k + 1, listEnd(doc, p.range.end));
    if (!people) return;
    for (const m of claims) {
      const verb = verbOf(m[1]);
      const listed = verb === '任免' ? (people.get('任命')?.size ?? 0) + (people.get('免去')?.size ?? 0) : (people.get(verb)?.size ?? 0);
      const value = numeralValue(m[2]);
      if (listed === 0 || value === listed) continue;
      const start = m.index! + m[0].lastIndexOf(m[2]);
      ctx.report({
        message: `称${m[1]}${m[2]}${m[3]}，实际列出${listed}${m[3]} (announces ${value} people, ${listed} are listed)`,
        range: sourceRange(p, start, start + m[2].length + m[3].length),
        suggestions: [{ title: `改为${listed} (use ${listed})`, edits: [{ range: sourceRange(p, start, start + m[2].length), text: writtenLike(m[2], listed) }] }],
      });
    }
  });
}

/**
 * The people each verb names in the entries from paragraph `from` up to offset `end`, a subheading (任命：)
 * giving the verb to the entries under it; undefined where an entry cannot be read (a count would be a guess).
 */
function peopleListed(paragraphs: readonly Paragraph[], from: number, end: number): Map<string, Set<string>> | undefined {
  const people = new Map<string, Set<string>>();
  let heading: string | undefined;
  for (let k = from; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (p.range.start >= end) break;
    const text = p.text.replace(/\*\*/g, '');
    // A page's foot between entries (— 6 —, the running header).
    if (isPageArtifactLine(text)) continue;
    if (LIST_REMARK.test(text)) break;
    const entry = text.slice(GROUP.exec(text)?.[0].length ?? 0);
    const sub = SUBHEADING.exec(entry) ?? NUMBERED_SUBHEADING.exec(entry);
    if (sub) {
      heading = verbOf(sub[1]);
      continue;
    }
    const named = namedIn(entry, heading);
    // An entry that cannot be read makes any count a guess; other text after the entries ends them.
    if (!named) {
      if (VERB.test(entry) || people.size === 0) return undefined;
      break;
    }
    for (const [verb, names] of named) {
      const set = people.get(verb) ?? new Set<string>();
      for (const name of names) set.add(name);
      people.set(verb, set);
    }
  }
  return people.size > 0 ? people : undefined;
}

/** The people an entry names, by verb (the subheading's where its clause has none); undefined where it names no one. */
function namedIn(entry: string, heading: string | undefined): [string, string[]][] | undefined {
  // A note in brackets (（试用期一年）) is no part of the count; the clauses are read one by one.
  const clauses = entry.replace(/[(（][^()（）]*[)）]/g, '').split(/[，,；;。]/);
  const out: [string, string[]][] = [];
  let last: string[] = [];
  let lastVerb: string | undefined;
  for (const [n, clause] of clauses.entries()) {
    const verb = VERB.exec(clause)?.[1];
    const rest = clause.slice(verb?.length ?? 0).replace(PADDED_NAME, '$1$2$3');
    // 免去其…职务: the one the entry named before.
    const names = verb && rest.startsWith('其') ? last : NAMED.exec(rest)?.[1].split('、');
    // A clause without a verb goes on with the one before it (任命张三为…局长，李四为…副局长).
    const as = verb ? verbOf(verb) : (lastVerb ?? heading ?? (/^[^为的]{2,8}同志任/.test(clause) ? '任命' : undefined));
    if (verb) lastVerb = verbOf(verb);
    if (names && names.length > 0 && as && names.every((name) => /^[\u4e00-\u9fff·]{2,6}$/.test(name))) {
      out.push([as, names]);
      last = names;
    } else if (verb || n === 0) {
      // A clause after the first that names no one (…职务，退休。) is a note; a verb's that cannot be read is not.
      return undefined;
    }
  }
  return out;
}
