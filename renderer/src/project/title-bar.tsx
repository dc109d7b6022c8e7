/** The window's title bar with the menu: 文件 (另存为, 关闭项目), 报告设置, 历史版本. */
import { useEffect, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import { baseName } from '../state/format';

interface TitleBarProps {
  readonly reportTitle: string;
  readonly path: string;
  readonly readOnly: boolean;
  readonly historyOpen: boolean;
  readonly onSaveAs: () => void;
  readonly onCloseProject: () => void;
  readonly onSettings: () => void;
  /** Absent where there is no history to show (a department's package keeps none). */
  readonly onHistory?: () => void;
}

export function TitleBar({ reportTitle, path, readOnly, historyOpen, onSaveAs, onCloseProject, onSettings, onHistory }: TitleBarProps) {
  const [fileMenu, setFileMenu] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!fileMenu) return undefined;
    const close = (event: MouseEvent): void => {
      if (!menuRef.current?.contains(event.target as Node)) setFileMenu(false);
    };
    const escape = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setFileMenu(false);
    };
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', escape);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', escape);
    };
  }, [fileMenu]);

  const choose = (action: () => void) => () => {
    setFileMenu(false);
    action();
  };

  return (
    <header className="title-bar">
      <div className="title-brand" aria-hidden="true">
        <span className="brand-mark brand-mark-small">{t('app.mark')}</span>
      </div>
      <nav className="menu-bar" aria-label={t('menu.label')}>
        <div className="menu" ref={menuRef}>
          <button
            type="button"
            className={`menu-button ${fileMenu ? 'menu-button-open' : ''}`}
            aria-haspopup="menu"
            aria-expanded={fileMenu}
            onClick={() => setFileMenu((o) => !o)}
            data-testid="menu-file"
          >
            {t('menu.file')}
          </button>
          {fileMenu ? (
            <div className="menu-popup" role="menu">
              <button type="button" role="menuitem" className="menu-item" onClick={choose(onSaveAs)} data-testid="menu-save-as">
                {t('menu.saveAs')}
              </button>
              <div className="menu-separator" role="separator" />
              <button type="button" role="menuitem" className="menu-item" onClick={choose(onCloseProject)} data-testid="menu-close">
                {t('menu.close')}
              </button>
            </div>
          ) : null}
        </div>
        <button type="button" className="menu-button" onClick={onSettings} data-testid="open-settings">
          {t('menu.settings')}
        </button>
        {onHistory ? (
          <button type="button" className={`menu-button ${historyOpen ? 'menu-button-open' : ''}`} onClick={onHistory} data-testid="open-history">
            {t('menu.history')}
          </button>
        ) : null}
      </nav>
      <div className="title-text" title={path}>
        <span className="title-report" data-testid="report-title">
          {reportTitle}
        </span>
        <span className="title-file">
          {baseName(path)}
          {readOnly ? ` ${t('title.readOnlySuffix')}` : ''}
        </span>
      </div>
      <div className="title-app">{t('app.name')}</div>
    </header>
  );
}
