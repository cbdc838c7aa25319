'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useClient } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { DeleteConfirmationModal } from '../../../components/delete-confirmation-modal';
import { useNotifications } from '../../../components/console-layout/notifications';
import type { PolicyRow } from '../policies-table/policy-row';
import { deletePolicyWithAttachments } from './delete-policy';

type DeletablePolicy = Pick<PolicyRow, 'arn' | 'policyName' | 'attachmentCount' | 'permissionsBoundaryUsageCount'>;

/**
 * "Delete <policy>?": AWS's console asks for the policy name, detaches the policy from every user, group and role and
 * deletes its other versions. A permissions boundary is not removed for the person: that would widen the
 * permissions of the users and roles it bounds, so they remove it themselves first.
 */
export function DeletePolicyModal({ policy, onDismiss, onDeleted }: { policy: DeletablePolicy | null; onDismiss: () => void; onDeleted: () => void }) {
  const client = useClient();
  const { notify } = useNotifications();
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const dismiss = () => {
    setError(undefined);
    onDismiss();
  };

  const remove = async () => {
    if (!policy) return;
    setDeleting(true);
    const failure = await deletePolicyWithAttachments(client, policy.arn);
    setDeleting(false);
    setError(failure);
    if (failure) return;
    notify({ type: 'success', content: `Policy ${policy.policyName} deleted.` });
    onDeleted();
  };

  const boundaryUses = policy?.permissionsBoundaryUsageCount ?? 0;
  const attachments = policy?.attachmentCount ?? 0;
  return (
    <DeleteConfirmationModal
      // A fresh modal per policy: the typed name never carries over to another one.
      key={policy?.arn}
      visible={policy !== null}
      header={`Delete ${policy?.policyName ?? 'policy'}?`}
      deleting={deleting}
      confirmationText={policy?.policyName ?? ''}
      deleteDisabled={boundaryUses > 0}
      onDelete={() => void remove()}
      onDismiss={dismiss}
    >
      <Box variant="p">
        {attachments > 0
          ? `Deleting this policy detaches it from the ${attachments} ${attachments === 1 ? 'entity' : 'entities'} it is attached to, deletes its versions and then deletes it.`
          : 'Deleting this policy deletes all of its versions.'}{' '}
        You cannot undo this.
      </Box>
      {boundaryUses > 0 && (
        <Alert type="warning" header="The policy is used as a permissions boundary">
          It sets the permissions boundary of {boundaryUses} {boundaryUses === 1 ? 'user or role' : 'users and roles'}. Remove it as their permissions boundary before
          deleting it.
        </Alert>
      )}
      {error && <ApiErrorFlashbar error={error} failedTo={`delete ${policy?.policyName}`} />}
    </DeleteConfirmationModal>
  );
}
