// Validates policy text off the main thread, so that a large paste never blocks typing (see policy-findings.ts).
import { validatePolicy } from '@gatehouse/evaluator';
import { catalogWithServices } from '@gatehouse/evaluator/catalog';
import type { ValidationRequest, ValidationResponse } from './validation-messages';

let catalog = catalogWithServices([]);

self.onmessage = ({ data }: MessageEvent<ValidationRequest>) => {
  if (data.type === 'services') {
    catalog = catalogWithServices(data.services);
    return;
  }
  const response: ValidationResponse = { id: data.id, findings: validatePolicy(data.text, { kind: data.kind, catalog }) };
  self.postMessage(response);
};
