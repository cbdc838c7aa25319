import { lookupEventsVariables } from '../../src/features/event-history/lookup-attributes';

const now = new Date('2026-03-10T12:00:00.000Z');

describe('lookupEventsVariables', () => {
  it('sends the chosen attribute with its trimmed value, and nothing for an empty one', () => {
    expect(lookupEventsVariables({ attribute: 'principal', value: ' alice ', timeRange: null }, now)).toEqual({ principal: 'alice' });
    expect(lookupEventsVariables({ attribute: 'eventName', value: '  ', timeRange: null }, now)).toEqual({});
  });

  it('counts a relative range back from now', () => {
    expect(lookupEventsVariables({ attribute: 'eventName', value: 'CreateUser', timeRange: { type: 'relative', amount: 7, unit: 'day', key: 'last-7-days' } }, now)).toEqual({
      eventName: 'CreateUser',
      startTime: '2026-03-03T12:00:00.000Z',
    });
  });

  it('sends both ends of an absolute range', () => {
    expect(
      lookupEventsVariables({ attribute: 'resourceArn', value: '', timeRange: { type: 'absolute', startDate: '2026-03-01T00:00:00Z', endDate: '2026-03-02T00:00:00Z' } }, now),
    ).toEqual({ startTime: '2026-03-01T00:00:00.000Z', endTime: '2026-03-02T00:00:00.000Z' });
  });
});
