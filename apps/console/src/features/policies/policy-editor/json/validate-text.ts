// Validation on the main thread, for one-off checks (the wizards' Next, unit tests, the worker's fallback where there is
// no Worker). While typing, policy-findings.ts validates in a Web Worker instead.
import { validatePolicy, type PolicyFinding, type PolicyKind } from '@gatehouse/evaluator';
import { awsCatalog, type Catalog } from '@gatehouse/evaluator/catalog';

/** A few recent answers: a check on Next usually asks about the text just validated. */
const REMEMBERED = 4;
const recent: Array<{ text: string; kind: PolicyKind; catalog: Catalog; findings: PolicyFinding[] }> = [];

/** `validatePolicy` of the evaluator against `catalog` (the console's, with imported services), remembering the last few answers. */
export function validateText(text: string, kind: PolicyKind, catalog: Catalog = awsCatalog): PolicyFinding[] {
  const index = recent.findIndex((entry) => entry.text === text && entry.kind === kind && entry.catalog === catalog);
  const entry = index >= 0 ? recent.splice(index, 1)[0]! : { text, kind, catalog, findings: validatePolicy(text, { kind, catalog }) };
  recent.unshift(entry);
  recent.length = Math.min(recent.length, REMEMBERED);
  return entry.findings;
}
