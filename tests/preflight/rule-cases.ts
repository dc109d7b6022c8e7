/**
 * Positive and negative cases of every preflight rule, as data: the blocks of one section and what
 * the rule must find there (excerpt, and the suggestion where one is given). An empty `finds`
 * means the rule must stay silent.
 */
import type { BlockElement, FigureElement, ParagraphElement } from '../../shared/model/document';
import type { TableElement } from '../../shared/tables/table-types';
import type { PreflightSettings, RuleId, Severity } from '../../shared/preflight/types';

export interface Expected {
  readonly excerpt: string;
  readonly suggestion?: string | null;
  readonly severity?: Severity;
}

export interface RuleCase {
  readonly rule: RuleId;
  readonly name: string;
  readonly blocks: BlockElement[];
  readonly finds: Expected[];
  readonly settings?: PreflightSettings;
  readonly statementDate?: string;
}

let next = 0;
const id = (): string => `b${(next++).toString(36)}`;

export function p(text: string): ParagraphElement {
  return { type: 'paragraph', id: id(), children: [{ text }] };
}

/** A paragraph with a live reference: `before` [xref to target] `after`. */
export function pRef(before: string, target: string, after: string): ParagraphElement {
  return { type: 'paragraph', id: id(), children: [{ text: before }, { type: 'xref', id: id(), target, children: [{ text: '' }] }, { text: after }] };
}

export function h(text: string): BlockElement {
  return { type: 'heading', id: id(), level: 1, children: [{ text }] };
}

export function fig(figureId: string, caption: string): FigureElement {
  return { type: 'figure', id: figureId, asset: null, caption, source: '', width: 80, children: [{ text: '' }] };
}

export function table(caption: string, rows: string[][], headerRows = 1): TableElement {
  return {
    type: 'table',
    id: id(),
    caption,
    source: '',
    headerRows,
    columns: (rows[0] ?? []).map(() => ({})) as TableElement['columns'],
    children: rows.map((row) => ({ type: 'table-row', id: id(), children: row.map((text) => ({ type: 'table-cell', id: id(), children: [{ text }] })) })),
  } as TableElement;
}

