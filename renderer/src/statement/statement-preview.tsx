/**
 * The statement page as it will print: the very HTML and CSS of the PDF (shared/statement/
 * statement-page-html.ts), an A4 box in millimetres scaled down with a transform. Without a bound
 * report there is no fingerprint or QR code; a note says where they go.
 */
import { useMemo } from 'react';
import type { ReportSettings } from '../../../shared/model/settings';
import { statementPageCss, statementPageHtml } from '../../../shared/statement/statement-page-html';
import { statementText, type StatementSettings } from '../../../shared/statement/statement-text';

/** 210 mm at 0.4 is about 318 px: the whole page fits beside the form. */
export const PREVIEW_SCALE = 0.4;

interface StatementPreviewProps {
  readonly report: ReportSettings;
  readonly settings: StatementSettings;
  readonly signatureUrl: string | null;
  readonly sealUrl: string | null;
}

export function StatementPreview({ report, settings, signatureUrl, sealUrl }: StatementPreviewProps) {
  const css = useMemo(() => statementPageCss(), []);
  // statementPageHtml escapes every text and URL it writes, so its markup can go in as it is.
  const html = useMemo(
    () => statementPageHtml(statementText(report, settings), { signatureUrl, sealUrl }, null),
    [report, settings, signatureUrl, sealUrl],
  );
  return (
    <div className="statement-preview" data-testid="statement-preview" role="img" aria-label="声明预览">
      <style>{css}</style>
      <div className="statement-preview-page" style={{ transform: `scale(${PREVIEW_SCALE})` }} dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
