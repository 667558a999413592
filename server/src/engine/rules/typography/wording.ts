// typography/wording: common wrong words with one clear correction. Only
// confusions that cannot be right where they match: 登陆 (landing) is right for
// typhoons and troops, wrong before a website; misspelt set phrases are wrong
// everywhere.
import type { Range } from '../../model';
import type { Rule, RuleContext } from '../types';
import { scanningText } from './util';

interface Confusion {
  /** Matches the whole context; group 1 is the wrong word. */
  re: RegExp;
  right: string;
  why: string;
}

const ONLINE = '(?:网站|网址|官网|门户|网页|平台|系统|客户端|APP|App|app|公众号|小程序|账号|帐号|邮箱|www\\.|http)';

const CONFUSIONS: Confusion[] = [
  { re: new RegExp(`(登陆)[^。；;，,\\n]{0,20}?${ONLINE}`, 'g'), right: '登录', why: '访问网站、系统应为“登录” (log in to a website: 登录; 登陆 means landing)' },
  { re: /(再接再励)/g, right: '再接再厉', why: '成语“再接再厉” (set phrase)' },
  { re: /(一如继往)/g, right: '一如既往', why: '成语“一如既往” (set phrase)' },
  { re: /(迫不急待)/g, right: '迫不及待', why: '成语“迫不及待” (set phrase)' },
  { re: /(按步就班)/g, right: '按部就班', why: '成语“按部就班” (set phrase)' },
  { re: /(名符其实)/g, right: '名副其实', why: '成语“名副其实” (set phrase)' },
  { re: /(一股作气)/g, right: '一鼓作气', why: '成语“一鼓作气” (set phrase)' },
  { re: /(既往不究)/g, right: '既往不咎', why: '成语“既往不咎” (set phrase)' },
  { re: /(融汇贯通)/g, right: '融会贯通', why: '成语“融会贯通” (set phrase)' },
  { re: /(走头无路)/g, right: '走投无路', why: '成语“走投无路” (set phrase)' },
  { re: /(默守成规)/g, right: '墨守成规', why: '成语“墨守成规” (set phrase)' },
  { re: /(出奇不意)/g, right: '出其不意', why: '成语“出其不意” (set phrase)' },
  { re: /(美仑美奂)/g, right: '美轮美奂', why: '成语“美轮美奂” (set phrase)' },
  { re: /(穿流不息)/g, right: '川流不息', why: '成语“川流不息” (set phrase)' },
  { re: /(不径而走)/g, right: '不胫而走', why: '成语“不胫而走” (set phrase)' },
  { re: /(甘败下风)/g, right: '甘拜下风', why: '成语“甘拜下风” (set phrase)' },
  { re: /(自抱自弃)/g, right: '自暴自弃', why: '成语“自暴自弃” (set phrase)' },
  { re: /(谈笑风声)/g, right: '谈笑风生', why: '成语“谈笑风生” (set phrase)' },
  { re: /(一愁莫展)/g, right: '一筹莫展', why: '成语“一筹莫展” (set phrase)' },
  { re: /(璀灿)/g, right: '璀璨', why: '应为“璀璨” (misspelt word)' },
  { re: /(寒喧)/g, right: '寒暄', why: '应为“寒暄” (misspelt word)' },
  { re: /(脉博)/g, right: '脉搏', why: '应为“脉搏” (misspelt word)' },
  { re: /(泊来品)/g, right: '舶来品', why: '应为“舶来品” (misspelt word)' },
  { re: /(追朔)/g, right: '追溯', why: '应为“追溯” (misspelt word)' },
  { re: /(修茸)/g, right: '修葺', why: '应为“修葺” (misspelt word)' },
  { re: /(?<![究毕])(竟争)/g, right: '竞争', why: '应为“竞争” (misspelt word)' },
  { re: /(截止)(?=目前)/g, right: '截至', why: '“到目前为止”应为“截至目前” (截至 + a point in time)' },
];

/** The wrong word of each confusion (its group 1), and all of them in one pattern. */
const WORDS = CONFUSIONS.map((c) => /\(([\u4e00-\u9fff]+)\)/.exec(c.re.source)![1]);
const ANY_WORD = new RegExp(WORDS.join('|'), 'g');

const rule: Rule = {
  id: 'typography/wording',
  category: 'typography',
  defaultSeverity: 'warning',
  description: '常见错别字与易混词（可登陆…网站 → 登录） (common misused words with one clear correction)',
  fixable: true,
  ...scanningText(scan),
};

export default rule;

function scan(ctx: RuleContext, { start: from, end: to }: Range): void {
  const text = ctx.text.slice(0, to);
  // One scan finds which wrong words occur at all; only their patterns are run.
  const present = new Set<string>();
  ANY_WORD.lastIndex = from;
  for (let m; (m = ANY_WORD.exec(text)); ) {
    present.add(m[0]);
    ANY_WORD.lastIndex = m.index + 1;
  }
  CONFUSIONS.forEach((c, k) => {
    if (!present.has(WORDS[k])) return;
    c.re.lastIndex = from;
    for (let m; (m = c.re.exec(text)); ) {
      const start = m.index + m[0].indexOf(m[1]);
      const range = { start, end: start + m[1].length };
      ctx.report({
        message: `“${m[1]}”应为“${c.right}”：${c.why}`,
        range,
        fix: { title: `改为“${c.right}” (replace with ${c.right})`, edits: [{ range, text: c.right }] },
      });
    }
  });
}
