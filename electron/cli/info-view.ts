/**
 * What `reportworks info` shows, built from a project snapshot: the JSON for scripts and the
 * Chinese summary for people. Numbers are computed the way the app computes them.
 */
import type { LockHolder, ProjectSnapshot } from '../../shared/ipc/contract';
import { t } from '../../shared/i18n';
import type { OutlineRole } from '../../shared/model/outline';
import { outlineInOrder } from '../../shared/model/outline';
import type { ReportSettings } from '../../shared/model/settings';
import { numberOutline } from '../../shared/numbering/heading-numbering';

export interface InfoOutlineEntry {
  readonly id: string;
  readonly parentId: string | null;
  /** 1 = chapter, 2 = section. */
  readonly level: number;
  /** Computed number label (一、 （一）), '' for unnumbered nodes. */
  readonly number: string;
  readonly title: string;
  readonly role: OutlineRole;
  readonly numbered: boolean;
  /** 字数 of the node's own content, as Word counts it. */
  readonly characters: number;
}

export interface InfoCounts {
  /** All outline nodes, as Project.stats() counts them. */
  readonly sections: number;
  readonly topLevel: number;
  readonly secondLevel: number;
  /** Headings inside the nodes' content. */
  readonly contentHeadings: number;
  readonly characters: number;
  readonly charactersNoSpaces: number;
  readonly tables: number;
  readonly figures: number;
  /** Charts drawn from tables, also counted in `figures`. */
  readonly charts: number;
  readonly cases: number;
}

export interface InfoData {
  readonly file: string;
  readonly settings: ReportSettings;
  /** Who has the project open for editing, if anyone. */
  readonly lockHolder: LockHolder | null;
  readonly counts: InfoCounts;
  readonly outline: readonly InfoOutlineEntry[];
}

export function buildInfo(snapshot: ProjectSnapshot, contentHeadings: number): InfoData {
  const numbers = numberOutline(snapshot.outline);
  const ordered = outlineInOrder(snapshot.outline);
  const { stats } = snapshot;
  return {
    file: snapshot.path,
    settings: snapshot.settings,
    lockHolder: snapshot.lockHolder,
    counts: {
      sections: stats.sections,
      topLevel: ordered.filter((n) => n.depth === 1).length,
      secondLevel: ordered.filter((n) => n.depth === 2).length,
      contentHeadings,
      characters: stats.characters.words,
      charactersNoSpaces: stats.characters.charsNoSpaces,
      tables: stats.tables,
      figures: stats.figures,
      charts: stats.charts,
      cases: stats.cases,
    },
    outline: ordered.map((node) => ({
      id: node.id,
      parentId: node.parentId,
      level: node.depth,
      number: numbers.get(node.id) ?? '',
      title: node.title,
      role: node.role,
      numbered: node.numbered,
      characters: stats.perNode[node.id]?.words ?? 0,
    })),
  };
}

const thousands = (n: number): string => n.toLocaleString('en-US');

export function formatInfoSummary(info: InfoData): string {
  const { settings, counts } = info;
  const lines = [
    settings.reportTitle,
    `文件：${info.file}`,
    `单位：${settings.unitName}　年度：${settings.year}　图表编号：${t(`settings.numbering.${settings.numberingScheme}`)}`,
    `目录：${counts.topLevel} 章 ${counts.secondLevel} 节（共 ${counts.sections} 个章节），正文小标题 ${counts.contentHeadings} 个`,
    `字数：${thousands(counts.characters)}　表格：${counts.tables}　图片：${counts.figures}（其中图表 ${counts.charts}）　案例：${counts.cases}`,
  ];
  if (info.lockHolder) lines.push(`正在编辑：${info.lockHolder.user}（计算机 ${info.lockHolder.host}）`);
  lines.push('', '目录结构：');
  for (const entry of info.outline) {
    const indent = '  '.repeat(entry.level);
    lines.push(`${indent}${entry.number}${entry.title}（${thousands(entry.characters)} 字）`);
  }
  return lines.join('\n') + '\n';
}
