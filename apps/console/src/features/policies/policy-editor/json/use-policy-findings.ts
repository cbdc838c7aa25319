'use client';

import type { PolicyFinding, PolicyKind } from '@gatehouse/evaluator';
import { useEffect, useState } from 'react';
import { useCustomServices } from '../../../catalog/catalog-provider';
import { policyFindings } from './policy-findings';

/** Typing pauses shorter than this do not start a validation; the inline diagnostics wait as long. */
export const VALIDATION_DELAY_MS = 100;

/**
 * The findings of `text`, validated in the worker a moment after it stops changing. Until they arrive, those of the
 * text before, as Access Analyzer's panel keeps its last answer while it checks again.
 */
export function usePolicyFindings(text: string, kind: PolicyKind): PolicyFinding[] {
  const services = useCustomServices();
  const [findings, setFindings] = useState<PolicyFinding[]>([]);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void policyFindings(text, kind, services).then((answer) => current && setFindings(answer));
    }, VALIDATION_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, kind, services]);
  return findings;
}
