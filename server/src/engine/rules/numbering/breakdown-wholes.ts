// Parts a 其中 lists that are known to make the whole: a complete classification, or the kinds the document's
// printed attachments list one by one (取消… 5项、下放… 4项、调整… 3项 over 附件1 取消的…目录 / 附件2 下放的… / 附件3 调整…).
import type { GazetteDocument } from '../../model';

/**
 * Classifications that leave nothing out: land is 农用地, 建设用地 or 未利用地 (土地管理法 第四条); people are
 * men or women; places and residents urban or rural; output by the three sectors; a class and its 非 (住宅 / 非住宅).
 * A city's 市级 and 县（市、区）: see isCityLevels.
 */
const CLASSIFICATIONS: readonly (readonly RegExp[])[] = [
  [/^农用地$/, /^建设用地$/, /^未利用地$/],
  [/^男性?$/, /^女性?$/],
  [/^城镇$/, /^(?:农村|乡村)$/],
  // The three sectors of an economy's output (第一产业增加值、第二产业增加值、第三产业增加值).
  // 产业 said in each name: 第一中学、第二中学、第三中学 are no three sectors.
  [/^第一产业/, /^第二产业/, /^第三产业/],
];

/**
 * Whether the parts' names are one complete classification, each class named once: as it is (农用地、建设用地、
 * 未利用地), or before a noun the parts share (男职工、女职工; 城镇居民、农村居民).
 */
export function isCompleteClassification(names: readonly string[]): boolean {
  if (isComplementaryPair(names)) return true;
  const keys = distinctive(names);
  return CLASSIFICATIONS.some(
    (classes) =>
      classes.length === names.length &&
      classes.every((c) => names.filter((n, i) => c.test(n) || c.test(keys[i])).length === 1) &&
      names.every((n, i) => classes.some((c) => c.test(n) || c.test(keys[i]))),
  );
}

/**
 * The states of progress a matter is in: done (已办结), under way (正在推进), not (yet, or not in time: 未按期推进, 尚未启动);
 * and, said with no 已/正在/未, nearly done (基本完成), on schedule (序时推进), ahead of it (超序时推进), behind (滞后推进,
 * 进展缓慢).
 */
const PROGRESS_KINDS: readonly RegExp[] = [
  /^已/,
  /^正在/,
  /^(?:尚)?未/,
  /^基本(?:完成|建成|办结|完工|竣工)/,
  /^(?:按序时|序时|按计划|按进度)推进/,
  /^(?:超序时|超计划|超进度|超前)推进/,
  /^(?:滞后|进度滞后|进展滞后|进展缓慢|推进缓慢)/,
];
/** The most states a run of them can name, each once. */
export const MOST_PROGRESS_STATES = PROGRESS_KINDS.length;
/** Kinds of PROGRESS_KINDS the checks below name. */
const [DONE, UNDER_WAY, NOT_DONE, ON_SCHEDULE, BEHIND] = [0, 1, 2, 4, 6];

/** A state of progress said with no 已/正在/未 (基本完成, 序时推进, 滞后推进), at the start of a text. */
export const PROGRESS_WORD = /基本(?:完成|建成|办结|完工|竣工)|(?:按序时|序时|按计划|按进度|超序时|超计划|超进度|超前)推进|滞后(?:推进)?|进度滞后|进展滞后|进展缓慢|推进缓慢/;

/** The state a part's name gives, as an index of PROGRESS_KINDS, or -1. */
function progressKind(name: string): number {
  return PROGRESS_KINDS.findIndex((k) => k.test(name));
}

/** What a state is said of: the verb past its 已 / 正在 / 未 (已开工 and 未开工 both of 开工). */
export function progressVerb(name: string): string {
  return name.replace(/^(?:已|正在|尚未|未)/, '');
}

/**
 * Whether the parts are states of progress no matter is in twice: one done (已…), and others, each state named once.
 * Not where what is not done is set beside what is under way (已完成、正在推进、未完成: the unfinished include those
 * under way), nor two kinds of done (已开工, 已竣工: those finished began), nor what is under way beside what is on
 * schedule or behind (正在推进、滞后推进: those behind may be under way).
 */
export function areProgressStates(names: readonly string[]): boolean {
  const kinds = names.map(progressKind);
  if (names.length < 2 || kinds.some((k) => k < 0) || new Set(kinds).size !== kinds.length || !kinds.includes(DONE)) return false;
  if (kinds.includes(UNDER_WAY) && (kinds.includes(ON_SCHEDULE) || kinds.includes(BEHIND))) return false;
  const done = progressVerb(names[kinds.indexOf(DONE)]);
  const not = kinds.indexOf(NOT_DONE);
  return !(not >= 0 && names.length > 2 && progressVerb(names[not]) === done);
}

