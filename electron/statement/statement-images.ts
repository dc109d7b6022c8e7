/**
 * The signer's signature and the unit's seal: transparent PNGs only, because anything else would
 * print a white box over the text the seal must overlap. Checked fully before anything is stored
 * (first what a seal needs, then the image gate every project image passes, prepare-image.ts), so
 * a refused image leaves the project untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { prepareImage, type PreparedImage } from '../assets/prepare-image';
import { statementRefused } from './statement-refused';
import { AppError } from '../errors/app-error';
import type { Project } from '../project-store/project';
import { writeStatementSettings } from './statement-store';
import { fileKindOf } from '../files/file-kind';

/** A scanned seal at 600 dpi is ~1000 px; 4000 px or 20 MB means a wrong file, not a better seal. */
export const MAX_STATEMENT_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_STATEMENT_IMAGE_SIDE = 4000;

export type StatementImageKind = 'signature' | 'seal';

const KIND_ZH: Record<StatementImageKind, string> = { signature: '签名图片', seal: '印章图片' };


export interface CheckedPng {
  readonly bytes: Buffer;
  readonly sha256: string;
  readonly width: number;
  readonly height: number;
}

export async function checkStatementImage(file: string, kind: StatementImageKind): Promise<CheckedPng> {
  const name = path.basename(file);
  const what = KIND_ZH[kind];
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw statementRefused(`找不到${what}“${name}”`, `${kind} image not found: ${name}`, { usage: true });
  }
  // A folder given by mistake would otherwise fail inside readFileSync as an internal EISDIR.
  if (!stat.isFile()) throw statementRefused(`“${name}”不是文件：请给出${what}的 PNG 文件`, `${kind} image "${name}" is not a file`, { usage: true });
  const { size } = stat;
  if (size > MAX_STATEMENT_IMAGE_BYTES) {
    throw statementRefused(`${what}“${name}”过大（${(size / 1048576).toFixed(1)} MB，上限 20 MB）`, `${kind} image too large (${size} bytes, limit 20 MB)`);
  }
  const bytes = fs.readFileSync(file);
  if (fileKindOf(bytes) !== 'png') {
    throw statementRefused(`${what}“${name}”不是 PNG 文件：请使用背景透明的 PNG 图片`, `${kind} image is not a PNG; use a PNG with a transparent background`);
  }
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_STATEMENT_IMAGE_SIDE * MAX_STATEMENT_IMAGE_SIDE }).metadata();
  } catch {
    throw statementRefused(`${what}“${name}”已损坏或尺寸过大`, `${kind} image is damaged or too large`);
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width > MAX_STATEMENT_IMAGE_SIDE || height > MAX_STATEMENT_IMAGE_SIDE) {
    throw statementRefused(`${what}“${name}”尺寸过大（${width}×${height} 像素，上限 4000 像素）`, `${kind} image too large (${width}x${height} px, limit 4000 px)`);
  }
  if (meta.hasAlpha !== true) {
    throw statementRefused(`${what}“${name}”没有透明背景：请使用背景透明的 PNG 图片`, `${kind} image has no transparency; use a transparent PNG`);
  }
  // Then the gate every project image passes: every pixel decoded (a truncated PNG whose header is
  // intact fails here), metadata chunks removed, downscaled losslessly past what print needs.
  let prepared: PreparedImage;
  try {
    prepared = await prepareImage(bytes, name, { formats: ['png'], formatsText: '背景透明的 PNG' });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw statementRefused(`${what}“${name}”无法使用：${String(error.params.detail ?? error.message)}`, `${kind} image is damaged or not usable`);
  }
  return { bytes: prepared.bytes, sha256: prepared.sha256, width: prepared.width, height: prepared.height };
}

/** Stores the PNG as the gate left it (checked; its transparency kept, never palette-quantised). */
export function storeStatementImage(project: Project, kind: StatementImageKind, png: CheckedPng): void {
  project.write(() => {
    project.storeAsset({ sha256: png.sha256, mime: 'image/png', bytes: png.bytes, width: png.width, height: png.height });
    writeStatementSettings(project, kind === 'signature' ? { signatureImage: png.sha256 } : { sealImage: png.sha256 });
  });
}
