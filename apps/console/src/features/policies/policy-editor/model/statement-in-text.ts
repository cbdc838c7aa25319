// The JSON editor's side panel: which statement the cursor is in, and a visual-editor edit applied to it in the text.
import { statementPositions, type TextPosition } from '@gatehouse/evaluator';
import type { PolicyDraft } from './draft';
import { isStatementEditable } from './edits';
import { fromJson } from './from-json';
import { toJson } from './to-json';

function before(a: TextPosition, b: TextPosition): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/** The index of the statement whose braces hold `at` (1-based line and column), or undefined outside any. */
export function statementIndexAt(text: string, at: TextPosition): number | undefined {
  const index = statementPositions(text).findIndex(({ start, end }) => !before(at, start) && before(at, end));
  return index >= 0 ? index : undefined;
}

/** Where statement `index` starts in `text`, to put the cursor back in it after an edit. */
export function statementStart(text: string, index: number): TextPosition | undefined {
  return statementPositions(text)[index]?.start;
}

export type StatementTextEdit = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Applies an edit of the visual editor (edits.ts) to statement `index` and gives the policy's canonical text back, as
 * the visual editor writes it. Refused, with the reason, when the text cannot be read or the statement holds what the
 * visual editor keeps verbatim.
 */
export function editStatementInText(text: string, index: number, edit: (draft: PolicyDraft, statementId: string) => PolicyDraft): StatementTextEdit {
  const read = fromJson(text);
  if (!read.ok) return { ok: false, reason: 'Fix the errors in the JSON first.' };
  const statement = read.draft.statements[index];
  if (!statement) return { ok: false, reason: 'Put the cursor inside a statement.' };
  if (!isStatementEditable(read.draft, statement.id)) return { ok: false, reason: `Statement ${index + 1} holds elements only the JSON editor can change.` };
  return { ok: true, text: toJson(edit(read.draft, statement.id)) };
}
