/**
 * A package's rows read into memory, typed, with the checks every reader needs: the format
 * marker, parseable JSON, and assets whose bytes hash to their name. Sealing and verifying
 * (package-seal.ts) and all three users (contributor mode, import, CLI) work from this.
 */
import { packagePreflightSchema, type IgnoredFindingData, type PackagePreflight } from '../../shared/ipc/preflight-schemas';
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import type { CommentOrigin } from '../../shared/model/collaboration';
import type { SectionContent } from '../../shared/model/document';
import type { OutlineNode, OutlineRole } from '../../shared/model/outline';
import type { ReportSettings } from '../../shared/model/settings';
import { META, PACKAGE_FORMAT, type PackageDepartment } from './package-format';

type Db = Database.Database;

export interface PackageSection {
  readonly nodeId: string;
  readonly revision: number;
  /** The stored JSON text, exactly as in the file (what seals hash). */
  readonly json: string;
  readonly content: SectionContent;
}

export interface WorkingSection extends PackageSection {
  readonly updatedAt: string;
}

export interface PackageAsset {
  readonly sha256: string;
  readonly mime: string;
  readonly bytes: Buffer;
  readonly width: number | null;
  readonly height: number | null;
  readonly issued: boolean;
}

export interface PackageComment {
  readonly id: string;
  readonly nodeId: string;
  readonly blockId: string | null;
  readonly parentId: string | null;
  readonly author: string;
  readonly origin: CommentOrigin;
  readonly text: string;
  readonly createdAt: string;
  readonly issued: boolean;
}

export interface PackageContents {
  readonly packageId: string;
  readonly projectUuid: string;
  readonly department: PackageDepartment;
  readonly settings: ReportSettings;
  readonly issuedAt: string;
  readonly baseMac: string;
  readonly submittedAt: string | null;
  readonly workingSeal: string | null;
  readonly outline: readonly OutlineNode[];
  /** Numbering skeletons of the sections not assigned, by node id (stored JSON text). */
  readonly context: ReadonlyMap<string, string>;
  readonly base: ReadonlyMap<string, PackageSection>;
  readonly working: ReadonlyMap<string, WorkingSection>;
  readonly assets: readonly PackageAsset[];
  readonly comments: readonly PackageComment[];
  /** The office's preflight settings and ignores; undefined in packages from before the preflight. */
  readonly preflight?: PackagePreflight;
  /** Findings the department ignored in contributor mode (not sealed; see META.departmentIgnores). */
  readonly departmentIgnored?: readonly IgnoredFindingData[];
}

/** Why a file that opened as a package cannot be read as one; the caller words the refusal. */
export class PackageFormatError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'PackageFormatError';
  }
}

function parse<T>(json: string, what: string): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    throw new PackageFormatError(`${what}无法解析`);
  }
}

function meta(db: Db): Map<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
  return new Map(rows.map((r) => [r.key, parse<unknown>(r.value, `包信息“${r.key}”`)]));
}

function text(values: Map<string, unknown>, key: string): string {
  const value = values.get(key);
  if (typeof value !== 'string' || value === '') throw new PackageFormatError(`缺少包信息“${key}”`);
  return value;
}

function optionalText(values: Map<string, unknown>, key: string): string | null {
  const value = values.get(key);
  return typeof value === 'string' && value !== '' ? value : null;
}

function readSections(db: Db, table: 'base_section' | 'working_section'): Map<string, WorkingSection> {
  const rows = db.prepare(`SELECT * FROM ${table}`).all() as { node_id: string; revision: number; content: string; updated_at?: string }[];
  const out = new Map<string, WorkingSection>();
  for (const r of rows) {
    out.set(r.node_id, { nodeId: r.node_id, revision: r.revision, json: r.content, content: parse<SectionContent>(r.content, '章节内容'), updatedAt: r.updated_at ?? '' });
  }
  return out;
}

