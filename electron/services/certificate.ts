/**
 * Opens the PKCS#12 certificate the user picked for a digital signature (the report PDF or a
 * statement): a missing file or a wrong password is a clear Chinese refusal before anything is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/app-error';
import { openP12, type P12Identity } from '../statement/pdf-signature';
import { asRefusal } from './statement-refusal';

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
    throw asRefusal(error, 'certificate');
  }
}
