/**
 * A whole Word report → a prepared import (outline, content, images, warnings), everything done
 * before the project is opened: a file we cannot read never touches the project, not even its lock.
 *
 * Pictures are read from the package and pass the one image gate (electron/assets/prepare-image.ts)
 * like every image entering a project: kept as they are when they fit, refused formats (EMF/WMF
 * from Word, SVG …) becoming placeholders with the gate's reason in a warning.
 */
import path from 'node:path';
import type { DocxDocument, PictureOutcome } from '../../../shared/word/report/docx-model';
import { buildDocxReport, type DocxReport } from '../../../shared/word/report/build-docx-report';
import type { ImportWarning } from '../../../shared/markdown/import-warnings';
import { prepareImage, type PreparedImage } from '../../assets/prepare-image';
import { AppError } from '../../errors/app-error';
import { DocumentReader } from './read-document';
import { readNumbering, readStyles } from './docx-styles';
import { openReportDocx } from './open-report-docx';
import { childrenNamed, parseXml, type XmlElement } from './xml-tree';

export type DocxImportStage = 'read' | 'images' | 'build';

export interface DocxImportProgress {
  readonly stage: DocxImportStage;
  readonly done: number;
  readonly total: number;
}

export interface PreparedDocxImport {
  readonly report: DocxReport;
  readonly assets: readonly PreparedImage[];
  readonly warnings: readonly ImportWarning[];
}

const PARALLEL = 4;

function parsePart(file: string, name: string, xml: string | null): XmlElement | null {
  if (xml === null) return null;
  try {
    return parseXml(xml);
  } catch (error) {
    throw new AppError('NOT_A_WORD_FILE', { name: path.basename(file), detail: `其中的 ${name} 已损坏，无法读取（${(error as Error).message.slice(0, 80)}）` });
  }
}

/** Relationship id → the zip entry of an embedded part (word/media/image1.png). */
function imageTargets(rels: XmlElement | null): Map<string, string> {
  const targets = new Map<string, string>();
  const root = rels === null ? undefined : childrenNamed(rels, 'Relationships')[0];
  for (const rel of root === undefined ? [] : childrenNamed(root, 'Relationship')) {
    const id = rel.attrs.Id;
    const target = rel.attrs.Target;
    if (id === undefined || target === undefined || rel.attrs.TargetMode === 'External') continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join('word', target)));
  }
  return targets;
}

function relIds(document: DocxDocument): string[] {
  const ids = new Set<string>();
  const walk = (blocks: DocxDocument['blocks']): void => {
    for (const block of blocks) {
      if (block.kind === 'paragraph') for (const picture of block.pictures) if (picture.relId !== null && picture.unsupported === undefined) ids.add(picture.relId);
      if (block.kind === 'table') for (const row of block.rows) for (const cell of row.cells) walk(cell.blocks);
    }
  };
  walk(document.blocks);
  return [...ids];
}

export async function prepareDocxImport(file: string, onProgress: (progress: DocxImportProgress) => void = () => undefined): Promise<PreparedDocxImport> {
  onProgress({ stage: 'read', done: 0, total: 1 });
  const parts = openReportDocx(file);
  const document = parsePart(file, 'word/document.xml', parts.document) as XmlElement;
  const styles = readStyles(parsePart(file, 'word/styles.xml', parts.styles));
  const numbering = readNumbering(parsePart(file, 'word/numbering.xml', parts.numbering));
  const targets = imageTargets(parsePart(file, 'word/_rels/document.xml.rels', parts.relationships));
  const docx = new DocumentReader(styles, numbering).read(document);
  onProgress({ stage: 'read', done: 1, total: 1 });

  const ids = relIds(docx);
  const entries = parts.entries(ids.flatMap((id) => (targets.has(id) ? [targets.get(id) as string] : [])));
  const outcomes = new Map<string, PictureOutcome>();
  const assets = new Map<string, PreparedImage>();
  let next = 0;
  let done = 0;
  onProgress({ stage: 'images', done: 0, total: ids.length });
  const worker = async (): Promise<void> => {
    while (next < ids.length) {
      const id = ids[next] as string;
      next += 1;
      const entry = targets.get(id);
      const bytes = entry === undefined ? undefined : entries.get(entry);
      if (entry === undefined || bytes === undefined) outcomes.set(id, { missing: 'Word 文件中找不到这张图片的数据' });
      else {
        try {
          const prepared = await prepareImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), path.posix.basename(entry));
          assets.set(prepared.sha256, prepared);
          outcomes.set(id, { sha256: prepared.sha256 });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          outcomes.set(id, { missing: String(error.params.detail ?? error.message) });
        }
      }
      done += 1;
      onProgress({ stage: 'images', done, total: ids.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, ids.length) }, worker));

  onProgress({ stage: 'build', done: 0, total: 1 });
  const report = buildDocxReport(docx.blocks, { picture: (id) => outcomes.get(id) ?? { missing: 'Word 文件中找不到这张图片的数据' } });
  if (report === null) {
    throw new AppError('IMPORT_FAILED', { detail: 'Word 文件中找不到标题（标题样式、“一、”“（一）”式编号或 Word 多级列表），无法生成目录' }, { problem: 'docx-no-headings' });
  }
  onProgress({ stage: 'build', done: 1, total: 1 });
  return { report, assets: [...assets.values()], warnings: report.warnings };
}
