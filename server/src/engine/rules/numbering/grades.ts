// Parts a 其中 names as grades of one scale (一类、二类、三类; AAA级、AA级; 合格、基本合格、不合格; 优秀、良好、合格、不合格;
// 优秀、称职、基本称职、不称职; 重大风险、较大风险、一般风险、低风险):
// each thing counted is given one grade, so no two parts overlap. Levels of government (国家级, 省级, 市级) are no
// grades: a title may be held at two of them at once (see areExclusivePlaces).
import { sharedEnd } from './breakdown-wholes';

/** A grade by its rank, right before the count (一类5个, 二级3家, AAA级3家, 5A级2家, 一等奖2项, 三星级4家). */
const RANKED = /(?:级|类|等|档|星|等奖)[ \t]*$/;
/** A level of government or of what it confers (省级, 市本级, 县级): see areExclusivePlaces. */
const GOVERNMENT_LEVEL = /(?:国家|省|自治区|市|州|县|区|乡镇|乡|镇|街道|村|本)级[ \t]*$/;

/** Words of an assessment, each scale a thing is given one grade of. */
const SCALES: readonly (readonly string[])[] = [
  ['优秀', '良好', '较好', '合格', '基本合格', '一般', '不合格', '较差', '差'],
  ['优秀', '称职', '基本称职', '不称职'],
  // Levels of risk, of hidden danger, of accidents (重大风险、较大风险、一般风险、低风险; 重大隐患、一般隐患).
  ['特别重大', '重大', '较大', '一般', '低'],
  ['达标', '基本达标', '未达标', '不达标'],
  ['满意', '基本满意', '不满意'],
];
/** What a grade's name may close with (优秀等次, 合格单位): read over where every part closes so. */
const SCALE_NOUN = /(?:等次|等级|档次)$/;

/**
 * A grade by rank with what it grades after it (一级服务站, 二类企业, 三星级酒店, 5A级景区): the rank, its word, the noun.
 * Only a rank alone (not 市级, 重点一级: a name with more before it may be drawn across another scale), and not a bound
 * (二级及以上医院, 三级以上: the bounds hold one another).
 */
const RANK_AND_NOUN = /^((?:[一二三四五六七八九十]{1,2}|[0-9]{1,2}|[A-Z]{1,5}|[0-9][A-Z]|[甲乙丙丁])(?:等奖|星级|级|类|等|档|星))(?!及|以上|以下|或|和|与|至|到)([\u4e00-\u9fff]{1,8})$/;

/** Whether a part's name is a grade by rank (see RANKED). */
export function isRankedGrade(name: string): boolean {
  return RANKED.test(name) && !GOVERNMENT_LEVEL.test(name);
}

/**
 * Whether the parts' names are grades no two of which overlap: each one ranked (一类, 二类), or each another word of one
 * scale of assessment, as it is or before words every name closes with (合格单位、基本合格单位、不合格单位).
 */
export function areGrades(names: readonly string[]): boolean {
  if (names.length < 2) return false;
  if (names.every(isRankedGrade)) return true;
  // Ranks of one scale each before the same noun (一级服务站、二级服务站): each thing graded once.
  const ranked = names.map((n) => RANK_AND_NOUN.exec(n));
  if (ranked.every((m) => m && m[2] === ranked[0]![2] && rankWord(m[1]) === rankWord(ranked[0]![1])) && new Set(ranked.map((m) => m![1])).size === names.length) return true;
  const bare = names.map((n) => n.replace(SCALE_NOUN, ''));
  if (ofOneScale(bare)) return true;
  // The words all close with may hold a grade word's end (合格单位 of 基本合格单位, 不合格单位): take off each length of them.
  const shared = sharedEnd(bare);
  for (let k = 2; k <= shared; k++) if (ofOneScale(bare.map((n) => n.slice(0, n.length - k)))) return true;
  return false;
}

/** The word a rank is given in (级 of 一级, 星级 of 三星级, 等奖 of 二等奖). */
function rankWord(rank: string): string {
  return /(?:等奖|星级|级|类|等|档|星)$/.exec(rank)![0];
}

function ofOneScale(words: readonly string[]): boolean {
  return new Set(words).size === words.length && SCALES.some((scale) => words.every((w) => scale.includes(w)));
}
