'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { LookupEventsQuery } from '../../gql/graphql';
import { formatDateTime } from '../../components/time/time-ago';

export type EventRecord = LookupEventsQuery['lookupEvents']['edges'][number]['node'];

/** One event: its summary, then the complete CloudTrail record as CloudTrail's console shows it. */
export function EventDetailsModal({ event, onDismiss }: { event: EventRecord; onDismiss: () => void }) {
  return (
    <Modal
      visible
      size="large"
      onDismiss={onDismiss}
      header={event.eventName}
      footer={
        <Box float="right">
          <Button variant="primary" onClick={onDismiss}>
            Close
          </Button>
        </Box>
      }
    >
      <SpaceBetween size="l">
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'Event time', value: formatDateTime(event.eventTime) },
            { label: 'User name', value: event.username ?? '-' },
            { label: 'Event source', value: event.eventSource },
            { label: 'Access key', value: event.accessKeyId ?? '-' },
            { label: 'Error code', value: event.errorCode ?? '-' },
            { label: 'Read-only', value: String(event.readOnly) },
          ]}
        />
        <Box variant="h3">Event record</Box>
        <Box variant="code">
          <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{prettyJson(event.cloudTrailEvent)}</pre>
        </Box>
      </SpaceBetween>
    </Modal>
  );
}

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
