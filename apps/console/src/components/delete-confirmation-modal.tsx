'use client';

import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type ReactNode } from 'react';
import { ModalFooter } from './modal-footer';

/** AWS's IAM console asks for this word before deleting users, groups, roles or policies. */
export const DELETE_CONFIRMATION_WORD = 'delete';

/**
 * "Delete users?": what will be deleted and what goes with it, then the typed confirmation. The Delete button stays
 * disabled until the word (or, for a policy, its name) is typed, so a stray Enter cannot delete anything.
 */
export function DeleteConfirmationModal({
  visible,
  header,
  children,
  deleting,
  onDelete,
  onDismiss,
  confirmationText = DELETE_CONFIRMATION_WORD,
  deleteDisabled = false,
}: {
  visible: boolean;
  header: string;
  children: ReactNode;
  deleting: boolean;
  onDelete: () => void;
  onDismiss: () => void;
  /** What must be typed: AWS asks for the policy name when deleting a policy. */
  confirmationText?: string;
  /** When something blocks the deletion, which `children` then explain. */
  deleteDisabled?: boolean;
}) {
  const [typed, setTyped] = useState('');
  const confirmed = typed === confirmationText && !deleteDisabled;
  const dismiss = () => {
    setTyped('');
    onDismiss();
  };
  return (
    <Modal
      visible={visible}
      onDismiss={dismiss}
      header={header}
      footer={
        <ModalFooter onCancel={dismiss} actionLabel="Delete" onAction={onDelete} loading={deleting} disabled={!confirmed} />
      }
    >
      <SpaceBetween size="m">
        {children}
        <FormField label={<span>To confirm deletion, enter <i>{confirmationText}</i> in the text input field.</span>}>
          <Input
            value={typed}
            placeholder={confirmationText}
            ariaLabel="Deletion confirmation"
            onChange={({ detail }) => setTyped(detail.value)}
            onKeyDown={({ detail }) => {
              if (detail.key === 'Enter' && confirmed) onDelete();
            }}
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
