'use client';

import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useMemo, type ReactNode } from 'react';
import { fromJson } from '../policy-editor/model/from-json';
import { permissionsSummary } from './permissions-summary';

/** "Permissions defined in this policy": service, access level, resources and conditions, per statement and service. */
export function PermissionsSummaryTable({ policyDocument, actions }: { policyDocument: string; actions?: ReactNode }) {
  const rows = useMemo(() => {
    const read = fromJson(policyDocument);
    return read.ok ? permissionsSummary(read.draft) : [];
  }, [policyDocument]);

  return (
    <Table
      variant="container"
      header={
        <Header variant="h2" counter={`(${rows.length})`} actions={actions}>
          Permissions defined in this policy
        </Header>
      }
      items={rows}
      columnDefinitions={[
        {
          id: 'service',
          header: 'Service',
          cell: (row) => (
            <SpaceBetween size="xxxs">
              <span>{row.serviceName}</span>
              <Box variant="small" color="text-body-secondary">
                {row.effect ?? 'No effect'}
              </Box>
            </SpaceBetween>
          ),
          width: 160,
        },
        { id: 'accessLevel', header: 'Access level', cell: (row) => row.accessLevel, width: 140 },
        {
          id: 'resources',
          header: 'Resource',
          cell: (row) => (
            <SpaceBetween size="xxxs">
              {row.resources.map((resource) => (
                <span key={resource}>{resource}</span>
              ))}
            </SpaceBetween>
          ),
        },
        {
          id: 'conditions',
          header: 'Request condition',
          cell: (row) =>
            row.conditions.length === 0 ? (
              'None'
            ) : (
              <SpaceBetween size="xxxs">
                {row.conditions.map((condition) => (
                  <span key={condition}>{condition}</span>
                ))}
              </SpaceBetween>
            ),
        },
      ]}
      empty="This policy does not name any action yet."
      wrapLines
    />
  );
}
