/** The heavy tools of the preflight, loaded once per process on first use (see shared/preflight/types.ts). */
import type { PreflightTools } from '../../shared/preflight/types';
import { jiebaLexicon } from './jieba-lexicon';
import { toSimplified } from './opencc';

export function preflightTools(): PreflightTools {
  return { lexicon: jiebaLexicon(), toSimplified: toSimplified() };
}
