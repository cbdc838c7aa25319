'use client';

import type { CombinedError } from '@urql/core';
import { useQuery } from 'urql';
import { apiErrorOf } from '../../../graphql/api-error';
import { AccountPasswordPolicyQuery } from '../account-settings.documents';
import type { StoredPasswordPolicy } from './password-policy-form';

/**
 * The account's password policy. AWS answers NoSuchEntity while the account has none: that is not a failure but
 * "IAM default", so it becomes `policy: null`.
 */
export function usePasswordPolicy(): {
  policy: StoredPasswordPolicy | null | undefined;
  fetching: boolean;
  error?: CombinedError;
  refresh: () => void;
} {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AccountPasswordPolicyQuery });
  const none = error !== undefined && apiErrorOf(error).code === 'NoSuchEntity';
  return {
    policy: none ? null : data?.getAccountPasswordPolicy,
    fetching,
    error: none ? undefined : error,
    refresh: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
