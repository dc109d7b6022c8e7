/**
 * A cross-reference in running text. It shows its target's current label (表 1-1), so it follows
 * every renumbering; a reference whose target was deleted shows 〔引用失效〕 in red. Clicking it
 * goes to the target, in whichever section it is.
 *
 * IME: the label sits in a contentEditable={false} span inside the inline void (slate #5736), so
 * Chromium keeps the caret, and any composition, in the text node after the reference instead of
 * inside the label.
 */
import type { MouseEvent } from 'react';
import { useFocused, useSelected, type RenderElementProps } from 'slate-react';
import type { XrefElement } from '../../../../shared/model/document';
import { t } from '../../../../shared/i18n';
import { useNumberingLabel, useNumberingStoreHandle } from '../../numbering/numbering-context';
import { useReportUi } from '../../navigation/report-ui';

export function XrefView({ attributes, children, element }: RenderElementProps & { readonly element: XrefElement }) {
  const label = useNumberingLabel(element.target);
  const numbering = useNumberingStoreHandle();
  const ui = useReportUi();
  const selected = useSelected();
  const focused = useFocused();
  const broken = label === null;
  const text = label === undefined ? t('xref.pending') : (label ?? t('xref.broken'));

  const go = (event: MouseEvent): void => {
    if (broken || event.button !== 0) return;
    event.preventDefault();
    const index = numbering.index.get();
    const nodeId = index.structureOf(element.target)?.nodeId ?? index.headingOf(element.target)?.nodeId;
    if (nodeId) ui.navigate(nodeId, element.target);
  };

  const classes = ['xref', broken ? 'xref-broken' : '', selected && focused ? 'xref-selected' : ''].filter(Boolean).join(' ');
  return (
    <span {...attributes} className={classes} data-xref-id={element.id} data-target={element.target} data-testid="xref">
      <span
        contentEditable={false}
        className="xref-label"
        data-testid="xref-label"
        title={broken ? t('xref.brokenHint') : label ? t('xref.goTo', { label }) : undefined}
        onClick={go}
      >
        {text}
      </span>
      {children}
    </span>
  );
}
