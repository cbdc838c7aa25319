// Findings of policy text, computed in a Web Worker: the inline diagnostics and the findings summary both ask here,
// and the same text is validated once. Validating a 141 KB policy takes tens of milliseconds, which on the main
// thread would block every keystroke that follows a paste.
import type { PolicyFinding, PolicyKind } from '@gatehouse/evaluator';
import { catalogWithServices, type CatalogServiceData } from '@gatehouse/evaluator/catalog';
import { isUntouchedTemplate } from '../model/untouched-template';
import type { ValidationRequest, ValidationResponse } from './validation-messages';
import { validateText } from './validate-text';

/** The last few answers: the linter and the summary ask about the same text a moment apart. */
const REMEMBERED = 4;
const recent: Array<{ text: string; kind: PolicyKind; services: readonly CatalogServiceData[]; findings: Promise<PolicyFinding[]> }> = [];

let worker: Worker | undefined;
let workerServices: readonly CatalogServiceData[] | undefined;
let lastId = 0;
const pending = new Map<number, (findings: PolicyFinding[]) => void>();

function post(request: ValidationRequest): void {
  if (!worker) {
    worker = new Worker(new URL('./policy-validation.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<ValidationResponse>) => {
      pending.get(data.id)?.(data.findings);
      pending.delete(data.id);
    };
  }
  worker.postMessage(request);
}

function validateInWorker(text: string, kind: PolicyKind, services: readonly CatalogServiceData[]): Promise<PolicyFinding[]> {
  // Without Worker (server rendering, unit tests under jsdom) the same validation runs in place.
  if (typeof Worker === 'undefined') return Promise.resolve(validateText(text, kind, catalogWithServices(services)));
  if (workerServices !== services) {
    post({ type: 'services', services });
    workerServices = services;
  }
  lastId += 1;
  const id = lastId;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    post({ type: 'validate', id, text, kind });
  });
}

/** `validatePolicy` of `text` against AWS's catalog plus `services`, off the main thread; none for an untouched template. */
export function policyFindings(text: string, kind: PolicyKind, services: readonly CatalogServiceData[]): Promise<PolicyFinding[]> {
  if (isUntouchedTemplate(text, kind)) return Promise.resolve([]);
  const index = recent.findIndex((entry) => entry.kind === kind && entry.services === services && entry.text === text);
  const entry = index >= 0 ? recent.splice(index, 1)[0]! : { text, kind, services, findings: validateInWorker(text, kind, services) };
  recent.unshift(entry);
  recent.length = Math.min(recent.length, REMEMBERED);
  return entry.findings;
}
