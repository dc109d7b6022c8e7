import type { Migration } from './migration';

/**
 * The authenticity statement (issue 7): its template, date, signer and images live in `settings`
 * (keys statementTemplate, statementDate, statementSigner, statementSignatureImage,
 * statementSealImage), so only the register of issued statements needs a table: which exported
 * report file (by name and SHA-256) each statement was issued for, so the office can later show
 * which report a signed statement vouches for.
 */
export const migration005: Migration = {
  version: 5,
  name: 'statements',
  up(db) {
    db.exec(`
      CREATE TABLE issued_statement (
        id             INTEGER PRIMARY KEY,
        file_name      TEXT NOT NULL,
        report_name    TEXT,
        report_sha256  TEXT CHECK (report_sha256 IS NULL OR (length(report_sha256) = 64 AND report_sha256 NOT GLOB '*[^0-9a-f]*')),
        signed         INTEGER NOT NULL DEFAULT 0 CHECK (signed IN (0, 1)),
        issued_at      TEXT NOT NULL
      ) STRICT;
    `);
  },
};
