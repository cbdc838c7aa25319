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

/** The offset in `text` of a 1-based line and column. */
function offsetOf(text: string, at: TextPosition): number {
  let lineStart = 0;
  for (let line = 1; line < at.line; line += 1) lineStart = text.indexOf('\n', lineStart) + 1;
  return lineStart + at.column - 1;
}

/** The white space that opens the line holding `offset`: the statement's own indentation. */
function indentationAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** One level of the document's indentation: the first indented line's, else AWS's four spaces. */
function indentUnit(text: string): string {
  return /\n([ \t]+)\S/.exec(text)?.[1] ?? '    ';
}

/**
 * The statement as text in the place of `original`: on one line if it was on one line, else laid out with the
 * document's indentation, nested at the statement's own.
 */
function statementText(statement: unknown, original: string, text: string, offset: number): string {
  if (!original.includes('\n')) return JSON.stringify(statement);
  const indentation = indentationAt(text, offset);
  return JSON.stringify(statement, null, indentUnit(text)).replaceAll('\n', `\n${indentation}`);
}

/**
 * Applies an edit of the visual editor (edits.ts) to statement `index`, in place: only that statement's text changes
 * (written as the visual editor writes a statement, in the document's indentation); everything around it stays as the
 * user typed it. Refused, with the reason, when the text cannot be read or the statement holds what the visual editor
 * keeps verbatim.
 */
export function editStatementInText(text: string, index: number, edit: (draft: PolicyDraft, statementId: string) => PolicyDraft): StatementTextEdit {
  const read = fromJson(text);
  if (!read.ok) return { ok: false, reason: 'Fix the errors in the JSON first.' };
  const statement = read.draft.statements[index];
  const position = statementPositions(text)[index];
  if (!statement || !position) return { ok: false, reason: 'Put the cursor inside a statement.' };
  if (!isStatementEditable(read.draft, statement.id)) return { ok: false, reason: `Statement ${index + 1} holds elements only the JSON editor can change.` };
  const statements = (JSON.parse(toJson(edit(read.draft, statement.id))) as { Statement: unknown }).Statement;
  const edited = Array.isArray(statements) ? statements[index] : statements;
  const start = offsetOf(text, position.start);
  const end = offsetOf(text, position.end);
  return { ok: true, text: text.slice(0, start) + statementText(edited, text.slice(start, end), text, start) + text.slice(end) };
}
