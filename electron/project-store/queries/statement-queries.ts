import type Database from 'better-sqlite3';

type Db = Database.Database;

/** A row of issued_statement (migration 005): which report a statement was issued for. */
export interface IssuedStatement {
  readonly fileName: string;
  readonly reportName: string | null;
  readonly reportSha256: string | null;
  readonly signed: boolean;
  readonly issuedAt: string;
}

export function insertIssuedStatement(db: Db, issued: IssuedStatement): void {
  db.prepare('INSERT INTO issued_statement(file_name, report_name, report_sha256, signed, issued_at) VALUES (?, ?, ?, ?, ?)').run(
    issued.fileName,
    issued.reportName,
    issued.reportSha256,
    issued.signed ? 1 : 0,
    issued.issuedAt,
  );
}

export function listIssuedStatements(db: Db): IssuedStatement[] {
  const rows = db
    .prepare('SELECT file_name, report_name, report_sha256, signed, issued_at FROM issued_statement ORDER BY id')
    .all() as { file_name: string; report_name: string | null; report_sha256: string | null; signed: number; issued_at: string }[];
  return rows.map((r) => ({ fileName: r.file_name, reportName: r.report_name, reportSha256: r.report_sha256, signed: r.signed === 1, issuedAt: r.issued_at }));
}
