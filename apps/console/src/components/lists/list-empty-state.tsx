'use client';

import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { apiErrorOf } from '../../graphql/api-error';

/**
 * A table's empty state: when the list was refused, "You don't have permission to list users" with the action the
 * caller lacks, instead of an empty table; otherwise the table's own empty content. Other failures show above the
 * table (see listFailure), not here.
 */
export function ListEmptyState({ error, noun, children }: { error: CombinedError | undefined; noun: string; children: ReactNode }) {
  const apiError = error ? apiErrorOf(error) : undefined;
  if (apiError?.code === 'AccessDenied') {
    return (
      <Box textAlign="center" color="inherit">
        <SpaceBetween size="xs">
          <b>You don&apos;t have permission to list {noun}</b>
          <Box variant="p" color="inherit">
            {apiError.missingAction ? (
              <>
                Your permissions don&apos;t allow <code>{apiError.missingAction}</code>. Ask an administrator to grant it.
              </>
            ) : (
              apiError.message
            )}
          </Box>
        </SpaceBetween>
      </Box>
    );
  }
  return error ? null : <>{children}</>;
}

/** The error to report above the table: anything but the refusal, which the empty state explains. */
export function listFailure(error: CombinedError | undefined): CombinedError | undefined {
  return error && apiErrorOf(error).code !== 'AccessDenied' ? error : undefined;
}
