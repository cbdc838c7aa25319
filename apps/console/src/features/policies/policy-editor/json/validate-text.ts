// One validation per text: the inline diagnostics, the findings summary and the page's error count all ask for it.
import { validatePolicy, type PolicyFinding, type PolicyKind } from '@gatehouse/evaluator';
import { awsCatalog, type Catalog } from '@gatehouse/evaluator/catalog';

/**
 * A few recent answers, not one: while typing, the page asks about the newest text and the findings summary about
 * the deferred (previous) one, so a single remembered answer was thrown away on every call and each keystroke
 * validated the policy two or three times on the main thread.
 */
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
