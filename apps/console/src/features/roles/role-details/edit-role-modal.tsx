'use client';

import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { useNotifications } from '../../../components/console-layout/notifications';
import { MAX_SESSION_DURATIONS } from '../create-role/create-role-state';
import { UpdateRoleMutation } from '../roles.documents';
import { editRoleDraft, updateRoleRequest, type EditRoleDraft } from './edit-role';
import type { RoleDetails } from './role-details';
import { ModalFooter } from '../../../components/modal-footer';

const DURATION_OPTIONS = [...MAX_SESSION_DURATIONS.map((d) => ({ value: String(d.seconds), label: d.label })), { value: 'custom', label: 'Custom duration' }];

/** AWS's "Edit" on the role Summary: the description and the maximum session duration, saved with UpdateRole. */
export function EditRoleModal({ role, onDismiss, onSaved }: { role: RoleDetails; onDismiss: () => void; onSaved: () => void }) {
  const { notify } = useNotifications();
  const [draft, setDraft] = useState<EditRoleDraft>(() => editRoleDraft(role));
  const [showErrors, setShowErrors] = useState(false);
  const [{ fetching, error }, updateRole] = useMutation(UpdateRoleMutation);
  const request = updateRoleRequest(role.roleName, draft);
  const errors = showErrors && request.kind === 'invalid' ? request : undefined;
  const set = (change: Partial<EditRoleDraft>) => setDraft((current) => ({ ...current, ...change }));

  const save = async () => {
    setShowErrors(true);
    if (request.kind === 'invalid') return;
    const result = await updateRole({ input: request.input });
    if (result.error) return;
    notify({ type: 'success', content: `Role ${role.roleName} updated.` });
    onSaved();
  };

  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={`Edit ${role.roleName}`}
      footer={
        <ModalFooter onCancel={onDismiss} actionLabel="Save changes" onAction={() => void save()} loading={fetching} />
      }
    >
      <SpaceBetween size="l">
        <FormField label="Description" constraintText="Maximum 1,000 characters." errorText={errors?.descriptionError}>
          <Textarea value={draft.description} rows={3} ariaLabel="Description" onChange={({ detail }) => set({ description: detail.value })} />
        </FormField>
        <FormField label="Maximum session duration" description="How long a session of this role may last, from 1 to 12 hours.">
          <Select
            selectedOption={DURATION_OPTIONS.find((option) => option.value === String(draft.duration))!}
            options={DURATION_OPTIONS}
            ariaLabel="Maximum session duration"
            onChange={({ detail }) => set({ duration: detail.selectedOption.value === 'custom' ? 'custom' : Number(detail.selectedOption.value) })}
          />
        </FormField>
        {draft.duration === 'custom' && (
          <FormField label="Custom duration" constraintText="Seconds, from 3,600 to 43,200." errorText={errors?.durationError}>
            <Input value={draft.customSeconds} inputMode="numeric" ariaLabel="Custom duration in seconds" onChange={({ detail }) => set({ customSeconds: detail.value })} />
          </FormField>
        )}
        {error && <ApiErrorFlashbar error={error} failedTo={`update ${role.roleName}`} />}
      </SpaceBetween>
    </Modal>
  );
}
