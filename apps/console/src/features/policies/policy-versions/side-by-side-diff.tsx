'use client';

import { Fragment } from 'react';
import styles from './side-by-side-diff.module.css';
import type { DiffLine, DiffRow } from './version-diff';

function cellClass(line: DiffLine | undefined, side: 'left' | 'right', change: DiffRow['change']): string {
  if (!line) return styles.empty!;
  if (change === 'unchanged') return '';
  return side === 'left' ? styles.removed! : styles.added!;
}

/** The rows of sideBySideDiff as a two-sided table; each side is labelled for screen readers by its version. */
export function SideBySideDiff({ rows, leftLabel, rightLabel }: { rows: readonly DiffRow[]; leftLabel: string; rightLabel: string }) {
  return (
    <table className={styles.table} aria-label={`Differences between ${leftLabel} and ${rightLabel}`}>
      {/* A fixed layout takes its widths from here (the header's cells span two columns each): narrow line numbers. */}
      <colgroup>
        <col className={styles.numberColumn} />
        <col />
        <col className={styles.numberColumn} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th colSpan={2} scope="colgroup">
            {leftLabel}
          </th>
          <th colSpan={2} scope="colgroup" className={styles.divider}>
            {rightLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index} data-change={row.change}>
            {(['left', 'right'] as const).map((side) => {
              const line = row[side];
              const className = cellClass(line, side, row.change);
              return (
                <Fragment key={side}>
                  <td className={`${styles.number} ${className} ${side === 'right' ? styles.divider : ''}`}>{line?.lineNumber}</td>
                  <td className={`${styles.text} ${className}`} data-side={side}>
                    {line?.text}
                  </td>
                </Fragment>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
