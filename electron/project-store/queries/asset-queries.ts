import type Database from 'better-sqlite3';

type Db = Database.Database;

export interface AssetInfo {
  readonly sha256: string;
  readonly mime: string;
  readonly width: number | null;
  readonly height: number | null;
  readonly size: number;
}

export interface StoredAsset extends AssetInfo {
  readonly bytes: Buffer;
}

/** Inserts an asset unless one with the same hash is already stored (assets are stored once). */
export function putAsset(db: Db, asset: Omit<StoredAsset, 'size'>, at: string): boolean {
  const result = db
    .prepare('INSERT OR IGNORE INTO asset(sha256, mime, bytes, width, height, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(asset.sha256, asset.mime, asset.bytes, asset.width, asset.height, at);
  return result.changes > 0;
}

export function getAsset(db: Db, sha256: string): StoredAsset | undefined {
  const row = db.prepare('SELECT sha256, mime, bytes, width, height FROM asset WHERE sha256 = ?').get(sha256) as
    | { sha256: string; mime: string; bytes: Buffer; width: number | null; height: number | null }
    | undefined;
  return row && { ...row, size: row.bytes.length };
}

export function assetInfo(db: Db, sha256: string): AssetInfo | undefined {
  const row = db.prepare('SELECT sha256, mime, width, height, length(bytes) AS size FROM asset WHERE sha256 = ?').get(sha256) as
    | AssetInfo
    | undefined;
  return row;
}

export function listAssetHashes(db: Db): string[] {
  return (db.prepare('SELECT sha256 FROM asset').all() as { sha256: string }[]).map((r) => r.sha256);
}
