/**
 * What the app remembers for its user on this PC whatever report is open (the editor's zoom): a
 * small JSON file next to the recent-files list in the user's profile, never inside a project,
 * since two people editing the same report each keep their own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ZOOM_DEFAULT, zoomSchema, type UserPreferences } from '../../shared/ipc/workspace-schemas';

export const DEFAULT_PREFERENCES: UserPreferences = { zoom: ZOOM_DEFAULT };

export class Preferences {
  private readonly file: string;

  constructor(directory: string) {
    this.file = path.join(directory, 'preferences.json');
  }

  /** What is stored, each value checked on its own: a damaged or hand-edited file falls back per value. */
  read(): UserPreferences {
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(fs.readFileSync(this.file, 'utf8'));
    } catch {
      // Missing or damaged: the defaults, it is only a convenience.
    }
    const stored = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    const zoom = zoomSchema.safeParse(stored.zoom);
    return { zoom: zoom.success ? zoom.data : DEFAULT_PREFERENCES.zoom };
  }

  /** Stores the given values over the current ones and returns the result. */
  update(patch: Partial<UserPreferences>): UserPreferences {
    const next = { ...this.read(), ...patch };
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.tmp`;
      fs.writeFileSync(temp, JSON.stringify(next, null, 2));
      fs.renameSync(temp, this.file);
    } catch (error) {
      // Not remembering the zoom must never break editing; the zoom still applies in this window.
      console.warn(`preferences not saved: ${String(error)}`);
    }
    return next;
  }
}
