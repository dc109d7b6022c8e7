/**
 * A case box (案例) in the editor: a bordered container of ordinary blocks under a title line
 * `案例 1-1 <title>`. The number is computed over the whole report and drawn as a non-editable
 * prefix; the title is a field of its own (see ../ime-safe-input.tsx for why an <input>). The box
 * shows its character count, in warning colours above the ~1000 字 most provinces allow.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { Editor, Transforms } from 'slate';
import { ReactEditor, useReadOnly, useSlateStatic, type RenderElementProps } from 'slate-react';
import { moveOutOfCase, setCaseClassic, setCaseTitle } from '../../../../shared/editor/with-cases';
import type { CaseElement } from '../../../../shared/model/document';
import { countContent } from '../../../../shared/text/content-count';
import { t } from '../../../../shared/i18n';
import { useNumberedStructure, useNumberingLabel } from '../../numbering/numbering-context';
import { formatCount } from '../../state/format';
import { Icon } from '../../ui/icons';
import { backToText } from '../field-focus';
import { takeFieldFocus } from '../focus-request';
import { ImeSafeInput } from '../ime-safe-input';
import type { SectionEditorInstance } from '../section-editor-type';

/** What most provinces allow for one case (see shared/text/char-count.ts on how 字 are counted). */
export const CASE_WORD_LIMIT = 1000;

const CaseCount = memo(function CaseCount({ words }: { readonly words: number }) {
  const over = words > CASE_WORD_LIMIT;
  return (
    <span
      className={`case-count ${over ? 'case-count-over' : ''}`}
      title={t('case.wordsHint', { limit: CASE_WORD_LIMIT })}
      data-testid="case-count"
      data-over={over ? 'true' : 'false'}
    >
      {over ? <Icon name="warning" size={14} /> : null}
      {over ? t('case.wordsOver', { count: formatCount(words), limit: CASE_WORD_LIMIT }) : t('case.words', { count: formatCount(words) })}
    </span>
  );
});

export function CaseView({ attributes, children, element }: RenderElementProps & { readonly element: CaseElement }) {
  const editor = useSlateStatic() as SectionEditorInstance;
  const readOnly = useReadOnly();
  const label = useNumberingLabel(element.id);
  const classicNumber = useNumberedStructure(element.id)?.classicNumber ?? null;
  // Recounted only when the box's content changed (its children array is replaced on every edit inside).
  const words = useMemo(() => countContent(element.children).words, [element.children]);
  const over = words > CASE_WORD_LIMIT;
  const titleRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (takeFieldFocus(editor, element.id)) titleRef.current?.focus();
  }, [editor, element.id]);

  const leaveTitle = (key: 'Enter' | 'ArrowDown' | 'ArrowUp'): void => {
    const path = ReactEditor.findPath(editor, element);
    backToText(editor, () => {
      Transforms.select(editor, Editor.start(editor, path));
      if (key === 'ArrowUp') moveOutOfCase(editor, 'up');
    });
  };

  return (
    <div
      {...attributes}
      className={`blk-case ${element.classic ? 'blk-case-classic' : ''} ${over ? 'blk-case-over' : ''}`}
      data-block-id={element.id}
      data-testid="case-block"
    >
      <div contentEditable={false} className="case-head">
        {/* Seen from the title too, not only at the end of a long box. */}
        {over ? (
          <span className="case-head-over" title={t('case.wordsHint', { limit: CASE_WORD_LIMIT })}>
            <Icon name="warning" size={13} />
            {t('case.overLimit', { limit: CASE_WORD_LIMIT })}
          </span>
        ) : null}
        <span className={`case-number ${label ? '' : 'case-number-pending'}`} data-testid="case-number">
          {label ?? t('case.pendingNumber')}
        </span>
        <ImeSafeInput
          ref={titleRef}
          className="case-title-input"
          value={element.title}
          placeholder={t('case.titlePlaceholder')}
          ariaLabel={t('case.titleLabel')}
          readOnly={readOnly}
          maxLength={200}
          testId="case-title-input"
          onCommit={(title) => setCaseTitle(editor, ReactEditor.findPath(editor, element), title)}
          onLeave={leaveTitle}
          autoSize
        />
      </div>
      <div className="case-body">{children}</div>
      <div contentEditable={false} className="case-foot">
        {classicNumber !== null ? <span className="case-classic-number">{t('case.classicNumber', { n: classicNumber })}</span> : null}
        <button
          type="button"
          className={`case-classic-toggle ${element.classic ? 'is-on' : ''}`}
          aria-pressed={element.classic === true}
          title={element.classic ? t('case.classicOn') : t('case.classicOff')}
          disabled={readOnly}
          data-testid="case-classic-toggle"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setCaseClassic(editor, ReactEditor.findPath(editor, element), element.classic !== true)}
        >
          <Icon name="star" size={14} />
          {t('case.classic')}
        </button>
        <CaseCount words={words} />
      </div>
    </div>
  );
}
