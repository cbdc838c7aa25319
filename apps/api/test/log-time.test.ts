import { pino } from 'pino';
import { isoTime } from '../src/log-time';

describe('isoTime', () => {
  afterEach(() => jest.restoreAllMocks());

  it("writes what pino's isoTime writes, within a second and across seconds, days and years", () => {
    const instants = [
      Date.UTC(2026, 11, 7, 16, 57, 1, 0),
      Date.UTC(2026, 11, 7, 16, 57, 1, 7),
      Date.UTC(2026, 11, 7, 16, 57, 1, 42),
      Date.UTC(2026, 11, 7, 16, 57, 1, 999),
      Date.UTC(2026, 11, 7, 16, 57, 2, 0),
      Date.UTC(2026, 11, 31, 23, 59, 59, 999),
      Date.UTC(2027, 0, 1, 0, 0, 0, 1),
      Date.UTC(2026, 11, 7, 16, 57, 1, 500),
      Date.now(),
    ];
    const now = jest.spyOn(Date, 'now');
    for (const instant of instants) {
      now.mockReturnValue(instant);
      expect(isoTime()).toBe(pino.stdTimeFunctions.isoTime());
    }
  });
});
