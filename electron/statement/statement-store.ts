/**
 * Statement settings and the register of issued statements, on top of Project: settings keys
 * (no schema change needed for them) and the issued_statement table of migration 005.
 */
import { DEFAULT_STATEMENT_TEMPLATE, isCalendarDay, STATEMENT_POSITIONS, type StatementPosition, type StatementSettings } from '../../shared/statement/statement-text';
import type { Project } from '../project-store/project';
import { insertIssuedStatement, listIssuedStatements, type IssuedStatement } from '../project-store/queries/statement-queries';
import { readSettingValue, writeSettingValues } from '../project-store/queries/settings-queries';

export type { IssuedStatement };

const KEYS = {
  template: 'statementTemplate',
  date: 'statementDate',
  signerName: 'statementSigner',
  signatureImage: 'statementSignatureImage',
  sealImage: 'statementSealImage',
  position: 'statementPosition',
} as const satisfies Record<keyof StatementSettings, string>;

function readKey(project: Project, key: string): unknown {
  // A damaged value reads as undefined and falls back to the default, as readSettings does.
  return project.query(readSettingValue, key);
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
  const values = Object.fromEntries((Object.entries(patch) as [keyof StatementSettings, unknown][]).map(([name, value]) => [KEYS[name], value]));
  project.write(() => project.query(writeSettingValues, values));
  return readStatementSettings(project);
}

export function recordIssuedStatement(project: Project, issued: IssuedStatement): void {
  project.write(() => project.query(insertIssuedStatement, issued));
}

export function issuedStatements(project: Project): IssuedStatement[] {
  return project.query(listIssuedStatements);
}
