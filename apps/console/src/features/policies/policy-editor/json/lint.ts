// Evaluator findings → CodeMirror diagnostics at the finding's line and column.
import type { PolicyFinding, PolicyKind } from '@gatehouse/evaluator';
import type { CatalogServiceData } from '@gatehouse/evaluator/catalog';
import type { Text } from '@codemirror/state';
import { linter, type Diagnostic } from '@codemirror/lint';
import { policyFindings } from './policy-findings';
import { VALIDATION_DELAY_MS } from './use-policy-findings';

const SEVERITY: Record<PolicyFinding['severity'], Diagnostic['severity']> = {
  ERROR: 'error',
  SECURITY_WARNING: 'warning',
  WARNING: 'warning',
  SUGGESTION: 'info',
};

/** Where a finding sits in the document: its span when known, else the line it names, else the start. */
export function findingRange(doc: Text, finding: PolicyFinding): { from: number; to: number } {
  if (finding.line === undefined) return { from: 0, to: Math.min(1, doc.length) };
  const from = offsetOf(doc, finding.line, finding.column ?? 1);
  const to = finding.endLine === undefined ? doc.line(clampLine(doc, finding.line)).to : offsetOf(doc, finding.endLine, finding.endColumn ?? 1);
  return { from, to: Math.max(from, to) };
}

function clampLine(doc: Text, line: number): number {
  return Math.min(Math.max(line, 1), doc.lines);
}

/** 1-based line and column → document offset, clamped to the document. */
function offsetOf(doc: Text, line: number, column: number): number {
  const target = doc.line(clampLine(doc, line));
  return Math.min(target.from + Math.max(column - 1, 0), target.to);
}

function findingToDiagnostic(doc: Text, finding: PolicyFinding): Diagnostic {
  return {
    ...findingRange(doc, finding),
    severity: SEVERITY[finding.severity],
    source: finding.code,
    message: finding.help ? `${finding.message} (${finding.help})` : finding.message,
  };
}

/** Findings as CodeMirror diagnostics on `doc`, the text they were found in. */
export function policyDiagnostics(doc: Text, findings: readonly PolicyFinding[]): Diagnostic[] {
  return findings.map((finding) => findingToDiagnostic(doc, finding));
}

/**
 * Shows findings inline once typing pauses. Validation runs in the worker; CodeMirror drops the answer if the document
 * changed meanwhile, and asks again after the next pause.
 */
export function policyLinter(kind: PolicyKind, services: readonly CatalogServiceData[]) {
  return linter(
    async (view) => {
      const doc = view.state.doc;
      return policyDiagnostics(doc, await policyFindings(doc.toString(), kind, services));
    },
    { delay: VALIDATION_DELAY_MS },
  );
}
