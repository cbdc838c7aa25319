/**
 * pino's `isoTime` timestamp (`,"time":"2026-12-07T16:57:01.123Z"`), written without a Date per line: the text up to
 * the second is made once a second, and every line of that second adds its milliseconds. Every request logs a line.
 */
let cachedSecond = Number.NaN;
let cachedPrefix = '';

export function isoTime(): string {
  const now = Date.now();
  const milliseconds = now % 1000;
  const second = now - milliseconds;
  if (second !== cachedSecond) {
    cachedSecond = second;
    // `…T16:57:01.000Z` without `000Z`.
    cachedPrefix = `,"time":"${new Date(second).toISOString().slice(0, -4)}`;
  }
  return `${cachedPrefix}${milliseconds < 10 ? '00' : milliseconds < 100 ? '0' : ''}${milliseconds}Z"`;
}
