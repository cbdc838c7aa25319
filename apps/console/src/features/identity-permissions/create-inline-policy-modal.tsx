'use client';

import { nameConstraint, nameRules } from '@gatehouse/iam-names';
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
 * "Create inline policy" for a user, group or role, or, given `editing`, "Edit" of one of its inline policies (the name
 * then stays): a name and a document written in the shared policy editor (identity rules). `put` is
 * Put{User,Group,Role}Policy, which replaces a policy of the same name; the API's findings (MalformedPolicyDocument,
 * LimitExceeded) are shown with their code and the modal stays open.
 */
export function CreateInlinePolicyModal({
  ownerName,
  visible,
  onDismiss,
  put,
  onCreated,
  editing,
}: {
  ownerName: string;
  visible: boolean;
  onDismiss: () => void;
  put: (policyName: string, policyDocument: string) => Promise<CombinedError | undefined>;
  onCreated: (policyName: string) => void;
  /** The inline policy to edit; mount the modal again (a `key`) for another one. */
  editing?: { policyName: string; policyDocument: string };
}) {
  const [policyName, setPolicyName] = useState(editing?.policyName ?? '');
  const [policyDocument, setPolicyDocument] = useState(() => editing?.policyDocument ?? emptyIdentityPolicy());
  const [mode, setMode] = useState<PolicyEditorMode>('visual');
  const [triedSave, setTriedSave] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const nameError = triedSave || policyName !== '' ? policyNameError(policyName) : undefined;

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
      header={editing ? `Edit ${editing.policyName} of ${ownerName}` : `Create inline policy for ${ownerName}`}
      footer={
        <ModalFooter onCancel={close} actionLabel={editing ? 'Save changes' : 'Create policy'} onAction={() => void save()} loading={saving} />
      }
    >
      <SpaceBetween size="l">
        {error && <ApiErrorFlashbar error={error} failedTo={`${editing ? 'save' : 'create'} the inline policy ${policyName}`} />}
        <FormField label="Policy name" constraintText={nameConstraint(nameRules.policyName)} errorText={nameError}>
          <Input value={policyName} disabled={editing !== undefined} onChange={({ detail }) => setPolicyName(detail.value)} ariaLabel="Policy name" />
        </FormField>
        <PolicyEditor kind="identity" value={policyDocument} onChange={setPolicyDocument} mode={mode} onModeChange={setMode} />
      </SpaceBetween>
    </Modal>
  );
}
