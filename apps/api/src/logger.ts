import { pino, type DestinationStream, type Logger } from 'pino';
import { isoTime } from './log-time';

export type { Logger };

/**
 * Structured JSON logs, one object a line. Request lines carry `requestId`; nothing here logs headers, bodies or
 * arguments, and the redaction below is the safety net for anything that slips into an error object.
 */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.GATEHOUSE_LOG_LEVEL ?? 'info',
      base: { service: 'gatehouse-api' },
      timestamp: isoTime,
      redact: { paths: ['*.password', '*.secretAccessKey', '*.sessionToken', 'req.headers.cookie', 'req.headers.authorization'], censor: '[redacted]' },
    },
    options.destination,
  );
}
