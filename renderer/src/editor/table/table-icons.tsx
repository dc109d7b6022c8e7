/** Line icons of the table tools, in the style of ../../ui/icons.tsx (20×20, current colour). */
import type { ReactElement } from 'react';

export type TableIconName = 'table' | 'import' | 'rows' | 'merge' | 'split' | 'header' | 'align-left' | 'align-center' | 'align-right' | 'number' | 'sum';

const PATHS: Record<TableIconName, ReactElement> = {
  table: <path d="M3 4h14v12H3zM3 8h14M3 12h14M8 4v12M12.5 4v12" />,
  import: <path d="M4 3.5h8l4 4v9H4zM12 3.5v4h4M10 9v5.5M7.5 12 10 14.5 12.5 12" />,
  rows: <path d="M3 4h14v5H3zM3 11h14v5H3zM10 1.5v2M10 16.5v2" />,
  merge: <path d="M3 4h14v12H3zM7 10h6M5.5 8 7 10l-1.5 2M14.5 8 13 10l1.5 2" />,
  split: <path d="M3 4h14v12H3zM10 4v12M4.5 10H8M6.5 8.5 8 10l-1.5 1.5M15.5 10H12M13.5 8.5 12 10l1.5 1.5" />,
  header: (
    <>
      <path d="M3 4h14v12H3zM3 8h14M8 8v8M12.5 8v8" />
      <path d="M3 4h14v4H3z" fill="currentColor" fillOpacity="0.25" />
    </>
  ),
  'align-left': <path d="M3.5 5h13M3.5 8.5h8M3.5 12h13M3.5 15.5h8" />,
  'align-center': <path d="M3.5 5h13M6 8.5h8M3.5 12h13M6 15.5h8" />,
  'align-right': <path d="M3.5 5h13M8.5 8.5h8M3.5 12h13M8.5 15.5h8" />,
  number: <path d="M5 16 7.5 4M10.5 16 13 4M3.5 8h12M3 12.5h12" />,
  sum: <path d="M14.5 5V4h-9l5 6-5 6h9v-1" />,
};

export function TableIcon({ name }: { readonly name: TableIconName }) {
  return (
    <svg className="icon" width="18" height="18" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {PATHS[name]}
    </svg>
  );
}
