/**
 * The commits a one-line field (ime-safe-input.tsx) has sent to the document and not yet seen come
 * back as its `value`, oldest first. A value that is one of them is this field's own text on its
 * way back (possibly an older one, when the author typed on meanwhile): the field already shows
 * that or newer. Anything else was changed elsewhere and replaces the field's text. Pure.
 */

/** More commits than that in flight means the echoes are not coming (a commit the document refused). */
const MAX_IN_FLIGHT = 64;

export class CommitEchoes {
  private inFlight: string[] = [];

  sent(text: string): void {
    this.inFlight = [...this.inFlight, text].slice(-MAX_IN_FLIGHT);
  }

  /**
   * True when `value` is one of the commits in flight: it and every older one are done with. False
   * for a change made elsewhere, which also ends the wait for the rest (they were overtaken).
   */
  isEcho(value: string): boolean {
    const at = this.inFlight.indexOf(value);
    if (at < 0) {
      this.inFlight = [];
      return false;
    }
    this.inFlight = this.inFlight.slice(at + 1);
    return true;
  }
}
