// Which tab of the findings panel opens: the one holding the most severe findings, as IAM Access Analyzer's does.
import type { FindingSeverity, PolicyFinding } from '@gatehouse/evaluator';

/** Most severe first: an error blocks saving, a security warning is what AWS flags next. */
export const SEVERITY_ORDER: readonly FindingSeverity[] = ['ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION'];

/** The severity of the most severe finding, or the first tab when there are none. */
export function mostSevereTab(findings: readonly PolicyFinding[]): FindingSeverity {
  return SEVERITY_ORDER.find((severity) => findings.some((finding) => finding.severity === severity)) ?? SEVERITY_ORDER[0]!;
}
