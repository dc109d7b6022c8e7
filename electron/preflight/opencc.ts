/**
 * Traditional → simplified for the preflight, with opencc-js (OpenCC's dictionaries in plain
 * JavaScript, Apache-2.0): the `t` → `cn` converter works phrase by phrase, so 显著, 乾坤 and 皇后
 * stay as they are and only real traditional forms change. Built lazily once per process (about
 * 100 ms); kept in main with the dictionary rather than shipped to the renderer.
 */
import { createRequire } from 'node:module';
import type { ToSimplified } from '../../shared/preflight/types';

interface OpenCCModule {
  Converter(options: { from: string; to: string }): (text: string) => string;
}

const requireHere = createRequire(__filename);
let converter: ToSimplified | null = null;

export function toSimplified(): ToSimplified {
  if (converter === null) {
    const OpenCC = requireHere('opencc-js') as OpenCCModule;
    converter = OpenCC.Converter({ from: 't', to: 'cn' });
  }
  return converter;
}
