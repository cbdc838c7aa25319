import { GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

/** AWS returns ISO 8601 date-times in UTC (`createDate: "2026-01-31T12:00:00.000Z"`). */
export const DateTime = new GraphQLScalarType({
  ...DateTimeISOResolver.toConfig(),
  name: 'DateTime',
  description: 'An ISO 8601 date-time in UTC, such as 2026-01-31T12:00:00.000Z.',
});
