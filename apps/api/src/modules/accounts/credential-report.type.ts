import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars';

/** AWS's `ReportStateType`. Gatehouse builds the report within the request, so a new report is COMPLETE at once. */
export enum ReportState {
  STARTED = 'STARTED',
  INPROGRESS = 'INPROGRESS',
  COMPLETE = 'COMPLETE',
}
registerEnumType(ReportState, { name: 'ReportStateType' });

/** AWS's `GenerateCredentialReportResponse`. */
@ObjectType()
export class GenerateCredentialReportResult {
  @Field(() => ReportState)
  state!: ReportState;

  @Field(() => String)
  description!: string;
}

/** AWS's `GetCredentialReportResponse`, with the CSV as text rather than base64. */
@ObjectType()
export class CredentialReport {
  @Field(() => String, { description: 'The report as CSV with AWS’s columns, one row per user and one for <root_account>.' })
  content!: string;

  @Field(() => String)
  reportFormat!: 'text/csv';

  @Field(() => DateTime)
  generatedTime!: Date;
}
