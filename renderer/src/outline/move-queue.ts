/**
 * The outline's moves, one after another, each computed from the outline the previous one left.
 *
 * Alt+Shift+↓ pressed twice before the pane redraws used to compute the second move from the
 * outline still shown, i.e. the place the node had already left: main got "move it where it is"
 * and nothing happened. Main answers every change with the whole new outline; this queue keeps
 * that answer as the latest known outline and hands it to the next step, so N quick presses move
 * a node N places. An outline drawn by the pane from elsewhere (a rename, an add, a merge) becomes
 * the latest known one as soon as it is shown. Pure (no React), tested in Node.
 */
import type { OutlineNode } from '../../../shared/model/outline';

export type Outline = readonly OutlineNode[];

/** One step: given the latest outline, does its work and gives main's new outline (null: unchanged or failed). */
export type OutlineStep = (outline: Outline) => Promise<Outline | null>;

export class OutlineMoveQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private latestOutline: Outline;
  private shownOutline: Outline;

  constructor(shown: Outline) {
    this.shownOutline = shown;
    this.latestOutline = shown;
  }

  /**
   * The outline the pane is drawing now. Only a NEW outline replaces the latest known one: a
   * redraw that still shows the old outline (main's answer not applied yet) must not undo what
   * the queue already knows.
   */
  observe(shown: Outline): void {
    if (shown === this.shownOutline) return;
    this.shownOutline = shown;
    this.latestOutline = shown;
  }

  get latest(): Outline {
    return this.latestOutline;
  }

  /** Runs `step` once every earlier step has finished; resolves when it has. A failing step does not stop the ones after it. */
  run(step: OutlineStep): Promise<void> {
    const done = this.tail.then(async () => {
      const next = await step(this.latestOutline);
      if (next !== null) this.latestOutline = next;
    });
    this.tail = done.catch(() => undefined);
    return done;
  }
}