/**
 * Whether the parts are states of progress that leave no matter out: done, under way or on schedule, and behind or not
 * begun (已办结、正在推进、未按期推进; 已完成、序时推进、滞后推进; 已完成、基本完成、正在推进、尚未启动). Done and not
 * done alone (已开工, 未开工): isComplementaryPair.
 */
export function isProgressClassification(names: readonly string[]): boolean {
  if (!areProgressStates(names)) return false;
  const kinds = names.map(progressKind);
  return (kinds.includes(UNDER_WAY) || kinds.includes(ON_SCHEDULE)) && (kinds.includes(NOT_DONE) || kinds.includes(BEHIND));
}

/**
 * Kinds no one is counted in twice, though others may be left out (前期项目 beside 续建 and 新开工; 外资企业 beside 国有 and
 * 民营): a project is begun before this year or in it, a debt general or special, a figure the city's own level's or
 * its lower levels', a firm state-owned or private, trade an export or an import. Named first in each part
 * (续建项目完成投资, 新开工项目完成投资).
 */
const EXCLUSIVE_PAIRS: readonly (readonly [RegExp, RegExp])[] = [
  [/^续建/, /^新(?:开工|建)/],
  [/^一般(?:债务|债券|性?转移支付)/, /^专项(?:债务|债券|转移支付)/],
  [/^(?:市|县|区)?本级/, /^(?:下级|所属|县级|区县|县区)/],
  [/^国有/, /^(?:民营|民间|私营)/],
  [/^出口/, /^进口/],
];

/** Whether two parts' names are the two sides of a pair of kinds no one is counted in twice (see EXCLUSIVE_PAIRS). */
export function isExclusivePair(names: readonly string[]): boolean {
  if (names.length !== 2) return false;
  return EXCLUSIVE_PAIRS.some(([a, b]) => (a.test(names[0]) && b.test(names[1])) || (b.test(names[0]) && a.test(names[1])));
}

/**
 * Dimensions a measure is classed along, each drawn across the others: investment or funds by who puts them in (民间,
 * 国有, 外商), by the industry they go to (工业, 房地产开发, 农业), by what they build (基础设施, 技术改造, 民生); land by
 * its use (农用地, 耕地, 水田, 工业用地: 土地管理法 and the classes of 土地利用现状分类), or by a designation laid over
 * it, each one its own (永久基本农田, 高标准农田, 粮食生产功能区: a field may carry all three, whatever its use). The
 * first three are named first in a part (民间投资, 工业投资); land's anywhere (全市永久基本农田).
 */
const DIMENSIONS: readonly RegExp[] = [
  /^(?:民间|民营|私营|国有|外商|外资|港澳台|集体|个体)/,
  /^(?:工业|制造业|房地产|农业|林业|牧业|渔业|建筑业|服务业|采矿业|第[一二三]产业)/,
  /^(?:基础设施|技术改造|技改|民生|社会事业|社会领域|生态环保|生态环境)/,
  /耕地|园地|林地|草地|水田|水浇地|旱地|[\u4e00-\u9fff]{1,4}用地/,
  /基本农田/,
  /高标准农田/,
  /粮食生产功能区/,
  /重要农产品生产保护区/,
  /生态保护红线/,
];

/**
 * Whether the parts are classed along different dimensions of DIMENSIONS (民间投资 by who, 工业投资 by industry;
 * 永久基本农田 and 高标准农田): what one part holds another may too. Parts sharing a dimension (国有, 民间; 水田, 旱地;
 * 国有工业, 民间工业) are classes of it, apart.
 */
export function areDrawnAcross(names: readonly string[]): boolean {
  const dims = names.map((n) => new Set(DIMENSIONS.flatMap((d, i) => (d.test(n) ? [i] : []))));
  return dims.some((a, i) => a.size > 0 && dims.some((b, j) => j > i && b.size > 0 && ![...a].some((d) => b.has(d))));
}

/**
 * A part named by what it concerns (涉及减税降费的21项, 关于融资支持的18项): a topic, not a category; one policy or matter
 * may concern two.
 */
const TOPIC = /^(?:涉及|关于|有关|针对|事关|聚焦|围绕)/;

/** Whether some part is named by a topic (see TOPIC). */
export function namesTopics(names: readonly string[]): boolean {
  return names.some((n) => TOPIC.test(n));
}

/**
 * Where a thing counted stands, in classes nothing stands in two of (though some may stand in none): a point on the way into
 * an area or out of it, inside it or outside (进城方向卡口, 区域内路口); in the city's districts or its towns (城区学校,
 * 乡镇学校); run by the province, the city or a county (市级项目, 县级项目). Named first in each part.
 */
