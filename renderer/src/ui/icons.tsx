/**
 * Line icons drawn inline as SVG: crisp at any zoom, no image files, nothing the strict CSP
 * would have to allow. 20×20 grid, stroke in the current text colour.
 */
import type { ReactElement } from 'react';

export type IconName =
  | 'comment'
  | 'undo'
  | 'redo'
  | 'bullets'
  | 'numbers'
  | 'add-chapter'
  | 'add-section'
  | 'rename'
  | 'trash'
  | 'new-file'
  | 'open-folder'
  | 'lock'
  | 'history'
  | 'document'
  | 'case'
  | 'image'
  | 'xref'
  | 'single-view'
  | 'whole-view'
  | 'warning'
  | 'star';

const PATHS: Record<IconName, ReactElement> = {
  undo: <path d="M7.5 4.5 4 8l3.5 3.5M4 8h8.5a3.5 3.5 0 0 1 0 7H9" />,
  redo: <path d="M12.5 4.5 16 8l-3.5 3.5M16 8H7.5a3.5 3.5 0 0 0 0 7H11" />,
  bullets: (
    <>
      <circle cx="4.5" cy="5.5" r="1.1" fill="currentColor" stroke="none" />
      <circle cx="4.5" cy="10" r="1.1" fill="currentColor" stroke="none" />
      <circle cx="4.5" cy="14.5" r="1.1" fill="currentColor" stroke="none" />
      <path d="M8 5.5h9M8 10h9M8 14.5h9" />
    </>
  ),
  numbers: (
    <>
      <path d="M3.6 4.2 4.8 3.5v4M3.5 7.5h2.6M3.4 12.2a1.3 1.2 0 1 1 2 1.1l-2 1.9h2.5" strokeWidth="1.1" />
      <path d="M8.5 5.5h8.5M8.5 13.5h8.5" />
    </>
  ),
  'add-chapter': <path d="M5 2.5h6.5L15 6v11.5H5zM11.5 2.5V6H15M10 8.5v6M7 11.5h6" />,
  'add-section': <path d="M3 4.5h9M6 9h6M6 13.5h4M15.5 10v6M12.5 13h6" />,
  rename: <path d="m4 16 .8-3.6L13 4.2l2.8 2.8-8.2 8.2zM11.3 5.9l2.8 2.8M4 16h12" />,
  trash: <path d="M3.5 5.5h13M8 5.5V3.5h4v2M5.5 5.5l.8 11h7.4l.8-11M8.5 8.5v5.5M11.5 8.5v5.5" />,
  'new-file': <path d="M5 2.5h6.5L15 6v11.5H5zM11.5 2.5V6H15M10 8.5v6M7 11.5h6" />,
  'open-folder': <path d="M2.5 5.5V15a1 1 0 0 0 1 1h11.8l2.2-6.5H6.2L4 16M2.5 5.5a1 1 0 0 1 1-1h4l1.5 1.5h5.5a1 1 0 0 1 1 1v2.5" />,
  lock: <path d="M5 9h10v8H5zM7 9V6.5a3 3 0 0 1 6 0V9" />,
  history: <path d="M3.5 10a6.5 6.5 0 1 0 2-4.7M3.5 3.5v3h3M10 6.5V10l2.5 2" />,
  document: <path d="M5 2.5h6.5L15 6v11.5H5zM11.5 2.5V6H15M7.5 9.5h5M7.5 12.5h5M7.5 15h3" />,
  case: <path d="M3 3.5h14v13H3zM3 7h14M6 10h8M6 13h5" />,
  image: (
    <>
      <path d="M2.5 4h15v12h-15z" />
      <circle cx="7" cy="8" r="1.4" />
      <path d="m2.5 14 4.5-4 3.5 3 2.5-2 4.5 4" />
    </>
  ),
  xref: <path d="M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-1 1M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l1-1" />,
  'single-view': <path d="M5.5 2.5h9v15h-9zM8 6h4M8 9h4M8 12h3" />,
  'whole-view': <path d="M3 2.5h6.5v15H3zM10.5 2.5H17v15h-6.5zM5 6h2.5M5 9h2.5M12.5 6h2.5M12.5 9h2.5" />,
  warning: <path d="M10 3 2.5 16.5h15zM10 8v4M10 14.2v.1" />,
  comment: <path d="M3.5 4.5h13v9h-7l-3.5 3v-3H3.5z" />,
  star: <path d="m10 2.8 2.2 4.6 5 .7-3.6 3.5.9 5-4.5-2.4-4.5 2.4.9-5L2.8 8.1l5-.7z" />,
};

export function Icon({ name, size = 18 }: { readonly name: IconName; readonly size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {PATHS[name]}
    </svg>
  );
}
