'use client';

import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import DateRangePicker, { type DateRangePickerProps } from '@cloudscape-design/components/date-range-picker';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { ApiErrorFlashbar } from '../../components/api-error/api-error-flashbar';
import { usePageBreadcrumbs } from '../../components/console-layout/breadcrumbs';
import { EventDetailsModal, type EventRecord } from './event-details-modal';
import { LookupEventsQuery } from './event-history.documents';
import { LOOKUP_ATTRIBUTES, lookupEventsVariables, type EventFilter, type LookupAttribute } from './lookup-attributes';
import { useCursorPages } from './use-cursor-pages';
import { formatDateTime } from '../../components/time/time-ago';

const BREADCRUMBS = [
  { text: 'IAM', href: '/' },
  { text: 'Event history', href: '/event-history' },
];

const PAGE_SIZE = 50;

const RELATIVE_RANGES: DateRangePickerProps.RelativeOption[] = [
  { key: 'last-1-hour', amount: 1, unit: 'hour', type: 'relative' },
  { key: 'last-1-day', amount: 1, unit: 'day', type: 'relative' },
  { key: 'last-7-days', amount: 7, unit: 'day', type: 'relative' },
  { key: 'last-90-days', amount: 90, unit: 'day', type: 'relative' },
];

/** Access reports → Event history: the account's audit trail, newest first, filtered by one lookup attribute and time. */
export function EventHistoryPage() {
  usePageBreadcrumbs(BREADCRUMBS);
  const [draft, setDraft] = useState<EventFilter>({ attribute: 'eventName', value: '', timeRange: null });
  const [applied, setApplied] = useState<{ filter: EventFilter; at: Date }>({ filter: draft, at: new Date() });
  const pages = useCursorPages();
  const [selected, setSelected] = useState<EventRecord | null>(null);

  const variables = useMemo(
    // The API refuses `after: null` as a cursor it never issued, so the first page sends none.
    () => ({ first: PAGE_SIZE, ...(pages.after ? { after: pages.after } : {}), ...lookupEventsVariables(applied.filter, applied.at) }),
    [applied, pages.after],
  );
  const [{ data, fetching, error }, reexecute] = useQuery({ query: LookupEventsQuery, variables });
  const connection = data?.lookupEvents;
  const { recordEndCursor } = pages;
  useEffect(() => {
    if (connection) recordEndCursor(connection.pageInfo.endCursor, connection.pageInfo.hasNextPage);
  }, [connection, recordEndCursor]);

  const apply = (filter: EventFilter) => {
    setDraft(filter);
    setApplied({ filter, at: new Date() });
    pages.reset();
  };
  const attribute = LOOKUP_ATTRIBUTES.find((a) => a.value === draft.attribute)!;

  return (
    <SpaceBetween size="l">
      {error && <ApiErrorFlashbar error={error} failedTo="look up events" />}
      <Table
        variant="full-page"
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={connection ? `(${connection.totalCount})` : undefined}
            description="Every change and sign-in in this account, newest first: who did it, when, and to which resources."
            actions={<Button iconName="refresh" ariaLabel="Refresh events" onClick={() => reexecute({ requestPolicy: 'network-only' })} />}
          >
            Event history
          </Header>
        }
        filter={
          <form
            onSubmit={(event) => {
              event.preventDefault();
              apply(draft);
            }}
          >
            <SpaceBetween direction="horizontal" size="xs">
              <Select
                ariaLabel="Lookup attribute"
                selectedOption={attribute}
                options={[...LOOKUP_ATTRIBUTES]}
                onChange={({ detail }) => setDraft({ ...draft, attribute: detail.selectedOption.value as LookupAttribute })}
              />
              <div style={{ minWidth: 320 }}>
                <Input type="search" ariaLabel={attribute.label} placeholder={`Enter ${attribute.label.toLowerCase()}: ${attribute.placeholder}`} value={draft.value} onChange={({ detail }) => setDraft({ ...draft, value: detail.value })} />
              </div>
              <DateRangePicker
                value={draft.timeRange}
                onChange={({ detail }) => apply({ ...draft, timeRange: detail.value })}
                relativeOptions={RELATIVE_RANGES}
                isValidRange={(range) => (range?.type === 'absolute' && range.startDate > range.endDate ? { valid: false, errorMessage: 'The start must be before the end.' } : { valid: true })}
                placeholder="Filter by a date and time range"
                i18nStrings={{ relativeRangeSelectionHeading: 'Choose a range', clearButtonLabel: 'Clear', applyButtonLabel: 'Apply', cancelButtonLabel: 'Cancel' }}
                expandToViewport
              />
              <Button formAction="submit">Apply filter</Button>
              {(applied.filter.value || applied.filter.timeRange) && (
                <Button variant="link" onClick={() => apply({ attribute: draft.attribute, value: '', timeRange: null })}>
                  Clear filters
                </Button>
              )}
            </SpaceBetween>
          </form>
        }
        pagination={
          <Pagination
            currentPageIndex={pages.pageIndex + 1}
            pagesCount={pages.knownPages}
            openEnd={connection?.pageInfo.hasNextPage ?? false}
            onChange={({ detail }) => pages.setPageIndex(Math.min(detail.currentPageIndex, pages.knownPages) - 1)}
            ariaLabels={{ nextPageLabel: 'Next page', previousPageLabel: 'Previous page', pageLabel: (n) => `Page ${n}` }}
          />
        }
        loading={fetching && !connection}
        loadingText="Loading events"
        items={connection?.edges.map((edge) => edge.node) ?? []}
        trackBy="eventId"
        columnDefinitions={[
          {
            id: 'eventName',
            header: 'Event name',
            cell: (event) => (
              <Link onFollow={() => setSelected(event)} ariaLabel={`View event ${event.eventName} at ${event.eventTime}`}>
                {event.eventName}
              </Link>
            ),
          },
          { id: 'eventTime', header: 'Event time', cell: (event) => formatDateTime(event.eventTime) },
          { id: 'username', header: 'User name', cell: (event) => event.username ?? '-' },
          { id: 'eventSource', header: 'Event source', cell: (event) => event.eventSource },
          { id: 'resources', header: 'Resource name', cell: (event) => (event.resources.length === 0 ? '-' : event.resources.join(', ')) },
          { id: 'errorCode', header: 'Error code', cell: (event) => event.errorCode ?? '-' },
        ]}
        empty={
          <Box textAlign="center" color="inherit">
            <b>No events</b>
            <Box variant="p" color="inherit">
              No events match the filter.
            </Box>
          </Box>
        }
        wrapLines
      />
      {selected && <EventDetailsModal event={selected} onDismiss={() => setSelected(null)} />}
    </SpaceBetween>
  );
}
