/**
 * A new year's project from last year's (issue 16, part 2): `reportworks new --from` and the start
 * screen's 以去年项目为基础新建….
 *
 * Last year's project is opened read-only through Project.open, so it passes the same header and
 * schema checks (schema-check.ts) as any project and is never written to. What is carried:
 * - the outline with its ids unchanged (live nodes only), its roles and numbering flags;
 * - departments (with their ids) and which node each one writes;
 * - report settings (unit and numbering scheme unless given, style preset and its overrides, the
 *   English unit name; the year is the new one and the title follows it);
 * - the preflight glossary, traditional-character allow-list and ignored findings;
 * - the statement's wording and page position.
 * What is deliberately not carried: section text (sections start empty; last year's text is stored
 * read-only as 去年同期), images (the signature and seal included: a new year is signed anew),
 * issued statements, packages, comments, progress and due dates, deleted nodes and history.
 * Tables come over with their structure and ids, their numbers kept or cleared.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultReportTitle, type NumberingScheme, type ReportSettings } from '../../shared/model/settings';
import { outlineInOrder } from '../../shared/model/outline';
import { numberOutline } from '../../shared/numbering/heading-numbering';
import { carriedSectionContent, type TableValueMode } from '../../shared/new-year/carry-forward';
import { countContent } from '../../shared/text/content-count';
import { AppError } from '../errors/app-error';
import { createProjectFile } from '../project-store/create-project-file';
import { realFilePath } from '../project-store/file-lock';
import { Project } from '../project-store/project';
import { listDepartments } from '../project-store/queries/department-queries';
import { readProjectUuid } from '../project-store/queries/identity-queries';
import { insertNode } from '../project-store/queries/outline-queries';
import { addIgnored, listIgnored, readPreflightSettings, writePreflightSettings } from '../project-store/queries/preflight-queries';
import {
  insertDepartmentWithId,
  insertPriorYearSection,
  readSettingValues,
  writePriorYearSource,
  writeSettingValues,
} from '../project-store/queries/prior-year-queries';
import { insertRevision, writeSection } from '../project-store/queries/section-queries';
import { writeSettings } from '../project-store/queries/settings-queries';

/** Statement settings that describe the wording and layout; the signer, date and images are this year's business. */
const CARRIED_STATEMENT_KEYS = ['statementTemplate', 'statementPosition'] as const;

export interface NewYearOptions {
  readonly year: number;
  /** Last year's when absent. */
  readonly unitName?: string;
  /** Last year's when absent. */
  readonly numberingScheme?: NumberingScheme;
  readonly tableValues: TableValueMode;
}

export interface NewYearSummary {
  readonly path: string;
  readonly fromYear: number;
  readonly settings: ReportSettings;
  readonly chapters: number;
  readonly sections: number;
  readonly departments: number;
  readonly assigned: number;
  readonly tables: number;
  readonly clearedValues: number;
  readonly glossaryEntries: number;
  readonly ignoredFindings: number;
  /** Things the user should check: a guessed title, a year that is not after last year's. */
  readonly notices: readonly string[];
}

/** The title for the new year: the default if last year's was the default, else last year's with the year replaced. */
function newTitle(last: ReportSettings, unitName: string, year: number, notices: string[]): string {
  if (last.reportTitle === defaultReportTitle(last.unitName, last.year)) return defaultReportTitle(unitName, year);
  const replaced = last.reportTitle.split(String(last.year)).join(String(year));
  if (replaced === last.reportTitle) {
    notices.push(`报告标题“${last.reportTitle}”中没有去年的年度 ${last.year}，已原样沿用，请在“报告设置”中核对`);
  } else {
    notices.push(`报告标题已由“${last.reportTitle}”改为“${replaced}”，请核对`);
  }
  return replaced;
}

function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  // A link or another spelling of the same file (only decidable when it exists).
  return fs.existsSync(a) && fs.existsSync(b) && realFilePath(a) === realFilePath(b);
}

