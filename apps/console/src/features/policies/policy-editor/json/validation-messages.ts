// What the page and the validation worker say to each other.
import type { PolicyFinding, PolicyKind } from '@gatehouse/evaluator';
import type { CatalogServiceData } from '@gatehouse/evaluator/catalog';

/** The operator's services are sent once when they change, not with every text. */
export type ValidationRequest =
  | { type: 'services'; services: readonly CatalogServiceData[] }
  | { type: 'validate'; id: number; text: string; kind: PolicyKind };

export interface ValidationResponse {
  id: number;
  findings: PolicyFinding[];
}
