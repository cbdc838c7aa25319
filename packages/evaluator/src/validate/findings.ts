// The finding codes, each with its one severity, and the collector that gives findings their position in the text.
import type { FindingSeverity, PolicyFinding } from '../types';
import type { Span } from '../parse/json-locations';
import { LineIndex } from '../parse/json-locations';

/** Stable codes. ERROR: AWS would refuse the document. The others never block a save. */
export const FINDING_SEVERITIES = {
  // grammar: AWS rejects these documents
  MALFORMED_JSON: 'ERROR',
  DUPLICATE_KEY: 'ERROR',
  POLICY_NOT_OBJECT: 'ERROR',
  UNKNOWN_POLICY_ELEMENT: 'ERROR',
  UNKNOWN_STATEMENT_ELEMENT: 'ERROR',
  MISSING_STATEMENT: 'ERROR',
  STATEMENT_NOT_OBJECT: 'ERROR',
  INVALID_VERSION: 'ERROR',
  INVALID_ELEMENT_TYPE: 'ERROR',
  EMPTY_VALUE: 'ERROR',
  MISSING_EFFECT: 'ERROR',
  INVALID_EFFECT: 'ERROR',
  MISSING_ACTION: 'ERROR',
  ACTION_AND_NOT_ACTION: 'ERROR',
  MISSING_RESOURCE: 'ERROR',
  RESOURCE_AND_NOT_RESOURCE: 'ERROR',
  RESOURCE_IN_TRUST_POLICY: 'ERROR',
  PRINCIPAL_AND_NOT_PRINCIPAL: 'ERROR',
  PRINCIPAL_IN_IDENTITY_POLICY: 'ERROR',
  NOT_PRINCIPAL_IN_TRUST_POLICY: 'ERROR',
  MISSING_PRINCIPAL: 'ERROR',
  INVALID_PRINCIPAL: 'ERROR',
  UNKNOWN_PRINCIPAL_TYPE: 'ERROR',
  INVALID_SID: 'ERROR',
  DUPLICATE_SID: 'ERROR',
  INVALID_ACTION: 'ERROR',
  INVALID_RESOURCE: 'ERROR',
  UNKNOWN_CONDITION_OPERATOR: 'ERROR',
  INVALID_CONDITION_VALUE: 'ERROR',
  INVALID_CONDITION_KEY: 'ERROR',
  INVALID_POLICY_VARIABLE: 'ERROR',
  POLICY_SIZE_EXCEEDED: 'ERROR',
  // security warnings: valid, but grants more than it seems to
  ALLOW_WITH_NOT_ACTION: 'SECURITY_WARNING',
  ALLOW_WITH_NOT_RESOURCE: 'SECURITY_WARNING',
  ALLOW_WITH_NOT_PRINCIPAL: 'SECURITY_WARNING',
  DENY_WITH_NOT_PRINCIPAL: 'WARNING',
  PASS_ROLE_WITH_STAR_RESOURCE: 'SECURITY_WARNING',
  PUBLIC_PRINCIPAL: 'SECURITY_WARNING',
  FOR_ALL_VALUES_WITH_ALLOW: 'SECURITY_WARNING',
  // warnings: probably not what the author meant
  MISSING_VERSION: 'WARNING',
  UNKNOWN_SERVICE: 'WARNING',
  UNKNOWN_ACTION: 'WARNING',
  ACTION_MATCHES_NOTHING: 'WARNING',
  RESOURCE_SERVICE_MISMATCH: 'WARNING',
  UNKNOWN_CONDITION_KEY: 'WARNING',
  CONDITION_KEY_TYPE_MISMATCH: 'WARNING',
  SET_OPERATOR_ON_SINGLE_VALUED_KEY: 'WARNING',
  MISSING_SET_OPERATOR: 'WARNING',
  VARIABLE_IN_OLD_VERSION: 'WARNING',
  TRUST_ACTION_NOT_STS: 'WARNING',
  // suggestions: tidier, same meaning
  OLD_VERSION: 'SUGGESTION',
  REDUNDANT_ACTION: 'SUGGESTION',
  REDUNDANT_RESOURCE: 'SUGGESTION',
  REDUNDANT_STATEMENT: 'SUGGESTION',
} as const satisfies Record<string, FindingSeverity>;

export type FindingCode = keyof typeof FINDING_SEVERITIES;

/**
 * Collects findings for one document. With the source text it adds line/column from the parser's spans; `onKey`
 * points at the member name instead of its value (for "unknown element" findings).
 */
export class FindingCollector {
  readonly findings: PolicyFinding[] = [];
  private lines: LineIndex | undefined;

  constructor(
    private readonly text: string | undefined,
    private readonly spans: Map<string, Span> | undefined,
  ) {}

  add(code: FindingCode, path: string, message: string, options?: { help?: string; onKey?: boolean }): void {
    const finding: PolicyFinding = { severity: FINDING_SEVERITIES[code], code, message, path };
    if (options?.help) finding.help = options.help;
    const span = this.spans?.get(path);
    if (span) {
      const onKey = options?.onKey && span.keyStart !== undefined;
      this.locate(finding, onKey ? span.keyStart! : span.start, onKey ? span.keyEnd! : span.end);
    }
    this.findings.push(finding);
  }

  /** A finding at a raw offset (malformed JSON has no path to hang on). */
  addAtOffset(code: FindingCode, path: string, message: string, offset: number): void {
    const finding: PolicyFinding = { severity: FINDING_SEVERITIES[code], code, message, path };
    this.locate(finding, offset, Math.min(offset + 1, this.text?.length ?? offset + 1));
    this.findings.push(finding);
  }

  hasErrors(): boolean {
    return this.findings.some((f) => f.severity === 'ERROR');
  }

  private locate(finding: PolicyFinding, start: number, end: number): void {
    if (this.text === undefined) return;
    this.lines ??= new LineIndex(this.text);
    const from = this.lines.position(start);
    const to = this.lines.position(Math.max(end, start));
    finding.line = from.line;
    finding.column = from.column;
    finding.endLine = to.line;
    finding.endColumn = to.column;
  }
}
