/**
 * File choosers. The Electron shell implements these with native dialogs; the loopback harness
 * with paths supplied by the test (see harness/server.ts). Their paths stay in main: the handler
 * table turns each into an opaque handle for the renderer (see ./file-handles.ts).
 *
 * Save choosers (new project, save as, package, export, statement) must have asked the user before
 * answering with a file that exists: that answer is taken as the confirmation to replace it.
 */
export interface Dialogs {
  pickNewProjectPath(suggestedName: string | undefined): Promise<string | null>;
  pickOpenProjectPath(): Promise<string | null>;
  pickSaveAsPath(suggestedName: string | undefined): Promise<string | null>;
  pickImagePath(): Promise<string | null>;
  pickSpreadsheetPath(): Promise<string | null>;
  pickPackagePath(suggestedName: string | undefined): Promise<string | null>;
  pickContributionPath(): Promise<string | null>;
  pickExportPath(format: 'docx' | 'pdf', suggestedName: string | undefined): Promise<string | null>;
  /** 真实性声明 inputs: a transparent PNG (signature or seal), the report PDF it vouches for, or the .p12/.pfx certificate. */
  pickStatementInput(kind: StatementInputKind): Promise<string | null>;
  /** Where the issued statement is written (replaced if it exists). */
  pickStatementPath(format: 'docx' | 'pdf', suggestedName: string): Promise<string | null>;
  /** 从 Word 报告创建 (issue 16): a whole report in Word (.docx). */
  pickWordReportPath(): Promise<string | null>;
}

export type StatementInputKind = 'signature' | 'seal' | 'report' | 'certificate';
