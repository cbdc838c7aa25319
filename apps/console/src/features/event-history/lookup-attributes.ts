// CloudTrail's Event history filter: one lookup attribute with a value, plus a time range, as LookupEvents variables.
import type { DateRangePickerProps } from '@cloudscape-design/components/date-range-picker';

/** The lookup attributes LookupEvents supports here, with CloudTrail console's labels. */
export const LOOKUP_ATTRIBUTES = [
  { value: 'eventName', label: 'Event name', placeholder: 'CreateUser' },
  { value: 'principal', label: 'User name', placeholder: 'alice, or a principal ARN' },
  { value: 'resourceArn', label: 'Resource name', placeholder: 'arn:aws:iam::111122223333:user/alice' },
] as const;

export type LookupAttribute = (typeof LOOKUP_ATTRIBUTES)[number]['value'];

export interface EventFilter {
  attribute: LookupAttribute;
  value: string;
  timeRange: DateRangePickerProps.Value | null;
}

export interface LookupEventsFilterVariables {
  eventName?: string;
  principal?: string;
  resourceArn?: string;
  startTime?: string;
  endTime?: string;
}

const UNIT_MS: Record<DateRangePickerProps.TimeUnit, number> = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
  month: 2_592_000_000,
  year: 31_536_000_000,
};

/** LookupEvents variables for a filter; a relative range ("last 7 days") is counted back from `now`. */
export function lookupEventsVariables(filter: EventFilter, now: Date): LookupEventsFilterVariables {
  const value = filter.value.trim();
  const variables: LookupEventsFilterVariables = value ? { [filter.attribute]: value } : {};
  const range = filter.timeRange;
  if (range?.type === 'relative') {
    variables.startTime = new Date(now.getTime() - range.amount * UNIT_MS[range.unit]).toISOString();
  } else if (range?.type === 'absolute') {
    variables.startTime = new Date(range.startDate).toISOString();
    variables.endTime = new Date(range.endDate).toISOString();
  }
  return variables;
}