export const RULE_CASES: RuleCase[] = [
  // typo
  { rule: 'typo', name: '杜会 → 社会', blocks: [p('显著提升了学校的杜会服务能力、国际影响力和人才培养质量。')], finds: [{ excerpt: '杜会', suggestion: '社会', severity: 'error' }] },
  { rule: 'typo', name: 'misused idiom 再接再励', blocks: [p('全体师生将再接再励，推动学院高质量发展。')], finds: [{ excerpt: '再接再励', suggestion: '再接再厉' }] },
  { rule: 'typo', name: '综和 → 综合', blocks: [p('全面提升了学生的综和素质与职业能力。')], finds: [{ excerpt: '综和', suggestion: '综合' }] },
  { rule: 'typo', name: 'correct text stays silent', blocks: [p('学院坚持立德树人根本任务，深化产教融合、校企合作，社会服务能力显著增强。')], finds: [] },
  { rule: 'typo', name: 'a character that belongs to its neighbour (传承为) is not questioned', blocks: [p('校团委以传统文化与非遗传承为核心抓手，聚焦青年成长。')], finds: [] },
  { rule: 'typo', name: 'a name (于万松) is not a typo', blocks: [p('指导教师：于万松、李明')], finds: [] },
  { rule: 'typo', name: '再接再厉 is right', blocks: [p('希望同学们再接再厉。')], finds: [] },

  // traditional
  { rule: 'traditional', name: 'heading in traditional characters', blocks: [h('強化以賽促教')], finds: [{ excerpt: '強化以賽促教', suggestion: '强化以赛促教', severity: 'warning' }] },
  { rule: 'traditional', name: 'one character in a long sentence', blocks: [p('智能技术系与多家知名企業合作，本年度订单培养人数已达 400 人。')], finds: [{ excerpt: '業', suggestion: '业' }] },
  { rule: 'traditional', name: '显著 and 干部 are simplified', blocks: [p('学院干部队伍建设成效显著，乾坤朗朗。')], finds: [] },
  { rule: 'traditional', name: 'allow-listed logo line', blocks: [p('天津工業職業學院')], settings: { glossary: [], traditionalAllow: ['天津工業職業學院'] }, finds: [] },

  // numbers
  { rule: 'numbers', name: 'split decimal in a table cell', blocks: [table('专业分布', [['专业', '人数', '占比'], ['跨境电子商务', '44', '1. 32%'], ['数控技术', '3292', '98.68%']])], finds: [{ excerpt: '1. 32', suggestion: '1.32', severity: 'error' }] },
  { rule: 'numbers', name: 'split decimal 3 .25 in text', blocks: [p('生师比为 3 .25，较上年有所下降。')], finds: [{ excerpt: '3 .25', suggestion: '3.25' }] },
  { rule: 'numbers', name: 'a list number 1. before text is no decimal', blocks: [p('1. 2025 年学院新增专业 3 个。')], finds: [] },
  { rule: 'numbers', name: 'full-width digits', blocks: [p('学院共有专任教师２９５人，占比 78.25%。')], finds: [{ excerpt: '２９５', suggestion: '295', severity: 'warning' }] },
  { rule: 'numbers', name: 'full-width ％ where the report writes %', blocks: [p('就业率为 90.89%，对口率为 80％。')], finds: [{ excerpt: '％', suggestion: '%' }] },
  { rule: 'numbers', name: 'a rate over 100 %', blocks: [p('2025 届毕业生毕业去向落实率为 109.89%。')], finds: [{ excerpt: '109.89%', severity: 'error' }] },
  { rule: 'numbers', name: 'a growth over 100 % is fine', blocks: [p('横向到款额同比增长 120%，落实率为 90.89%。')], finds: [] },
  { rule: 'numbers', name: 'the same amount with different units', blocks: [p('学院科研经费为 1200 万元。'), p('全年科研经费为 12000000 元。')], finds: [{ excerpt: '全年科研经费为 12000000 元', severity: 'warning' }] },

  // tables
  { rule: 'tables', name: 'share column not adding up to 100 %', blocks: [table('生源结构', [['省份', '人数', '占比'], ['河北省', '1106', '33.14%'], ['山西省', '335', '10.04%'], ['天津市', '720', '21.58%']])], finds: [{ excerpt: '占比', severity: 'warning' }, { excerpt: '33.14%' }, { excerpt: '10.04%' }, { excerpt: '21.58%' }] },
  { rule: 'tables', name: 'a share column alone not adding up to 100 %', blocks: [table('生源结构', [['省份', '占比'], ['河北省', '33.14%'], ['山西省', '10.04%'], ['天津市', '21.58%']])], finds: [{ excerpt: '占比', severity: 'warning' }] },
  { rule: 'tables', name: 'share column adding up to 100 % within rounding', blocks: [table('生源结构', [['省份', '人数', '占比'], ['河北省', '1', '33.33%'], ['山西省', '1', '33.33%'], ['天津市', '1', '33.33%']])], finds: [] },
  { rule: 'tables', name: 'a wrong 小计', blocks: [table('专业分布', [['院系', '专业', '人数'], ['机械工程系', '数控技术', '100'], ['', '机电一体化', '50'], ['', '小计', '160'], ['合计', '', '160']])], finds: [{ excerpt: '专业分布' }, { excerpt: '160' }] },

  // references
  { rule: 'references', name: 'typed reference to an existing figure', blocks: [p('学生积极参与技能训练，如图 1-1 所示。'), fig('f1', '学生参与技能大赛')], finds: [{ excerpt: '图 1-1', suggestion: '图 1-1', severity: 'warning' }] },
  { rule: 'references', name: 'typed reference to nothing', blocks: [p('详见表 3。'), fig('f2', '学生参与技能大赛')], finds: [{ excerpt: '表 3', severity: 'error' }, { excerpt: '学生参与技能大赛', severity: 'info' }] },
  { rule: 'references', name: 'live reference is fine, figure referenced', blocks: [pRef('学生积极参与技能训练，如', 'f3', '所示。'), fig('f3', '学生参与技能大赛')], finds: [] },
  { rule: 'references', name: 'unreferenced figure (info)', blocks: [p('学生积极参与技能训练。'), fig('f4', '学生参与技能大赛')], finds: [{ excerpt: '学生参与技能大赛', severity: 'info' }] },
  { rule: 'references', name: '表 3 项 is a count, not a reference', blocks: [p('学院制定管理制度表 3 项。')], finds: [] },

  // captions
  { rule: 'captions', name: 'typed number in a heading', blocks: [h('1.1.师资队伍建设')], finds: [{ excerpt: '1.1.', suggestion: '' }] },
  { rule: 'captions', name: 'doubled typed number in a heading', blocks: [h('（三）（三）在校体验')], finds: [{ excerpt: '（三）（三）' }] },
  { rule: 'captions', name: 'two captions merged into one', blocks: [p('见下图。'), fig('f5', '学生参与技能大赛 图 10 学生领奖')], finds: [{ excerpt: '图 10' }] },
  { rule: 'captions', name: 'duplicate and empty captions', blocks: [fig('f6', '签约仪式'), fig('f7', '签约仪式'), fig('f8', '')], finds: [{ excerpt: '签约仪式', severity: 'warning' }, { excerpt: '', severity: 'warning' }] },
  { rule: 'captions', name: 'a heading starting with a year is no typed number', blocks: [h('2025 年招生情况')], finds: [] },
  { rule: 'captions', name: '代表200 in a caption is no typed number', blocks: [fig('f9', '青年代表、中小学生代表200余人参加活动')], finds: [] },

  // punctuation
  { rule: 'punctuation', name: 'half-width comma and parentheses', blocks: [p('专任教师 295 人(占比 78.25%)，学院,师生')], finds: [{ excerpt: '(', suggestion: '（' }, { excerpt: ')', suggestion: '）' }, { excerpt: ',', suggestion: '，' }] },
  { rule: 'punctuation', name: 'unbalanced book title marks', blocks: [p('按照《天津市职业院校教材管理实施细则等文件要求执行。')], finds: [{ excerpt: '《' }] },
  { rule: 'punctuation', name: 'a paragraph split at a page break', blocks: [p('构建了“专题宣讲+实践研讨+'), p('品牌活动”的立体化学习体系。')], finds: [{ excerpt: '“专题宣讲+实践研讨+' }] },
  { rule: 'punctuation', name: 'doubled punctuation', blocks: [p('学院成绩显著，，广受好评。')], finds: [{ excerpt: '，，', suggestion: '，' }] },
  { rule: 'punctuation', name: 'space between Chinese characters', blocks: [p('单位就 业人数逐年增加。')], finds: [{ excerpt: '就 业', suggestion: '就业', severity: 'warning' }] },
  { rule: 'punctuation', name: 'Wingdings bullet', blocks: [p('\uf0d8学院坚持立德树人。')], finds: [{ excerpt: '\uf0d8', severity: 'error' }] },
  { rule: 'punctuation', name: 'page-number leftover', blocks: [p('学院坚持立德树人 - 49 - 根本任务。')], finds: [{ excerpt: '- 49 -' }] },
  { rule: 'punctuation', name: 'well-formed text stays silent', blocks: [p('学院坚持“立德树人”，按照《职业教育法》（2022 年修订）办学，人岗比例达到 1:3 以上。')], finds: [] },

  // consistency
  { rule: 'consistency', name: 'another report year', blocks: [p('本报告为天津工业职业学院 2024 年度质量报告。')], finds: [{ excerpt: '2024 年度质量报告', severity: 'warning' }] },
  { rule: 'consistency', name: 'the unit name written differently', blocks: [p('天津工业职业技术学院始建于 1951 年。')], finds: [{ excerpt: '天津工业职业技术学院', suggestion: '天津工业职业学院' }] },
  { rule: 'consistency', name: 'another body is not a variant', blocks: [p('按照天津市职业学院办学条件达标工作要求。')], finds: [] },
  { rule: 'consistency', name: 'statement dated before the report', blocks: [p('截至 2025 年 12 月 20 日，学院已完成全部建设任务。')], statementDate: '2025-12-01', finds: [{ excerpt: '2025 年 12 月 20 日' }] },
  { rule: 'consistency', name: 'statement dated after the report', blocks: [p('截至 2025 年 8 月 31 日，毕业去向落实率为 90.89%。')], statementDate: '2025-12-01', finds: [] },

  // glossary
  { rule: 'glossary', name: 'a variant of the starter list', blocks: [p('深入学习贯彻习近平新时代特色社会主义思想。')], finds: [{ excerpt: '习近平新时代特色社会主义思想', suggestion: '习近平新时代中国特色社会主义思想' }] },
  { rule: 'glossary', name: '二十大 without 党的', blocks: [p('学习贯彻二十大精神。')], finds: [{ excerpt: '二十大', suggestion: '党的二十大' }] },
  { rule: 'glossary', name: 'the preferred forms stay silent', blocks: [p('学习贯彻党的二十大精神，推进“双高计划”建设。')], finds: [] },
  { rule: 'glossary', name: 'a project entry', blocks: [p('学院与天钢集团合作。')], settings: { glossary: [{ preferred: '天津钢铁集团有限公司', variants: ['天钢集团'] }], traditionalAllow: [] }, finds: [{ excerpt: '天钢集团', suggestion: '天津钢铁集团有限公司' }] },
];
