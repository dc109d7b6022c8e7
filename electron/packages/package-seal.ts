/**
 * Tamper evidence for packages.
 *
 * Office seal (authentic): HMAC-SHA256 over a canonical serialization of everything the office
 * issued — identity, department, settings, outline, numbering context, base sections, issued
 * assets and comments — with a 32-byte secret that is generated per package and kept ONLY in the
 * project's package registry. Nobody without the project can recompute it, so on return the office
 * detects any change to the base content, the identity or the section set, made by any tool.
 *
 * Working seal (integrity only): the department's app cannot hold a secret the office could verify
 * (there is no key infrastructure between a college's departments), so its rows are sealed with an
 * HMAC keyed by the office MAC, which is in the file. That catches edits made outside the app — a
 * row changed in a SQLite browser, bytes flipped in transit — but not someone who re-implements
 * this function; what such a person could change is only their own department's draft of its own
 * sections, which the office reviews change by change anyway. Sections not assigned are refused
 * on import whatever their seal (only the registry's section ids are accepted).
 */
import crypto from 'node:crypto';
import { canonicalJson } from '../../shared/merge/canonical-json';
import { PACKAGE_FORMAT, PACKAGE_SCHEMA_VERSION } from './package-format';
import { sha256Hex, type PackageContents } from './package-contents';

type Sealed = Pick<PackageContents, 'packageId' | 'projectUuid' | 'department' | 'settings' | 'issuedAt' | 'outline' | 'context' | 'base' | 'assets' | 'comments' | 'preflight'>;

const byKey = <T>(items: readonly T[], key: (item: T) => string): T[] => [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** The canonical bytes the office MAC covers. */
export function issuedPayload(contents: Sealed): string {
  return canonicalJson({
    format: PACKAGE_FORMAT,
    version: PACKAGE_SCHEMA_VERSION,
    packageId: contents.packageId,
    projectUuid: contents.projectUuid,
    department: contents.department,
    settings: contents.settings,
    issuedAt: contents.issuedAt,
    outline: byKey(contents.outline, (n) => n.id),
    context: byKey([...contents.context].map(([nodeId, json]) => ({ nodeId, sha256: sha256Hex(json) })), (c) => c.nodeId),
    base: byKey([...contents.base.values()].map((s) => ({ nodeId: s.nodeId, revision: s.revision, sha256: sha256Hex(s.json) })), (s) => s.nodeId),
    assets: byKey(contents.assets.filter((a) => a.issued).map((a) => ({ sha256: a.sha256, mime: a.mime, width: a.width, height: a.height })), (a) => a.sha256),
    comments: byKey(contents.comments.filter((c) => c.issued).map(({ issued: _issued, ...c }) => c), (c) => c.id),
    // Only when present, so packages issued before the preflight keep verifying.
    ...(contents.preflight === undefined ? {} : { preflight: contents.preflight }),
  });
}

export function officeMac(secret: Buffer, contents: Sealed): string {
  return crypto.createHmac('sha256', secret).update(issuedPayload(contents)).digest('hex');
}

type Working = Pick<PackageContents, 'packageId' | 'baseMac' | 'working' | 'assets' | 'comments' | 'submittedAt'>;

/** The department's rows, canonically. */
function workingPayload(contents: Working): string {
  return canonicalJson({
    packageId: contents.packageId,
    working: byKey([...contents.working.values()].map((s) => ({ nodeId: s.nodeId, revision: s.revision, sha256: sha256Hex(s.json), updatedAt: s.updatedAt })), (s) => s.nodeId),
    assets: byKey(contents.assets.filter((a) => !a.issued).map((a) => ({ sha256: a.sha256, mime: a.mime, width: a.width, height: a.height })), (a) => a.sha256),
    comments: byKey(contents.comments.filter((c) => !c.issued).map(({ issued: _issued, ...c }) => c), (c) => c.id),
    submittedAt: contents.submittedAt,
  });
}

export function workingSeal(contents: Working): string {
  return crypto.createHmac('sha256', Buffer.from(contents.baseMac, 'utf8')).update(workingPayload(contents)).digest('hex');
}

/** Constant-time comparison of two hex MACs. */
export function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
