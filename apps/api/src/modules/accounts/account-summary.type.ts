import { Field, Int, ObjectType } from 'type-graphql';

/** One entry of AWS's `SummaryMap`, keyed by AWS's `SummaryKeyType` (`Users`, `UsersQuota`, `AccountMFAEnabled`, …). */
@ObjectType()
export class SummaryEntry {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  value!: number;
}

/** AWS's `GetAccountSummaryResponse`. */
@ObjectType()
export class AccountSummary {
  @Field(() => [SummaryEntry])
  summaryMap!: SummaryEntry[];
}
