// Two policy versions side by side, line against line, as AWS's console compares them: both documents are shown
// pretty-printed, so that a version saved on one line and its copy saved indented differ only where their content does.
import { diffLines } from 'diff';

export type DiffChange = 'unchanged' | 'removed' | 'added' | 'changed';

export interface DiffLine {
  /** 1-based, in the pretty-printed document. */
  lineNumber: number;
  text: string;
}

/** One row of the side-by-side view: the older version's line on the left, the newer one's on the right. */
export interface DiffRow {
  change: DiffChange;
  left?: DiffLine;
  right?: DiffLine;
}

/** The document as AWS's console shows it (4-space JSON); text that is not JSON is compared as it is. */
export function prettyPolicyDocument(document: string): string {
  try {
    return JSON.stringify(JSON.parse(document), null, 4);
  } catch {
    return document;
  }
}

function linesOf(value: string): string[] {
  const lines = value.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * The rows of the side-by-side comparison of `older` and `newer`: lines removed from `older` and added in `newer`
 * at the same place pair up as `changed`; the rest are `removed`, `added` or `unchanged`.
 */
export function sideBySideDiff(older: string, newer: string): DiffRow[] {
  const rows: DiffRow[] = [];
  let leftNumber = 0;
  let rightNumber = 0;
  const left = (text: string): DiffLine => ({ lineNumber: ++leftNumber, text });
  const right = (text: string): DiffLine => ({ lineNumber: ++rightNumber, text });
  const parts = diffLines(prettyPolicyDocument(older), prettyPolicyDocument(newer));
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    const lines = linesOf(part.value);
    if (part.removed) {
      const next = parts[index + 1];
      const added = next?.added ? linesOf(next.value) : [];
      if (next?.added) index++;
      for (let line = 0; line < Math.max(lines.length, added.length); line++) {
        const removedText = lines[line];
        const addedText = added[line];
        if (removedText !== undefined && addedText !== undefined) rows.push({ change: 'changed', left: left(removedText), right: right(addedText) });
        else if (removedText !== undefined) rows.push({ change: 'removed', left: left(removedText) });
        else rows.push({ change: 'added', right: right(addedText!) });
      }
    } else if (part.added) {
      for (const text of lines) rows.push({ change: 'added', right: right(text) });
    } else {
      for (const text of lines) rows.push({ change: 'unchanged', left: left(text), right: right(text) });
    }
  }
  return rows;
}

/** "2 lines changed, 1 added, 3 removed", or that the versions are the same. */
export function diffSummary(rows: readonly DiffRow[]): string {
  const count = (change: DiffChange) => rows.filter((row) => row.change === change).length;
  const parts = [
    [count('changed'), 'changed'],
    [count('added'), 'added'],
    [count('removed'), 'removed'],
  ].filter(([n]) => (n as number) > 0);
  if (parts.length === 0) return 'The two versions have the same permissions document.';
  return parts.map(([n, what], i) => (i === 0 ? `${n} ${n === 1 ? 'line' : 'lines'} ${what}` : `${n} ${what}`)).join(', ');
}
