/**
 * The preview's differences (shared/history/version-diff.ts), shown as the text would read after
 * restoring: what comes back is underlined (<ins>), what goes away is struck through (<del>), so the
 * marks read without colour too. Stretches of unchanged blocks are folded into one line.
 */
import { Fragment, type ReactElement } from 'react';
import type { BlockDiff, RowDiff, SectionDiff, TextSegment } from '../../../shared/history/version-diff';
import { t } from '../../../shared/i18n';

export function Segments({ segments }: { readonly segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.op === 'insert' ? (
          <ins key={i} className="diff-ins" title={t('history.ins')}>
            {s.text}
          </ins>
        ) : s.op === 'delete' ? (
          <del key={i} className="diff-del" title={t('history.del')}>
            {s.text}
          </del>
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}

function Row({ row }: { readonly row: RowDiff }) {
  const Cell = row.header ? 'th' : 'td';
  return (
    <tr className={`diff-row diff-${row.op}`} title={row.op === 'insert' ? t('history.insertedRow') : row.op === 'delete' ? t('history.deletedRow') : undefined}>
      {row.cells.map((cell) => (
        <Cell key={cell.id} colSpan={cell.colSpan > 1 ? cell.colSpan : undefined} rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}>
          <Segments segments={cell.segments} />
        </Cell>
      ))}
    </tr>
  );
}

function Block({ block }: { readonly block: BlockDiff }) {
  const cls = `diff-block diff-${block.op}`;
  switch (block.kind) {
    case 'text': {
      const Tag = block.blockType === 'heading' ? 'h4' : block.blockType === 'list-item' ? 'li' : 'p';
      return (
        <Tag className={`${cls} diff-${block.blockType}${block.level ? ` diff-level-${block.level}` : ''}`} data-testid="diff-block">
          <Segments segments={block.segments} />
          {block.formatChanged ? <span className="diff-note">{t('history.formatChanged')}</span> : null}
        </Tag>
      );
    }
    case 'table':
      return (
        <div className={cls} data-testid="diff-block">
          <p className="diff-caption">
            {t('history.tableCaption')}
            <Segments segments={block.caption} />
          </p>
          <table className="diff-table">
            <tbody>
              {block.rows.map((row) => (
                <Row key={`${row.op}:${row.id}`} row={row} />
              ))}
            </tbody>
          </table>
          {block.source.length > 0 ? (
            <p className="diff-caption">
              {t('history.tableSource')}
              <Segments segments={block.source} />
            </p>
          ) : null}
        </div>
      );
    case 'figure':
      return (
        <div className={cls} data-testid="diff-block">
          <p className="diff-caption">
            {block.op === 'insert' ? <ins className="diff-ins">[{block.chart ? t('history.chart') : t('history.picture')}]</ins> : null}
            {block.op === 'delete' ? <del className="diff-del">[{block.chart ? t('history.chart') : t('history.picture')}]</del> : null}
            {block.op === 'equal' || block.op === 'modify' ? `[${block.chart ? t('history.chart') : t('history.picture')}] ` : ' '}
            {t('history.figureCaption')}
            <Segments segments={block.caption} />
            {block.pictureChanged ? <span className="diff-note">{t('history.pictureChanged')}</span> : null}
          </p>
        </div>
      );
    case 'container':
      return (
        <div className={`${cls} diff-${block.blockType}`} data-testid="diff-block">
          {block.blockType === 'case' ? (
            <p className="diff-caption">
              {t('history.caseTitle')}
              <Segments segments={block.title} />
            </p>
          ) : null}
          <DiffBlocks blocks={block.children} fold={false} />
        </div>
      );
  }
}

/** Blocks in order; with `fold`, two or more unchanged blocks in a row become one line. */
function DiffBlocks({ blocks, fold }: { readonly blocks: readonly BlockDiff[]; readonly fold: boolean }) {
  const out: ReactElement[] = [];
  let run: BlockDiff[] = [];
  const flushRun = (): void => {
    if (run.length >= 2 && fold) {
      out.push(
        <p key={`fold-${run[0]?.id ?? ''}`} className="diff-folded">
          {t('history.unchangedBlocks', { count: run.length })}
        </p>,
      );
    } else {
      for (const b of run) out.push(<Block key={`${b.op}:${b.id}`} block={b} />);
    }
    run = [];
  };
  for (const block of blocks) {
    if (block.op === 'equal') {
      run.push(block);
      continue;
    }
    flushRun();
    out.push(<Block key={`${block.op}:${block.id}`} block={block} />);
  }
  flushRun();
  return <>{out}</>;
}

export function VersionDiffView({ diff }: { readonly diff: SectionDiff }) {
  return (
    <div className="version-diff" data-testid="version-diff">
      <p className="diff-summary" data-testid="diff-summary">
        {diff.changed ? t('history.previewSummary', { insertions: diff.insertions, deletions: diff.deletions }) : t('history.previewNoChange')}
      </p>
      {diff.changed ? <p className="diff-legend">{t('history.previewLegend')}</p> : null}
      <div className="diff-page">
        <DiffBlocks blocks={diff.blocks} fold />
      </div>
    </div>
  );
}
