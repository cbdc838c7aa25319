'use client';

import Box from '@cloudscape-design/components/box';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ApiErrorFlashbar } from '../../../components/api-error/api-error-flashbar';
import { ModalFooter } from '../../../components/modal-footer';
import { SwitchRoleMutation } from './identity.documents';
import { principalOfArn } from './principal';
import { displayNameOf, ROLE_COLOR_HEX, ROLE_COLORS, switchRoleFormErrors, type SwitchRoleForm } from './role-history';
import { useRoleHistory } from './use-role-history';

const EMPTY_FORM: SwitchRoleForm = { account: '', roleName: '', displayName: '', color: 'blue' };

/**
 * AWS's Switch role form: the account that owns the role (ID or alias), the role's name, and a display name and
 * colour for the identity menu; the session then acts as the role, and the role joins the menu's role history.
 */
export function SwitchRoleModal({ visible, onDismiss, onSwitched }: { visible: boolean; onDismiss: () => void; onSwitched: () => void }) {
  const [form, setForm] = useState(EMPTY_FORM);
  const [tried, setTried] = useState(false);
  const [result, switchRole] = useMutation(SwitchRoleMutation);
  const { remember } = useRoleHistory();
  const errors = tried ? switchRoleFormErrors(form) : {};
  const update = (change: Partial<SwitchRoleForm>) => setForm((current) => ({ ...current, ...change }));

  const submit = async () => {
    setTried(true);
    if (Object.keys(switchRoleFormErrors(form)).length > 0) return;
    const account = form.account.trim();
    const roleName = form.roleName.trim().replace(/^\/+/, '');
    const switched = await switchRole({ input: { account, roleName } });
    if (!switched.data) return;
    const session = principalOfArn(switched.data.switchRole.assumedRoleUser.arn);
    remember({ account, accountId: session.accountId, roleName, displayName: form.displayName.trim(), color: form.color });
    setForm(EMPTY_FORM);
    setTried(false);
    onSwitched();
  };

  return (
    <Modal
      visible={visible}
      onDismiss={onDismiss}
      header="Switch role"
      footer={<ModalFooter onCancel={onDismiss} actionLabel="Switch role" onAction={() => void submit()} loading={result.fetching} />}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Form>
          <SpaceBetween size="l">
            <Box variant="p">Act as a role in this or another account. The role&apos;s trust policy must allow you to assume it.</Box>
            {result.error && <ApiErrorFlashbar error={result.error} failedTo="switch role" />}
            <FormField label="Account ID" description="The 12-digit ID or the alias of the account that owns the role." errorText={errors.account}>
              <Input value={form.account} ariaLabel="Account ID" onChange={({ detail }) => update({ account: detail.value })} />
            </FormField>
            <FormField label="IAM role name" errorText={errors.roleName}>
              <Input value={form.roleName} ariaLabel="IAM role name" onChange={({ detail }) => update({ roleName: detail.value })} />
            </FormField>
            <FormField
              label={
                <span>
                  Display name <i>- optional</i>
                </span>
              }
              description="Shown in the identity menu while you act as the role."
              errorText={errors.displayName}
            >
              <Input
                value={form.displayName}
                ariaLabel="Display name"
                placeholder={form.account && form.roleName ? displayNameOf(form) : undefined}
                onChange={({ detail }) => update({ displayName: detail.value })}
              />
            </FormField>
            <FormField label="Display color">
              <RadioGroup
                ariaLabel="Display color"
                value={form.color}
                onChange={({ detail }) => update({ color: detail.value as SwitchRoleForm['color'] })}
                items={ROLE_COLORS.map((color) => ({
                  value: color,
                  label: (
                    <span>
                      <span aria-hidden style={{ display: 'inline-block', width: 12, height: 12, marginRight: 6, background: ROLE_COLOR_HEX[color], borderRadius: 2 }} />
                      {color[0]!.toUpperCase() + color.slice(1)}
                    </span>
                  ),
                }))}
              />
            </FormField>
          </SpaceBetween>
        </Form>
      </form>
    </Modal>
  );
}
