/**
 * Small menus for the table tools: a drop-down under a ribbon button and a context menu at the
 * pointer. Pressing an item never takes the focus from the editor (mousedown is cancelled), so the
 * command acts on the cells that were selected; Esc or a click elsewhere closes the menu.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export interface MenuItem {
  readonly key: string;
  readonly label: string;
  readonly disabled?: boolean;
  readonly danger?: boolean;
  readonly checked?: boolean;
  readonly onSelect: () => void;
}

/** A heading inside a menu ("应用于整列"), or a separator when label is ''. */
export interface MenuSection {
  readonly key: string;
  readonly label: string;
  readonly items: readonly MenuItem[];
}

function useDismiss(open: boolean, close: () => void, inside: () => HTMLElement | null): void {
  useEffect(() => {
    if (!open) return undefined;
    const onDown = (event: MouseEvent): void => {
      const root = inside();
      if (root && event.target instanceof Node && root.contains(event.target)) return;
      close();
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') close();
    };
    window.addEventListener('mousedown', onDown, true);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('blur', close);
    return () => {
      window.removeEventListener('mousedown', onDown, true);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('blur', close);
    };
  }, [open, close, inside]);
}

export function MenuSections({ sections, onDone }: { readonly sections: readonly MenuSection[]; readonly onDone: () => void }) {
  return (
    <>
      {sections.map((section, i) => (
        <div key={section.key} className="tbl-menu-section" role="group" aria-label={section.label || undefined}>
          {i > 0 ? <div className="tbl-menu-separator" role="separator" /> : null}
          {section.label ? <div className="tbl-menu-heading">{section.label}</div> : null}
          {section.items.map((item) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              className={`tbl-menu-item ${item.danger ? 'is-danger' : ''} ${item.checked ? 'is-checked' : ''}`}
              disabled={item.disabled}
              data-testid={`table-menu-${item.key}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                onDone();
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      ))}
    </>
  );
}

export interface DropdownProps {
  readonly label: ReactNode;
  readonly title: string;
  readonly testId: string;
  readonly disabled?: boolean;
  readonly sections: () => readonly MenuSection[];
  /** Custom content instead of sections (the size picker); gets a function that closes the menu. */
  readonly render?: (close: () => void) => ReactNode;
}

export function Dropdown({ label, title, testId, disabled, sections, render }: DropdownProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const close = useRef(() => setOpen(false)).current;
  const inside = useRef(() => root.current).current;
  useDismiss(open, close, inside);
  return (
    <div className="tbl-dropdown" ref={root}>
      <button
        type="button"
        className={`tool tool-labelled tbl-dropdown-button ${open ? 'tool-active' : ''}`}
        title={title}
        aria-label={title}
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={disabled}
        data-testid={testId}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <span className="tbl-caret" aria-hidden="true" />
      </button>
      {open ? (
        <div className="tbl-menu tbl-menu-drop" role="menu" data-testid={`${testId}-menu`}>
          {render ? render(close) : <MenuSections sections={sections()} onDone={close} />}
        </div>
      ) : null}
    </div>
  );
}

export interface ContextMenuProps {
  readonly x: number;
  readonly y: number;
  readonly sections: readonly MenuSection[];
  readonly onClose: () => void;
}

export function ContextMenu({ x, y, sections, onClose }: ContextMenuProps) {
  const root = useRef<HTMLDivElement>(null);
  const inside = useRef(() => root.current).current;
  useDismiss(true, onClose, inside);
  // Keep the menu on screen: flip it up or left when it would overflow the window.
  const [position, setPosition] = useState({ left: x, top: y });
  useEffect(() => {
    const box = root.current?.getBoundingClientRect();
    if (!box) return;
    setPosition({
      left: x + box.width > window.innerWidth - 8 ? Math.max(8, x - box.width) : x,
      top: y + box.height > window.innerHeight - 8 ? Math.max(8, y - box.height) : y,
    });
  }, [x, y]);
  return createPortal(
    <div ref={root} className="tbl-menu tbl-context-menu" role="menu" style={position} data-testid="table-context-menu" onContextMenu={(e) => e.preventDefault()}>
      <MenuSections sections={sections} onDone={onClose} />
    </div>,
    document.body,
  );
}
