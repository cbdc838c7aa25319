'use client';

import { PolicyEditor, type PolicyEditorMode } from '../policy-editor/policy-editor';

export function StepSpecifyPermissions({
  policyDocument,
  onChange,
  mode,
  onModeChange,
}: {
  policyDocument: string;
  onChange: (policyDocument: string) => void;
  mode: PolicyEditorMode;
  onModeChange: (mode: PolicyEditorMode) => void;
}) {
  return <PolicyEditor kind="identity" value={policyDocument} onChange={onChange} mode={mode} onModeChange={onModeChange} />;
}
