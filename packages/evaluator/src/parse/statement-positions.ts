import { LineIndex, parseJsonWithLocations, type Span } from './json-locations';
import { indexPath, memberPath, ROOT_PATH } from './json-path';

/** A place in a document's text: 1-based line and column, as in findings. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Where one statement's JSON object sits in the text; `end` is just after its closing brace. */
export interface StatementPosition {
  start: TextPosition;
  end: TextPosition;
}

/**
 * The text positions of a policy's statements by index (a lone statement object is index 0): AWS's simulator reports
 * them as each matched statement's StartPosition and EndPosition. Empty for text that is not JSON or has no statements.
 */
export function statementPositions(text: string): StatementPosition[] {
  const json = parseJsonWithLocations(text);
  if (!json.ok) return [];
  const statements = (json.value as { Statement?: unknown } | null)?.Statement;
  if (statements === null || typeof statements !== 'object') return [];
  const statementPath = memberPath(ROOT_PATH, 'Statement');
  const paths = Array.isArray(statements) ? statements.map((_, index) => indexPath(statementPath, index)) : [statementPath];
  const spans = paths.map((path) => json.spans.get(path)).filter((span): span is Span => span !== undefined);
  const lines = new LineIndex(text);
  return spans.map((span) => ({ start: lines.position(span.start), end: lines.position(span.end) }));
}
