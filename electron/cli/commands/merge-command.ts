import fs from 'node:fs';
import path from 'node:path';
import type { Decision } from '../../../shared/merge/merge-types';
import { applyImport } from '../../packages/apply-import';
import { importWordDraft } from '../../packages/import-draft';
import { importPackage } from '../../packages/import-package';
import { isPackageFile, sniffApplicationId } from '../../project-store/package-file';
import { APPLICATION_ID } from '../../project-store/constants';
import { AppError } from '../../errors/app-error';
import { fileKindOf, readFileHead } from '../../files/file-kind';
import type { PreparedImport } from '../../packages/prepared-import';
import { Project } from '../../project-store/project';
import { CliError, EXIT_FAILURE, EXIT_OK, usageError } from '../cli-error';
import { MERGE_HELP } from '../collaboration-help';
import { changeLine, formatReview, reviewJson } from '../review-view';
import { resolveSection } from '../section-arg';
import { expectPositionals, type Command } from './command';

/** What a file is, told by its first bytes, for the refusal of something neither package nor Word draft. */
function whatItIs(file: string, head: Buffer): { zh: string; en: string } {
  const id = sniffApplicationId(file);
  if (id === APPLICATION_ID) return { zh: '这是年报项目文件（.rwproj）', en: 'it is a project file (.rwproj)' };
  if (id !== null) return { zh: '这是其他软件保存的文件', en: "it is another program's file" };
  const kind = fileKindOf(head);
  if (kind === 'cfb') return { zh: '这是旧版 Word 97-2003 文件（.doc），请另存为 .docx', en: 'it is an old Word 97-2003 file (.doc); save it as .docx' };
  if (kind === 'pdf') return { zh: '这是 PDF 文件', en: 'it is a PDF file' };
  return { zh: '文件内容无法识别', en: 'its content is not recognised' };
}

/**
 * A package (application id 'RWPK') or a Word draft (a ZIP archive, checked further by read-docx);
 * anything else is refused here, before the project is opened or a --section is asked for.
 */
function incomingKind(file: string): 'package' | 'word' {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('FILE_NOT_FOUND', { path: path.resolve(file) });
  }
  const name = path.basename(file);
  const neither = (what: { zh: string; en: string }): CliError =>
    new CliError(
      `“${name}”既不是部门材料包（.rwpkg），也不是 Word 稿件（.docx）：${what.zh}。项目未作任何改动`,
      `"${name}" is neither a contribution package (.rwpkg) nor a Word draft (.docx): ${what.en}; the project was not changed`,
      EXIT_FAILURE,
    );
  if (!stat.isFile()) throw neither({ zh: '这是文件夹', en: 'it is a folder' });
  if (isPackageFile(file)) return 'package';
  // Read once: the ZIP test and, failing it, the description of what the file is instead.
  const head = readFileHead(file);
  if (fileKindOf(head) === 'zip') return 'word';
  throw neither(whatItIs(file, head));
}

/** Every change that is no conflict is taken; conflicts get no decision and keep the office's text. */
function nonConflicting(prepared: PreparedImport): Map<string, Decision> {
  const decisions = new Map<string, Decision>();
  for (const section of prepared.sections) for (const change of section.merge.changes) if (change.kind !== 'conflict') decisions.set(change.id, 'accept');
  return decisions;
}

export const mergeCommand: Command = {
  name: 'merge',
  help: MERGE_HELP,
  options: {
    section: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'accept-nonconflicting': { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(args, io) {
    const [projectFile, incoming] = expectPositionals(args, [
      { zh: '项目文件（.rwproj）', en: 'project file (.rwproj)' },
      { zh: '材料包（.rwpkg）或 Word 稿件（.docx）', en: 'package (.rwpkg) or Word draft (.docx)' },
    ]) as [string, string];
    const dryRun = args.flags.has('dry-run');
    const accept = args.flags.has('accept-nonconflicting');
    if (dryRun === accept) {
      throw usageError('请指定 --dry-run（只列出修改）或 --accept-nonconflicting（采纳无冲突的修改）之一', 'give either --dry-run or --accept-nonconflicting');
    }
    const sectionQuery = args.strings.get('section');
    const isPackage = incomingKind(incoming) === 'package';
    if (!isPackage && sectionQuery === undefined) {
      // A Word draft revises one section, which must be named.
      throw usageError('合并 Word 稿件需要用 --section 指定章节', 'a Word draft needs --section');
    }
    if (isPackage && sectionQuery !== undefined && !dryRun) {
      throw usageError('材料包须整体合并；--section 只能与 --dry-run 一起使用', 'a package merges whole; --section only works with --dry-run');
    }
    // A dry run only reads: no lock, nothing written, so it works while the app has the project open.
    const project = Project.open(projectFile, { readOnly: dryRun });
    try {
      const section = sectionQuery === undefined ? null : resolveSection(project.outline(), sectionQuery);
      const prepared = isPackage ? await importPackage(project, incoming) : await importWordDraft(project, incoming, (section as { id: string }).id);
      const only = section?.id ?? null;
      if (dryRun) {
        io.out(args.flags.has('json') ? `${JSON.stringify(reviewJson(prepared.review, only, null), null, 2)}\n` : formatReview(prepared.review, only));
        return EXIT_OK;
      }
      const outcome = applyImport(project, prepared, nonConflicting(prepared));
      if (args.flags.has('json')) {
        io.out(`${JSON.stringify(reviewJson(prepared.review, null, outcome), null, 2)}\n`);
        return EXIT_OK;
      }
      io.out(formatReview(prepared.review, null));
      io.out(
        `已合并 ${path.basename(incoming)}：采纳 ${outcome.applied} 处修改，更新 ${Object.keys(outcome.revisions).length} 个章节` +
          `${outcome.replies > 0 ? `，批注回复 ${outcome.replies} 条` : ''}。\n`,
      );
      if (outcome.unresolved.length > 0) {
        io.out(`有 ${outcome.unresolved.length} 处冲突未处理，保留了专班的版本（可在应用中撤销这次合并后重新审阅）：\n`);
        const labels = new Map(prepared.review.sections.map((s) => [s.sectionId, s.labels]));
        for (const change of outcome.unresolved) io.out(`${changeLine(change, labels.get(change.sectionId))}\n`);
      }
    } finally {
      project.close();
    }
    return EXIT_OK;
  },
};
