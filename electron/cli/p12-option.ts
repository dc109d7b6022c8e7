/**
 * --p12 <cert.p12> --password-env <VAR>: the certificate for a digital signature, shared by
 * `statement` and `export --pdf`. Opened (password checked) before anything is written.
 */
import fs from 'node:fs';
import { openP12, type P12Identity } from '../statement/pdf-signature';
import { usageError } from './cli-error';

export function identityFrom(p12File: string | undefined, passwordEnv: string | undefined): P12Identity | null {
  if (p12File === undefined) {
    if (passwordEnv !== undefined) throw usageError('--password-env 需与 --p12 一起使用', '--password-env needs --p12');
    return null;
  }
  // Never a password on the command line: it would end up in shell history and process lists.
  if (passwordEnv === undefined) throw usageError('使用 --p12 时须用 --password-env 指定保存证书密码的环境变量', '--p12 needs --password-env naming the variable holding the password');
  const password = process.env[passwordEnv];
  if (password === undefined) throw usageError(`环境变量 ${passwordEnv} 未设置`, `environment variable ${passwordEnv} is not set`);
  let p12: Buffer;
  try {
    p12 = fs.readFileSync(p12File);
  } catch {
    throw usageError(`找不到证书文件：${p12File}`, `certificate file not found: ${p12File}`);
  }
  return openP12(p12, password);
}
