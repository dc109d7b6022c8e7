/**
 * Statement settings and the register of issued statements, on top of Project: settings keys
 * (no schema change needed for them) and the issued_statement table of migration 005.
 */
import { DEFAULT_STATEMENT_TEMPLATE, isCalendarDay, STATEMENT_POSITIONS, type StatementPosition, type StatementSettings } from '../../shared/statement/statement-text';
import type { Project } from '../project-store/project';

const KEYS = {
  template: 'statementTemplate',
  date: 'statementDate',
  signerName: 'statementSigner',
  signatureImage: 'statementSignatureImage',
  sealImage: 'statementSealImage',
  position: 'statementPosition',
} as const satisfies Record<keyof StatementSettings, string>;

function readKey(project: Project, key: string): unknown {
  const row = project.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (row === undefined) return undefined;
  try {
    return JSON.parse(row.value);
  } catch {
    return undefined; // a damaged value falls back to the default, as readSettings does
  }
}

const isSha = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);

export function readStatementSettings(project: Project): StatementSettings {
  const template = readKey(project, KEYS.template);
  const date = readKey(project, KEYS.date);
  const signer = readKey(project, KEYS.signerName);
  const signature = readKey(project, KEYS.signatureImage);
  const seal = readKey(project, KEYS.sealImage);
  const position = readKey(project, KEYS.position);
  return {
    template: typeof template === 'string' && template.trim() !== '' ? template : DEFAULT_STATEMENT_TEMPLATE,
    date: typeof date === 'string' && isCalendarDay(date) ? date : null,
    signerName: typeof signer === 'string' ? signer : '',
    signatureImage: isSha(signature) ? signature : null,
    sealImage: isSha(seal) ? seal : null,
    position: STATEMENT_POSITIONS.includes(position as StatementPosition) ? (position as StatementPosition) : 'after-cover',
  };
}

export function writeStatementSettings(project: Project, patch: Partial<StatementSettings>): StatementSettings {
  project.write(() => {
    const upsert = project.db.prepare('INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    for (const [name, value] of Object.entries(patch) as [keyof StatementSettings, unknown][]) {
      if (value !== undefined) upsert.run(KEYS[name], JSON.stringify(value));
    }
  });
  return readStatementSettings(project);
}

export interface IssuedStatement {
  readonly fileName: string;
  readonly reportName: string | null;
  readonly reportSha256: string | null;
  readonly signed: boolean;
  readonly issuedAt: string;
}

export function recordIssuedStatement(project: Project, issued: IssuedStatement): void {
  project.write(() => {
    project.db
      .prepare('INSERT INTO issued_statement(file_name, report_name, report_sha256, signed, issued_at) VALUES (?, ?, ?, ?, ?)')
      .run(issued.fileName, issued.reportName, issued.reportSha256, issued.signed ? 1 : 0, issued.issuedAt);
  });
}

export function issuedStatements(project: Project): IssuedStatement[] {
  const rows = project.db
    .prepare('SELECT file_name, report_name, report_sha256, signed, issued_at FROM issued_statement ORDER BY id')
    .all() as { file_name: string; report_name: string | null; report_sha256: string | null; signed: number; issued_at: string }[];
  return rows.map((r) => ({ fileName: r.file_name, reportName: r.report_name, reportSha256: r.report_sha256, signed: r.signed === 1, issuedAt: r.issued_at }));
}
