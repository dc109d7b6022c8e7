/**
 * The built-in template 职业教育质量年度报告, modelled on seed 001 (天津工业职业学院 2025): a preface with
 * its three fixed parts, the seven chapters the national notices ask for with their （一）（二）（三）
 * sections, the case appendix and the authorship page.
 */
import { newBlockId, newNodeId } from '../ids/block-id';
import type { HeadingElement, SectionContent } from '../model/document';
import { paragraph } from '../model/document';
import type { OutlineNode, OutlineRole } from '../model/outline';

interface TemplateEntry {
  readonly title: string;
  readonly role?: OutlineRole;
  readonly numbered?: boolean;
  readonly sections?: readonly string[];
  readonly content?: () => SectionContent;
}

const unnumberedHeading = (text: string): HeadingElement => ({
  type: 'heading',
  id: newBlockId(),
  level: 1,
  numbered: false,
  children: [{ text }],
});

const prefaceContent = (): SectionContent => [
  unnumberedHeading('——编制目的和过程'),
  paragraph(newBlockId(), ''),
  unnumberedHeading('——基本内容'),
  paragraph(newBlockId(), ''),
  unnumberedHeading('——特色与亮点'),
  paragraph(newBlockId(), ''),
];

export const ANNUAL_REPORT_TEMPLATE: readonly TemplateEntry[] = [
  { title: '前言', role: 'preface', numbered: false, content: prefaceContent },
  { title: '人才培养', sections: ['立德树人', '多样成长', '数智赋能', '高质就业'] },
  { title: '产教融合', sections: ['合作机制', '关键教学要素', '人才共育'] },
  { title: '服务贡献', sections: ['服务国家战略', '服务产业发展', '服务民生福祉'] },
  { title: '国际合作', sections: ['鲁班工坊', '留学（访学）', '交流互鉴'] },
  { title: '文化传承', sections: ['传承工匠精神', '发展红色文化', '传承传统文化'] },
  { title: '发展保障', sections: ['党建引领', '政策保障', '条件保障', '质量保障'] },
  { title: '挑战与展望', sections: ['人才培养', '产教融合', '服务社会', '“人工智能+”建设'] },
  { title: '案例附录', role: 'case-appendix', numbered: false },
  { title: '编写分工', role: 'authorship', numbered: false },
];

export interface TemplateResult {
  readonly nodes: OutlineNode[];
  readonly contents: ReadonlyMap<string, SectionContent>;
}

function node(title: string, parentId: string | null, position: number, role: OutlineRole, numbered: boolean): OutlineNode {
  return { id: newNodeId('n'), parentId, position, title, role, numbered, departmentId: null };
}

export function buildAnnualReportTemplate(): TemplateResult {
  const nodes: OutlineNode[] = [];
  const contents = new Map<string, SectionContent>();
  ANNUAL_REPORT_TEMPLATE.forEach((entry, index) => {
    const chapter = node(entry.title, null, index, entry.role ?? 'body', entry.numbered ?? true);
    nodes.push(chapter);
    contents.set(chapter.id, entry.content ? entry.content() : [paragraph(newBlockId(), '')]);
    (entry.sections ?? []).forEach((title, sectionIndex) => {
      const section = node(title, chapter.id, sectionIndex, 'body', true);
      nodes.push(section);
      contents.set(section.id, [paragraph(newBlockId(), '')]);
    });
  });
  return { nodes, contents };
}

/** A blank report: a single chapter to start typing in. */
export function buildBlankReport(): TemplateResult {
  const chapter = node('新的一章', null, 0, 'body', true);
  return { nodes: [chapter], contents: new Map([[chapter.id, [paragraph(newBlockId(), '')]]]) };
}
