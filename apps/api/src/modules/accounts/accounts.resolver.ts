import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireCaller } from '../../principals/caller';
import { IamOperation } from '../../authz/iam-operation';
import type { RequestContext } from '../../context';
import { connectionComplexity } from '../../graphql/complexity';
import * as aliases from './account-aliases.service';
import { AccountSummary } from './account-summary.type';
import { getAccountSummary } from './account-summary.service';
import {
  CreateAccountAliasInput,
  DeleteAccountAliasInput,
  GetAccountAuthorizationDetailsArgs,
  UpdateAccountPasswordPolicyInput,
} from './accounts.inputs';
import { AccountAuthorizationDetails, type AccountAuthorizationDetailsPage } from './authorization-details.type';
import { getAccountAuthorizationDetails } from './authorization-details.service';
import { CredentialReport, GenerateCredentialReportResult } from './credential-report.type';
import * as credentialReports from './credential-report.service';
import { PasswordPolicy } from './password-policy.type';
import * as passwordPolicies from './password-policy.service';

// AWS: the account-level actions have no resource type of their own; policies grant them on `*`.
const accountResource = () => '*';

@Resolver()
export class AccountsResolver {
  @Mutation(() => Boolean, { description: 'True once the alias is set; an existing alias of this account is replaced.' })
  @IamOperation('iam:CreateAccountAlias', accountResource)
  async createAccountAlias(@Arg('input', () => CreateAccountAliasInput) input: CreateAccountAliasInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await aliases.createAccountAlias(ctx, requireCaller(ctx.caller).accountId, input.accountAlias);
    return true;
  }

  @Mutation(() => Boolean, { description: 'True once the alias is removed.' })
  @IamOperation('iam:DeleteAccountAlias', accountResource)
  async deleteAccountAlias(@Arg('input', () => DeleteAccountAliasInput) input: DeleteAccountAliasInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await aliases.deleteAccountAlias(ctx, requireCaller(ctx.caller).accountId, input.accountAlias);
    return true;
  }

  @Query(() => [String], { description: 'The account alias, if any (AWS allows one).' })
  @IamOperation('iam:ListAccountAliases', accountResource)
  listAccountAliases(@Ctx() ctx: RequestContext): Promise<string[]> {
    return aliases.listAccountAliases(ctx, requireCaller(ctx.caller).accountId);
  }

  @Query(() => PasswordPolicy)
  @IamOperation('iam:GetAccountPasswordPolicy', accountResource)
  getAccountPasswordPolicy(@Ctx() ctx: RequestContext): Promise<PasswordPolicy> {
    return passwordPolicies.getAccountPasswordPolicy(ctx, requireCaller(ctx.caller).accountId);
  }

  @Mutation(() => PasswordPolicy)
  @IamOperation('iam:UpdateAccountPasswordPolicy', accountResource)
  updateAccountPasswordPolicy(
    @Arg('input', () => UpdateAccountPasswordPolicyInput) input: UpdateAccountPasswordPolicyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PasswordPolicy> {
    return passwordPolicies.updateAccountPasswordPolicy(ctx, requireCaller(ctx.caller).accountId, input);
  }

  @Mutation(() => Boolean, { description: 'True once the policy is deleted and AWS’s default rules apply again.' })
  @IamOperation('iam:DeleteAccountPasswordPolicy', accountResource)
  async deleteAccountPasswordPolicy(@Ctx() ctx: RequestContext): Promise<boolean> {
    await passwordPolicies.deleteAccountPasswordPolicy(ctx, requireCaller(ctx.caller).accountId);
    return true;
  }

  @Query(() => AccountSummary)
  @IamOperation('iam:GetAccountSummary', accountResource)
  getAccountSummary(@Ctx() ctx: RequestContext): Promise<AccountSummary> {
    return getAccountSummary(ctx, requireCaller(ctx.caller).accountId);
  }

  @Query(() => AccountAuthorizationDetails, { complexity: connectionComplexity })
  @IamOperation('iam:GetAccountAuthorizationDetails', accountResource)
  getAccountAuthorizationDetails(
    @Args(() => GetAccountAuthorizationDetailsArgs) args: GetAccountAuthorizationDetailsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountAuthorizationDetailsPage> {
    return getAccountAuthorizationDetails(ctx, requireCaller(ctx.caller).accountId, args);
  }

  @Mutation(() => GenerateCredentialReportResult)
  @IamOperation('iam:GenerateCredentialReport', accountResource)
  generateCredentialReport(@Ctx() ctx: RequestContext): Promise<GenerateCredentialReportResult> {
    return credentialReports.generateCredentialReport(ctx, requireCaller(ctx.caller).accountId);
  }

  /** Not an AWS operation (see getLiveCredentialReport in the service); the same permission as GetCredentialReport. */
  @Query(() => CredentialReport, { description: 'The credential report as of now, not stored and not held to the 4-hour lifetime: for the dashboard.' })
  @IamOperation('iam:GetCredentialReport', accountResource)
  getLiveCredentialReport(@Ctx() ctx: RequestContext): Promise<CredentialReport> {
    return credentialReports.getLiveCredentialReport(ctx, requireCaller(ctx.caller).accountId);
  }

  @Query(() => CredentialReport)
  @IamOperation('iam:GetCredentialReport', accountResource)
  getCredentialReport(@Ctx() ctx: RequestContext): Promise<CredentialReport> {
    return credentialReports.getCredentialReport(ctx, requireCaller(ctx.caller).accountId);
  }
}
