/**
 * What the find bar and the open section editors share: the query and its options, which match is
 * the current one, and the live editors by section (an editor registers while it is mounted). The
 * bar reads matches from the registered editor of the current section, so counts and highlights
 * always come from the text on screen, never from a stale stored copy.
 */
import { createContext, useContext, useEffect } from 'react';
import type { Editor } from 'slate';
import type { FindOptions } from '../../../shared/find/match-text';
import { createStore, type Store } from '../state/store';

export type FindScope = 'section' | 'report';

export interface FindState {
  readonly open: boolean;
  readonly replaceOpen: boolean;
  readonly query: string;
  readonly replacement: string;
  readonly matchCase: boolean;
  readonly matchWidth: boolean;
  readonly scope: FindScope;
}

/** The current match: an index into the section's matches, or its first/last one once the section is open. */
export interface ActiveMatch {
  readonly sectionId: string;
  readonly index: number | 'first' | 'last';
}

export const CLOSED: FindState = { open: false, replaceOpen: false, query: '', replacement: '', matchCase: false, matchWidth: false, scope: 'section' };

export interface FindHub {
  readonly state: Store<FindState>;
  readonly active: Store<ActiveMatch | null>;
  /** Bumped when a registered editor's content changes or an editor comes or goes. */
  readonly version: Store<number>;
  register(sectionId: string, editor: Editor): () => void;
  editorOf(sectionId: string): Editor | undefined;
  noteChange(): void;
}

export function createFindHub(): FindHub {
  const editors = new Map<string, Editor>();
  const version = createStore(0);
  const bump = (): void => version.set(version.get() + 1);
  return {
    state: createStore<FindState>(CLOSED),
    active: createStore<ActiveMatch | null>(null, (a, b) => a === b || (a !== null && b !== null && a.sectionId === b.sectionId && a.index === b.index)),
    version,
    register(sectionId, editor) {
      editors.set(sectionId, editor);
      bump();
      return () => {
        if (editors.get(sectionId) === editor) editors.delete(sectionId);
        bump();
      };
    },
    editorOf: (sectionId) => editors.get(sectionId),
    noteChange: bump,
  };
}

/** The options the matcher takes, from the bar's state. */
export function findOptionsOf(state: FindState): FindOptions {
  return { matchCase: state.matchCase, matchWidth: state.matchWidth };
}

const FindHubContext = createContext<FindHub | null>(null);
export const FindHubProvider = FindHubContext.Provider;

/** The hub, or null outside a project screen (an editor shown on its own, in tests). */
export function useFindHub(): FindHub | null {
  return useContext(FindHubContext);
}

/** Registers a section's editor with the hub for as long as it is mounted. */
export function useFindRegistration(hub: FindHub | null, sectionId: string, editor: Editor): void {
  useEffect(() => hub?.register(sectionId, editor), [hub, sectionId, editor]);
}
