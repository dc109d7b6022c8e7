import { zhCN, type MessageKey } from './zh-CN';

export type Params = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Formats a message of the UI language; unknown placeholders are left visible to be noticed. */
export function t(key: MessageKey, params: Params = {}): string {
  const template: string = zhCN[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

export type { MessageKey };
