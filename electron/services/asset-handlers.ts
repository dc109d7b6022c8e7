/**
 * The image methods of the IPC contract. Preparing an image takes tens to hundreds of
 * milliseconds off the main thread (sharp), so the project is looked up again after it: the user
 * may have closed or switched projects meanwhile, and the image must not land in another one.
 */
import path from 'node:path';
import type { AssetData, ImportedAsset } from '../../shared/ipc/contract';
import { prepareImage } from '../assets/prepare-image';
import { readImageFile } from '../assets/read-image-file';
import { AppError } from '../errors/app-error';
import type { ProjectSession } from './session';

/** A file main chose (the path behind an image handle), or bytes the renderer sent. */
export type ImageSource = { readonly path: string } | { readonly name: string; readonly base64: string };

export async function importAsset(session: ProjectSession, input: ImageSource): Promise<ImportedAsset> {
  // The project, or in contributor mode the package (see ProjectSession.assetStore).
  const project = session.assetStore();
  // Refuse before the work, not after: a read-only session could never store the result.
  if (project.readOnly) throw new AppError('READ_ONLY_SESSION');
  const { bytes, name } =
    'path' in input
      ? { bytes: await readImageFile(input.path), name: path.basename(input.path) }
      : { bytes: Buffer.from(input.base64, 'base64'), name: input.name };
  const prepared = await prepareImage(bytes, name);
  if (session.currentFile !== project) throw new AppError('INVALID_OPERATION', { detail: '图片处理期间项目已关闭，图片未保存' });
  project.storeAsset(prepared);
  return { sha256: prepared.sha256, width: prepared.width, height: prepared.height, mime: prepared.mime };
}

export function readAsset(session: ProjectSession, sha256: string): AssetData {
  const asset = session.assetStore().asset(sha256);
  if (!asset) throw new AppError('NOT_FOUND', { what: '图片', id: sha256 });
  return { mime: asset.mime, base64: asset.bytes.toString('base64') };
}
