/**
 * Opens the PKCS#12 certificate the user picked for a digital signature, turning the statement
 * backend's CLI-style refusals into the app's error: a clear Chinese sentence, nothing written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from '../cli/cli-error';
import { AppError } from '../errors/app-error';
import { openP12, type P12Identity } from '../statement/pdf-signature';

export function openCertificate(file: string, password: string): P12Identity {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new AppError('FILE_NOT_FOUND', { path: path.basename(file) });
  }
  try {
    return openP12(bytes, password);
  } catch (error) {
    if (error instanceof CliError) throw new AppError('STATEMENT_REFUSED', { detail: error.zh, detailEn: error.en }, { reason: 'certificate' });
    throw error;
  }
}