export function createFromLastYear(file: string, from: string, options: NewYearOptions): NewYearSummary {
  if (sameFile(file, from)) throw new AppError('INVALID_OPERATION', { detail: '新项目不能与去年的项目是同一个文件' });
  const target = path.resolve(file);
  // Refused before last year's file is even opened: nothing to read if nothing can be written.
  if (fs.existsSync(target)) throw new AppError('FILE_EXISTS', { path: target });
  const last = Project.open(from, { readOnly: true });
  try {
    const lastSettings = last.settings();
    const unitName = options.unitName ?? lastSettings.unitName;
    const notices: string[] = [];
    if (options.year <= lastSettings.year) notices.push(`新年度 ${options.year} 不晚于去年项目的年度 ${lastSettings.year}，请确认`);
    const settings: ReportSettings = {
      ...lastSettings,
      unitName,
      year: options.year,
      reportTitle: newTitle(lastSettings, unitName, options.year, notices),
      numberingScheme: options.numberingScheme ?? lastSettings.numberingScheme,
    };
    const outline = outlineInOrder(last.outline());
    const labels = numberOutline(outline);
    const sections = new Map(last.loadAllSections().map((doc) => [doc.id, doc]));
    const departments = listDepartments(last.db);
    const liveIds = new Set(outline.map((n) => n.id));
    const preflight = readPreflightSettings(last.db);
    // Ignores of findings in deleted nodes would point at nothing here.
    const ignores = listIgnored(last.db).filter((entry) => liveIds.has(entry.nodeId));
    const statement = readSettingValues(last.db, CARRIED_STATEMENT_KEYS);
    const recovered = [...sections.values()].filter((doc) => doc.recovered !== undefined);
    for (const doc of recovered) {
      notices.push(`去年的“${outline.find((n) => n.id === doc.id)?.title ?? doc.id}”内容已损坏，去年同期显示的是可读的较早版本`);
    }
    const source = { year: lastSettings.year, unitName: lastSettings.unitName, fileName: path.basename(last.path), projectUuid: readProjectUuid(last.db) ?? '' };

    const { path: created, result } = createProjectFile(target, (db) => {
      const at = new Date().toISOString();
      writeSettings(db, settings);
      for (const department of departments) insertDepartmentWithId(db, department);
      let tables = 0;
      let clearedValues = 0;
      for (const node of outline) {
        // outlineInOrder attaches a node whose parent is gone at the top; store it there too.
        const parentId = node.parentId !== null && liveIds.has(node.parentId) ? node.parentId : null;
        insertNode(db, { id: node.id, parentId, position: node.position, title: node.title, role: node.role, numbered: node.numbered, departmentId: node.departmentId });
        const lastContent = sections.get(node.id)?.content ?? [];
        const carried = carriedSectionContent(lastContent, options.tableValues);
        tables += carried.tables;
        clearedValues += carried.clearedValues;
        const json = JSON.stringify(carried.content);
        const counts = countContent(carried.content);
        writeSection(db, node.id, 1, json, counts, at);
        insertRevision(db, node.id, 1, json, counts.words, at, 'create');
        insertPriorYearSection(db, { nodeId: node.id, title: node.title, label: labels.get(node.id) ?? '', content: JSON.stringify(lastContent) });
      }
      writePriorYearSource(db, { ...source, tableValues: options.tableValues, createdAt: at });
      writePreflightSettings(db, preflight);
      addIgnored(db, ignores);
      writeSettingValues(db, statement);
      return { tables, clearedValues };
    });
    const chapters = outline.filter((n) => n.parentId === null).length;
    return {
      path: created,
      fromYear: lastSettings.year,
      settings,
      chapters,
      sections: outline.length - chapters,
      departments: departments.length,
      assigned: outline.filter((n) => n.departmentId !== null).length,
      tables: result.tables,
      clearedValues: result.clearedValues,
      glossaryEntries: preflight.glossary.length,
      ignoredFindings: ignores.length,
      notices,
    };
  } finally {
    last.close();
  }
}
