import type { PolicyFinding } from '@gatehouse/evaluator';
import { mostSevereTab } from '../../src/features/policies/policy-editor/json/findings-tab';
import { isUntouchedTemplate } from '../../src/features/policies/policy-editor/model/untouched-template';
import { newPolicyDraft } from '../../src/features/policies/policy-editor/model/edits';
import { toJson } from '../../src/features/policies/policy-editor/model/to-json';

const finding = (severity: PolicyFinding['severity']): PolicyFinding => ({ severity, code: 'X', message: 'x', path: '$' });

describe('findings panel', () => {
  it('opens on the most severe findings: errors, then security warnings, warnings, suggestions', () => {
    expect(mostSevereTab([finding('SUGGESTION'), finding('ERROR'), finding('SECURITY_WARNING')])).toBe('ERROR');
    expect(mostSevereTab([finding('SUGGESTION'), finding('SECURITY_WARNING')])).toBe('SECURITY_WARNING');
    expect(mostSevereTab([finding('SUGGESTION')])).toBe('SUGGESTION');
    expect(mostSevereTab([])).toBe('ERROR');
  });

  it('knows the untouched new-policy template of each kind, and nothing else', () => {
    expect(isUntouchedTemplate(toJson(newPolicyDraft('identity')), 'identity')).toBe(true);
    expect(isUntouchedTemplate(toJson(newPolicyDraft('trust')), 'trust')).toBe(true);
    expect(isUntouchedTemplate(toJson(newPolicyDraft('identity')).replace('"Allow"', '"Deny"'), 'identity')).toBe(false);
  });
});
