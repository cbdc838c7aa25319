import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connections';
import { DateTime } from '../../graphql/scalars';

/** One recorded event, in CloudTrail LookupEvents' shape: the summary fields and the whole event as JSON text. */
@ObjectType()
export class Event {
  @Field(() => String)
  eventId!: string;

  @Field(() => String)
  eventName!: string;

  @Field(() => String)
  eventSource!: string;

  @Field(() => DateTime)
  eventTime!: Date;

  @Field(() => String, { nullable: true, description: 'The ARN of the principal that made the request.' })
  principalArn!: string | null;

  @Field(() => String, { nullable: true, description: 'The name part of the principal ARN (user name, ROLE/SESSION, or root).' })
  username!: string | null;

  @Field(() => String, { nullable: true })
  accessKeyId!: string | null;

  @Field(() => [String], { description: 'ARNs of the resources the event touched.' })
  resources!: string[];

  @Field(() => Boolean)
  readOnly!: boolean;

  @Field(() => String, { nullable: true })
  errorCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The API the request came through: `graphql`, `query` (AWS\'s Query API) or `json` (AWS\'s JSON protocol, `authorize`); null outside one.' })
  protocol!: string | null;

  @Field(() => String, { description: 'The complete event as JSON (CloudTrail\'s CloudTrailEvent), secrets already redacted.' })
  cloudTrailEvent!: string;
}

@ObjectType()
export class EventConnection extends Connection(Event, 'Event') {}