const LEVELS: readonly RegExp[] = [/^省级/, /^市级/, /^(?:县|区|县区|区县)级/, /^乡镇级/];
const PLACE_CLASSES: readonly (readonly RegExp[])[] = [
  [/^进(?:城|市|区)方向/, /^出(?:城|市|区)方向/, /^(?:区域|城区|市区|辖区|城|境)内/, /^(?:区域|城区|市区|辖区|城|境)外/],
  [/^(?:中心)?城区(?![内外])/, /^乡镇(?!级)/],
  LEVELS,
];
/**
 * A title conferred at a level (省级示范家庭农场, 市级龙头企业, 县级文明村): one may hold it at two levels at once (a 市级
 * 示范 farm made 省级 too), so levels of a title are no classes nothing is in two of.
 */
const TITLE = /示范|文明|先进|优秀|标杆|星级|龙头|特色|精品|名牌|品牌|标准化|人才|专家|称号/;

/**
 * Whether each part is named by where it stands, each in another class of one set of PLACE_CLASSES; levels of a
 * title, named in the parts or in the words of the whole (示范家庭农场86家，其中省级32家、市级…), are not.
 */
export function areExclusivePlaces(names: readonly string[], wholeWords = ''): boolean {
  if (names.length < 2) return false;
  return PLACE_CLASSES.some((classes) => {
    if (classes === LEVELS && (TITLE.test(wholeWords) || names.some((n) => TITLE.test(n)))) return false;
    const taken = names.map((n) => classes.findIndex((c) => c.test(n)));
    return taken.every((k) => k >= 0) && new Set(taken).size === taken.length;
  });
}

/**
 * Kinds a thing is of one only, by how statistics count it: a school is a 高校, a 中职, a 高中, an 初中, a 小学, a
 * 幼儿园 or a 特殊教育学校 (a 完全中学 counted once, a 九年一贯制学校 apart).
 */
const EXCLUSIVE_KINDS: readonly (readonly RegExp[])[] = [
  [
    /^(?:普通)?(?:高校|高等学校|高等院校)$/,
    /^(?:中等职业学校|中职学校|中职|中等职业技术学校)$/,
    /^(?:普通)?高中$|^普通高级中学$/,
    /^初中$|^初级中学$/,
    /^小学$/,
    /^幼儿园$/,
    /^特殊教育学校$|^特教学校$/,
    /^九年一贯制学校$/,
    /^完全中学$/,
    /^十二年一贯制学校$/,
  ],
];

/** Whether each part is named as another kind of one set of EXCLUSIVE_KINDS (小学286所、初中118所、幼儿园410所). */
export function areExclusiveKinds(names: readonly string[]): boolean {
  if (names.length < 2) return false;
  return EXCLUSIVE_KINDS.some((kinds) => {
    const taken = names.map((n) => kinds.findIndex((k) => k.test(n)));
    return taken.every((k) => k >= 0) && new Set(taken).size === taken.length;
  });
}

/** A city's own level (市级部门, 市本级) and its counties (县（市、区）, its bracket read over as 县; 各区县). */
const CITY_LEVELS: readonly RegExp[] = [/^市(?:本)?级(?:部门|单位)?$/, /^(?:各)?(?:县|县区|区县)(?:级)?(?:部门|单位)?$/];
/** An area a city governs beside its counties, addressed apart (嘉兴经济技术开发区、嘉兴港区管委会). */
const AREA_APART = /开发区|新区|港区|高新区|园区|度假区|示范区|管委会|管理委员会/;

/**
 * Whether the parts are a city's 市级 and 县（市、区） and the document is addressed to its counties and no area apart
 * (各县（市、区）人民政府，市政府各部门), or to no one (a 公告) and names no such area: its figures are then its own
 * level's and its counties'. Where a 开发区 or 港区 is addressed beside them, it counts apart from both.
 */
export function isCityLevels(names: readonly string[], doc: GazetteDocument, docText: () => string): boolean {
  if (names.length !== 2 || !CITY_LEVELS.every((c) => names.filter((n) => c.test(n)).length === 1)) return false;
  const addressee = doc.addressee?.norm;
  // A 公告 is addressed to no one: the city's figures are its two levels' where it names no area apart anywhere.
  if (!addressee) return !AREA_APART.test(docText());
  return /各(?:县|区县|县区)/.test(addressee) && !AREA_APART.test(addressee);
}

/**
 * A class and the rest of it, named 非 + the class (住宅312户、非住宅14户; 经营性收入, 非经营性收入), or 非 + the class's
 * first word and the noun both end in (税收收入, 非税收入), or what is done and 未 + it (已开工3个，未开工2个; 已整改、未整改):
 * nothing is left out, nothing is in both.
 */
