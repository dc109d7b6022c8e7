/**
 * The preflight's lexicon in the main process: @node-rs/jieba (jieba-rs through N-API, prebuilt
 * binaries for every desktop platform) for segmentation, and the word frequencies of the same
 * dictionary (jieba's dict.txt, about 349 000 words with frequencies, shipped inside the package)
 * read once into a map. Loaded lazily on the first check and kept for the process: the dictionary
 * takes about a second and some tens of megabytes, which the renderer never pays.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Lexicon } from '../../shared/preflight/types';

interface JiebaInstance {
  cut(sentence: string, hmm?: boolean | null): string[];
}
interface JiebaModule {
  Jieba: { withDict(dict: Uint8Array): JiebaInstance };
}

const requireHere = createRequire(__filename);

/** `word freq tag` lines → word → frequency. */
export function parseFrequencies(dict: string): Map<string, number> {
  const map = new Map<string, number>();
  let start = 0;
  while (start < dict.length) {
    let end = dict.indexOf('\n', start);
    if (end < 0) end = dict.length;
    const firstSpace = dict.indexOf(' ', start);
    if (firstSpace > start && firstSpace < end) {
      const secondSpace = dict.indexOf(' ', firstSpace + 1);
      const frequency = Number(dict.slice(firstSpace + 1, secondSpace > 0 && secondSpace < end ? secondSpace : end));
      if (Number.isFinite(frequency)) map.set(dict.slice(start, firstSpace), frequency);
    }
    start = end + 1;
  }
  return map;
}

export class JiebaLexicon implements Lexicon {
  private constructor(
    private readonly jieba: JiebaInstance,
    private readonly frequencies: ReadonlyMap<string, number>,
  ) {}

  static load(): JiebaLexicon {
    const { Jieba } = requireHere('@node-rs/jieba') as JiebaModule;
    const dictPath = requireHere.resolve('@node-rs/jieba/dict.txt');
    const bytes = fs.readFileSync(dictPath);
    return new JiebaLexicon(Jieba.withDict(bytes), parseFrequencies(bytes.toString('utf8')));
  }

  cut(text: string): string[] {
    return this.jieba.cut(text, false);
  }

  frequency(word: string): number {
    return this.frequencies.get(word) ?? 0;
  }
}

let shared: JiebaLexicon | null = null;

/** The process's lexicon, loaded on first use. */
export function jiebaLexicon(): JiebaLexicon {
  shared ??= JiebaLexicon.load();
  return shared;
}