export function sha256Hex(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/**
 * `verifyAssets` hashes every image against its name; contributor mode, which re-reads after each
 * of its own writes, checks once when the package is opened (the import always checks).
 */
export function readPackageContents(db: Db, options: { readonly verifyAssets?: boolean } = {}): PackageContents {
  const verifyAssets = options.verifyAssets ?? true;
  let values: Map<string, unknown>;
  try {
    values = meta(db);
  } catch (error) {
    if (error instanceof PackageFormatError) throw error;
    throw new PackageFormatError('不是材料包的结构');
  }
  if (values.get(META.format) !== PACKAGE_FORMAT) throw new PackageFormatError('缺少材料包标记');
  const department = values.get(META.department) as Partial<PackageDepartment> | undefined;
  if (!department || typeof department.id !== 'string' || typeof department.name !== 'string') throw new PackageFormatError('缺少部门信息');
  const settings = values.get(META.settings) as Partial<ReportSettings> | undefined;
  if (!settings || typeof settings.unitName !== 'string' || typeof settings.reportTitle !== 'string') throw new PackageFormatError('缺少报告设置');
  const outline = (
    db.prepare('SELECT id, parent_id, position, title, role, numbered, department_id FROM outline_node').all() as {
      id: string;
      parent_id: string | null;
      position: number;
      title: string;
      role: string;
      numbered: number;
      department_id: string | null;
    }[]
  ).map(
    (r): OutlineNode => ({ id: r.id, parentId: r.parent_id, position: r.position, title: r.title, role: r.role as OutlineRole, numbered: r.numbered === 1, departmentId: r.department_id }),
  );
  const assets = (db.prepare('SELECT sha256, mime, bytes, width, height, issued FROM asset').all() as {
    sha256: string;
    mime: string;
    bytes: Buffer;
    width: number | null;
    height: number | null;
    issued: number;
  }[]).map((r) => {
    // Assets are named by the hash of their bytes: a changed image cannot keep its name.
    if (verifyAssets && sha256Hex(r.bytes) !== r.sha256) throw new PackageFormatError(`图片 ${r.sha256.slice(0, 12)}… 的内容与其校验值不符`);
    return { sha256: r.sha256, mime: r.mime, bytes: r.bytes, width: r.width, height: r.height, issued: r.issued === 1 };
  });
  const comments = (db.prepare('SELECT * FROM comment ORDER BY created_at, id').all() as {
    id: string;
    node_id: string;
    block_id: string | null;
    parent_id: string | null;
    author: string;
    origin: CommentOrigin;
    text: string;
    created_at: string;
    issued: number;
  }[]).map((r) => ({ id: r.id, nodeId: r.node_id, blockId: r.block_id, parentId: r.parent_id, author: r.author, origin: r.origin, text: r.text, createdAt: r.created_at, issued: r.issued === 1 }));
  const context = new Map((db.prepare('SELECT node_id, content FROM context_section').all() as { node_id: string; content: string }[]).map((r) => [r.node_id, r.content]));
  return {
    packageId: text(values, META.packageId),
    projectUuid: text(values, META.projectUuid),
    department: { id: department.id, name: department.name, lead: String(department.lead ?? ''), writers: String(department.writers ?? '') },
    settings: settings as ReportSettings,
    issuedAt: text(values, META.issuedAt),
    baseMac: text(values, META.baseMac),
    submittedAt: optionalText(values, META.submittedAt),
    workingSeal: optionalText(values, META.workingSeal),
    outline,
    context,
    base: readSections(db, 'base_section'),
    working: readSections(db, 'working_section'),
    assets,
    comments,
    ...readPreflight(values),
    departmentIgnored: readDepartmentIgnores(values),
  };
}

function readDepartmentIgnores(values: Map<string, unknown>): IgnoredFindingData[] {
  if (!values.has(META.departmentIgnores)) return [];
  const parsed = packagePreflightSchema.shape.ignored.safeParse(values.get(META.departmentIgnores));
  if (!parsed.success) throw new PackageFormatError('部门的校对忽略列表无法解析');
  return parsed.data;
}

function readPreflight(values: Map<string, unknown>): { preflight?: PackagePreflight } {
  if (!values.has(META.preflight)) return {};
  const parsed = packagePreflightSchema.safeParse(values.get(META.preflight));
  if (!parsed.success) throw new PackageFormatError('校对设置无法解析');
  return { preflight: parsed.data };
}
