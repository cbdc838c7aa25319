'use client';

import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { policyNameError } from '../policies/create-policy/wizard-state';
import { newPolicyDraft } from '../policies/policy-editor/model/edits';
import { toJson } from '../policies/policy-editor/model/to-json';
import { PolicyEditor, type PolicyEditorMode } from '../policies/policy-editor/policy-editor';
import { ModalFooter } from '../../components/modal-footer';

const emptyIdentityPolicy = () => toJson(newPolicyDraft('identity'));

/**
 * "Create inline policy" for a user or a group: a name and a document written in the shared policy editor (identity
 * rules). `put` is PutUserPolicy or PutGroupPolicy; the API's findings (MalformedPolicyDocument, LimitExceeded) are
 * shown with their code and the modal stays open.
 */
export function CreateInlinePolicyModal({
  ownerName,
  visible,
  onDismiss,
  put,
  onCreated,
}: {
  ownerName: string;
  visible: boolean;
  onDismiss: () => void;
  put: (policyName: string, policyDocument: string) => Promise<CombinedError | undefined>;
  onCreated: (policyName: string) => void;
}) {
  const [policyName, setPolicyName] = useState('');
  const [policyDocument, setPolicyDocument] = useState(emptyIdentityPolicy);
  const [mode, setMode] = useState<PolicyEditorMode>('visual');
  const [triedSave, setTriedSave] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const nameError = triedSave ? policyNameError(policyName) : undefined;

  const close = () => {
    setPolicyName('');
    setPolicyDocument(emptyIdentityPolicy());
    setTriedSave(false);
    setError(undefined);
    onDismiss();
  };

  const save = async () => {
    setTriedSave(true);
    if (policyNameError(policyName)) return;
    setSaving(true);
    const failure = await put(policyName, policyDocument);
    setSaving(false);
    setError(failure);
    if (failure) return;
    onCreated(policyName);
    close();
  };

  return (
    <Modal
      visible={visible}
      size="max"
      onDismiss={close}
      header={`Create inline policy for ${ownerName}`}
      footer={
        <ModalFooter onCancel={close} actionLabel="Create policy" onAction={() => void save()} loading={saving} />
      }
    >
      <SpaceBetween size="l">
        {error && <ApiErrorFlashbar error={error} failedTo={`create the inline policy ${policyName}`} />}
        <FormField label="Policy name" constraintText="Up to 128 characters. Use alphanumeric and '+=,.@-_' characters." errorText={nameError}>
          <Input value={policyName} onChange={({ detail }) => setPolicyName(detail.value)} ariaLabel="Policy name" />
        </FormField>
        <PolicyEditor kind="identity" value={policyDocument} onChange={setPolicyDocument} mode={mode} onModeChange={setMode} />
      </SpaceBetween>
    </Modal>
  );
}
