'use client';

import Alert from '@cloudscape-design/components/alert';
import type { CombinedError } from '@urql/core';
import { apiErrorOf } from '../../graphql/api-error';
import { ApiErrorFlashbar } from './api-error-flashbar';

/**
 * A section whose read was refused says so plainly, with the action the caller's policies don't allow and what the
 * section can't show because of it; any other failure is reported as it came.
 */
export function PermissionLimit({ error, cannot, failedTo }: { error: CombinedError; cannot: string; failedTo: string }) {
  const apiError = apiErrorOf(error);
  if (apiError.code !== 'AccessDenied') return <ApiErrorFlashbar error={error} failedTo={failedTo} />;
  return (
    <Alert type="info" header={`You don't have permission to ${apiError.missingAction ?? failedTo}`}>
      Your permissions don&apos;t allow {apiError.missingAction ? <code>{apiError.missingAction}</code> : 'this'} here, so {cannot}. An administrator can
      grant it, for example with the IAM self-service permissions on <code>{'${aws:username}'}</code>.
    </Alert>
  );
}
