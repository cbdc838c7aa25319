import { conditionTable } from './harness';

// AWS docs example: "DateGreaterThan": {"aws:TokenIssueTime": "2020-01-01T00:00:01Z"}; dates may also be epoch seconds.
conditionTable('Date operators', [
  { operator: 'DateGreaterThan', key: 'aws:TokenIssueTime', policy: '2020-01-01T00:00:01Z', request: '2020-01-01T00:00:02Z', holds: true },
  { operator: 'DateGreaterThan', key: 'aws:TokenIssueTime', policy: '2020-01-01T00:00:01Z', request: '2019-12-31T23:59:59Z', holds: false },
  { operator: 'DateLessThan', key: 'aws:CurrentTime', policy: '2020-04-01', request: '2020-03-31T23:59:59Z', holds: true },
  { operator: 'DateLessThanEquals', key: 'aws:CurrentTime', policy: '2020-04-01T00:00:00Z', request: '1585699200', holds: true },
  { operator: 'DateEquals', key: 'aws:CurrentTime', policy: '1585699200', request: '2020-04-01T00:00:00Z', holds: true },
  { operator: 'DateEquals', key: 'aws:CurrentTime', policy: '2020-04-01T02:00:00+02:00', request: '2020-04-01T00:00:00Z', holds: true },
  { operator: 'DateNotEquals', key: 'aws:CurrentTime', policy: '2020-04-01T00:00:00Z', request: '2020-04-02T00:00:00Z', holds: true },
  { operator: 'DateGreaterThanEquals', key: 'aws:CurrentTime', policy: '2020-04-01T00:00:00Z', request: 'yesterday', holds: false },
  // aws:CurrentTime and aws:EpochTime come from the clock when the request does not give them.
  { operator: 'DateGreaterThan', key: 'aws:CurrentTime', policy: '2020-01-01T00:00:00Z', request: undefined, holds: true },
  { operator: 'DateLessThan', key: 'aws:EpochTime', policy: '2020-01-01T00:00:00Z', request: undefined, holds: false },
]);

conditionTable('a date and time without an offset is UTC, as in AWS', [
  { operator: 'DateEquals', key: 'aws:CurrentTime', policy: '2020-04-01T00:00:00', request: '2020-04-01T00:00:00Z', holds: true },
]);
