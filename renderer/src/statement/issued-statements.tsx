/** The register of issued statements: which file, for which report (by fingerprint), signed or not, when. */
import type { IssuedStatementInfo } from '../../../shared/ipc/contract';
import { t } from '../../../shared/i18n';

/** ISO time → local "2025-12-30 14:05", as a person reads it in the list. */
function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function IssuedStatements({ issued }: { readonly issued: readonly IssuedStatementInfo[] }) {
  if (issued.length === 0) return <p className="field-hint" data-testid="statement-issued-none">{t('statement.issuedNone')}</p>;
  // Newest first: the one just issued is the one the user looks for.
  const rows = [...issued].reverse();
  return (
    <table className="statement-issued" data-testid="statement-issued">
      <thead>
        <tr>
          <th scope="col">{t('statement.col.file')}</th>
          <th scope="col">{t('statement.col.report')}</th>
          <th scope="col">{t('statement.col.fingerprint')}</th>
          <th scope="col">{t('statement.col.signed')}</th>
          <th scope="col">{t('statement.col.time')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={`${row.issuedAt}:${index}`} data-testid="statement-issued-row">
            <td className="statement-issued-file">{row.fileName}</td>
            <td>{row.reportName ?? '—'}</td>
            <td className="statement-sha" title={row.reportSha256 ?? undefined}>
              {row.reportSha256 ? `${row.reportSha256.slice(0, 12)}…` : '—'}
            </td>
            <td>{t(row.signed ? 'statement.yes' : 'statement.no')}</td>
            <td>{localTime(row.issuedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
