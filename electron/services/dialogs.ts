/**
 * File choosers. The Electron shell implements these with native dialogs; the loopback harness
 * with paths supplied by the test (see harness/server.ts).
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
}
