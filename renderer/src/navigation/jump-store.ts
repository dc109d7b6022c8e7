/**
 * Requests to show a block: "go to 表 2-1" from a cross-reference, the lists panel or the problems
 * panel. The request outlives the click because its target may not be on screen yet: the section
 * first has to be selected and loaded (single-section view) or mounted (whole-report view). The
 * editor holding the target carries the request out once, whenever it is ready.
 */
import { createStore, type Store } from '../state/store';

export interface JumpRequest {
  /** The outline node (section) holding the target. */
  readonly nodeId: string;
  /** The block (or cross-reference) to show; equal to nodeId for the section itself. */
  readonly blockId: string;
  readonly seq: number;
}

export interface JumpStore {
  readonly request: Store<JumpRequest | null>;
  jump(nodeId: string, blockId: string): void;
  /** Marks the request as carried out; false when it already was (or a newer one replaced it). */
  consume(seq: number): boolean;
}

export function createJumpStore(): JumpStore {
  const request = createStore<JumpRequest | null>(null);
  let seq = 0;
  let done = 0;
  return {
    request,
    jump(nodeId, blockId) {
      seq += 1;
      request.set({ nodeId, blockId, seq });
    },
    consume(which) {
      if (which <= done || request.get()?.seq !== which) return false;
      done = which;
      return true;
    },
  };
}
