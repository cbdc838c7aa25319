'use client';

import Flashbar from '@cloudscape-design/components/flashbar';
import type { CombinedError } from '@urql/core';
import { apiErrorHeader, apiErrorOf } from '../../graphql/api-error';

/**
 * A failed load or change, shown where it happened: AWS's message with its error code; an AccessDenied names the
 * IAM action the caller lacks.
 */
export function ApiErrorFlashbar({ error, failedTo }: { error: CombinedError; failedTo: string }) {
  const apiError = apiErrorOf(error);
  return (
    <Flashbar
      items={[
        {
          type: 'error',
          header: apiErrorHeader(apiError, failedTo),
          content: `${apiError.message} (${apiError.code})`,
          id: 'api-error',
        },
      ]}
    />
  );
}
