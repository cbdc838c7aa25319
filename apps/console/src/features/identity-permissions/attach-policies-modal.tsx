'use client';

import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { PoliciesPicker } from './policies-picker';
import { ModalFooter } from '../../components/modal-footer';

/**
 * "Attach policies" for a user or a group: pick managed policies, then `attach` each (AttachUserPolicy or
 * AttachGroupPolicy), one call per policy as AWS's API takes them. The first refusal stops the rest and is shown
 * with its code; the policies attached before it stay attached.
 */
export function AttachPoliciesModal({
  identityName,
  attachedArns,
  visible,
  onDismiss,
  attach,
  onAttached,
}: {
  identityName: string;
  attachedArns: readonly string[];
  visible: boolean;
  onDismiss: () => void;
  attach: (policyArn: string) => Promise<CombinedError | undefined>;
  onAttached: (policyArns: string[]) => void;
}) {
  const [selectedArns, setSelectedArns] = useState<string[]>([]);
  const [attaching, setAttaching] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();

  const close = () => {
    setSelectedArns([]);
    setError(undefined);
    onDismiss();
  };

  const submit = async () => {
    setAttaching(true);
    setError(undefined);
    const attached: string[] = [];
    for (const policyArn of selectedArns) {
      const failure = await attach(policyArn);
      if (failure) {
        setError(failure);
        break;
      }
      attached.push(policyArn);
    }
    setAttaching(false);
    if (attached.length > 0) onAttached(attached);
    if (attached.length === selectedArns.length) close();
    else setSelectedArns(selectedArns.filter((policyArn) => !attached.includes(policyArn)));
  };

  return (
    <Modal
      visible={visible}
      size="max"
      onDismiss={close}
      header={`Attach policies to ${identityName}`}
      footer={
        <ModalFooter onCancel={close} actionLabel="Attach policies" onAction={() => void submit()} loading={attaching} disabled={selectedArns.length === 0} />
      }
    >
      <SpaceBetween size="m">
        {error && <ApiErrorFlashbar error={error} failedTo={`attach a policy to ${identityName}`} />}
        {visible && (
          <PoliciesPicker
            selectedArns={selectedArns}
            onChange={setSelectedArns}
            attachedArns={attachedArns}
            description={`Choose one or more managed policies; ${identityName} gets their permissions.`}
          />
        )}
      </SpaceBetween>
    </Modal>
  );
}
