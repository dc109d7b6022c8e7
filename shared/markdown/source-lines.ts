/**
 * The line under a table or figure that names where its data or picture comes from. The fixture
 * writes `数据来源：…` under both; `资料来源`, `来源` and, under pictures, `图片来源`/`照片来源` are
 * the other spellings seen in reports. The label is dropped: the model keeps the source text only.
 */
import { parseSourceLine } from '../tables/index';

export function tableSourceLine(text: string): string | null {
  return parseSourceLine(text);
}

export function figureSourceLine(text: string): string | null {
  return parseSourceLine(text.replace(/^(\s*(?:\*\*)?\s*)(?:图片|照片|图像)(?=\s*来源)/, '$1'));
}