function isComplementaryPair(names: readonly string[]): boolean {
  if (names.length !== 2) return false;
  const negated = names.findIndex((n) => /^[非未]/.test(n));
  if (negated < 0 || /^[非未]/.test(names[1 - negated])) return false;
  // 已开工3个，未开工2个: what is done and what is not (已 before the plain class, or nothing).
  if (names[negated][0] === '未') return names[negated].length >= 3 && names[1 - negated].replace(/^已/, '') === names[negated].slice(1);
  const [plain, rest] = [names[1 - negated], names[negated].slice(1)];
  return plain.length >= 2 && (rest === plain || (rest[0] === plain[0] && sharedEnd([plain, rest]) >= 2));
}

/** How many characters all the names end in alike. */
export function sharedEnd(names: readonly string[]): number {
  const shortest = Math.min(...names.map((x) => x.length));
  let n = 0;
  while (n < shortest && names.every((x) => x[x.length - 1 - n] === names[0][names[0].length - 1 - n])) n++;
  return n;
}

/**
 * Whether each part names the kind one printed attachment lists, and every attachment is so named: the words
 * that tell the parts apart (取消, 下放, 调整行使层级 of 取消行政权力事项, 下放行政权力事项, 调整行使层级的行政权力事项)
 * each found in one attachment's title and in no other.
 */
export function matchesAttachments(names: readonly string[], doc: GazetteDocument): boolean {
  const titles = doc.attachments.map((a) => a.title?.norm ?? '');
  if (titles.length !== names.length || titles.some((t) => t === '')) return false;
  const matched = new Set<number>();
  for (const key of distinctive(names)) {
    if (key.length < 2) return false;
    const holders = titles.flatMap((t, i) => (t.includes(key) ? [i] : []));
    if (holders.length !== 1 || matched.has(holders[0])) return false;
    matched.add(holders[0]);
  }
  return true;
}

const TOTAL_LABEL = /^(?:合计|总计)$/;

/**
 * Whether a table of the document totals the whole in the column of its unit (划转行政编制（名） with 合计 7 under it)
 * and the parts name every value of another of its columns, each once (市住房城乡建设局、市交通运输局… the 划出部门 of its
 * rows): the parts then share that total out among them.
 */
export function matchesTableTotal(names: readonly string[], figure: string, unit: string, doc: GazetteDocument): boolean {
  if (new Set(names).size !== names.length) return false;
  for (const t of doc.tables) {
    const header = t.header?.cells;
    const col = header ? header.findIndex((c) => c.norm.endsWith(`(${unit})`) || c.norm.endsWith(`（${unit}）`)) : -1;
    if (col < 0) continue;
    const total = t.rows.find((r) => !r.isHeader && r.cells.some((c) => TOTAL_LABEL.test(c.norm)));
    if (!total || total.cells[col]?.norm !== figure) continue;
    const body = t.rows.filter((r) => !r.isHeader && r !== total);
    if (body.some((r) => r.unaligned)) continue;
    for (let k = 0; k < header!.length; k++) {
      if (k === col) continue;
      const values = new Set(body.map((r) => r.cells[k]?.norm ?? ''));
      if (!values.has('') && values.size === names.length && names.every((n) => values.has(n))) return true;
    }
  }
  return false;
}

/**
 * Whether a table of the document has as many rows as the whole (18 文物保护单位) and a column whose values are the parts'
 * names, each at least once (类别: 古遗址, 古墓葬, 古建筑, 近现代重要史迹及代表性建筑): the parts then class every row.
 */
export function classesTableRows(names: readonly string[], figure: string, doc: GazetteDocument): boolean {
  if (new Set(names).size !== names.length || !/^[0-9]+$/.test(figure)) return false;
  const wanted = new Set(names.map((n) => n.replace(/类$/, '')));
  for (const t of doc.tables) {
    const body = t.rows.filter((r) => !r.isHeader && !r.cells.some((c) => TOTAL_LABEL.test(c.norm)));
    if (body.length !== Number(figure) || body.some((r) => r.unaligned)) continue;
    const width = Math.max(...body.map((r) => r.cells.length));
    for (let k = 0; k < width; k++) {
      const values = new Set(body.map((r) => (r.cells[k]?.norm ?? '').replace(/类$/, '')));
      if (values.size === wanted.size && [...wanted].every((n) => values.has(n))) return true;
    }
  }
  return false;
}

/** The names without the words they all end in, and a 的 left before them (调整行使层级的行政权力事项 → 调整行使层级). */
function distinctive(names: readonly string[]): string[] {
  const shared = sharedEnd(names);
  return names.map((n) => n.slice(0, n.length - shared).replace(/的$/, ''));
}
