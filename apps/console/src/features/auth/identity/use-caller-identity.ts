'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import { apiErrorOf, type ApiError } from '../../../graphql/api-error';
import { principalOfArn, type Principal } from './principal';
import { AccountAliasQuery, CallerIdentityQuery } from './identity.documents';

/** AWS answers a request without a live session with these: the console then goes to the sign-in page. */
const SIGNED_OUT_CODES = new Set(['MissingAuthenticationToken', 'ExpiredToken', 'InvalidClientTokenId']);

export interface CallerIdentity {
  principal: Principal;
  arn: string;
  /** Absent when the account has none or the caller may not list it. */
  accountAlias?: string;
}

/**
 * Who the console session acts as. Any page may ask; urql answers from its cache. A session that has ended sends the
 * browser to the sign-in page.
 */
export function useCallerIdentity(): { identity?: CallerIdentity; fetching: boolean; error?: ApiError } {
  const router = useRouter();
  const [identityResult] = useQuery({ query: CallerIdentityQuery });
  const [aliasResult] = useQuery({ query: AccountAliasQuery, pause: !identityResult.data });
  const error = identityResult.error ? apiErrorOf(identityResult.error) : undefined;

  useEffect(() => {
    if (error && SIGNED_OUT_CODES.has(error.code)) router.replace('/signin');
  }, [error, router]);

  const caller = identityResult.data?.getCallerIdentity;
  const accountAlias = aliasResult.data?.listAccountAliases[0];
  const identity = useMemo(
    () => (caller ? { principal: principalOfArn(caller.arn), arn: caller.arn, ...(accountAlias ? { accountAlias } : {}) } : undefined),
    [caller, accountAlias],
  );
  return { identity, fetching: identityResult.fetching, error };
}
