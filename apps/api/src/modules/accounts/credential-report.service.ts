import { rootArn } from '@gatehouse/db';
import { auditedTransaction, type Tx } from '../../audit/audited-transaction';
import type { RequestContext } from '../../context';
import { IamError } from '../../errors/iam-error';
import { credentialReportCsv } from './credential-report-csv';
import { ReportState, type CredentialReport, type GenerateCredentialReportResult } from './credential-report.type';

/**
 * AWS GenerateCredentialReport. The report is built from one consistent snapshot of the account (the transaction)
 * and stored, replacing the previous one.
 */
export async function generateCredentialReport(ctx: RequestContext, accountId: string): Promise<GenerateCredentialReportResult> {
  const existing = await ctx.prisma.credentialReport.findUnique({ where: { accountId }, select: { generatedAt: true } });
  if (existing && !isExpired(ctx, existing.generatedAt)) {
    return { state: ReportState.COMPLETE, description: 'No new report generated: the current report has not expired.' };
  }
  await auditedTransaction(ctx, { eventName: 'GenerateCredentialReport', resources: [rootArn(accountId)] }, async (tx) => {
    const content = await credentialReportContent(tx, accountId);
    await tx.credentialReport.upsert({
      where: { accountId },
      create: { accountId, content, generatedAt: new Date() },
      update: { content, generatedAt: new Date() },
    });
  });
  return { state: ReportState.COMPLETE, description: 'The credential report has been generated.' };
}

/** The report's CSV from one consistent snapshot of the account: the caller's transaction. */
async function credentialReportContent(tx: Tx, accountId: string): Promise<string> {
  const accessKeySelect = { select: { status: true, createDate: true, lastUsedDate: true, lastUsedRegion: true, lastUsedService: true } };
  // One after another: a transaction holds a single connection.
  const account = await tx.account.findUniqueOrThrow({
    where: { id: accountId },
    select: { createdAt: true, rootPasswordLastUsed: true, rootMfaSerialNumber: true, accessKeys: { where: { userId: null }, ...accessKeySelect } },
  });
  const users = await tx.user.findMany({
    where: { accountId },
    orderBy: { userName: 'asc' },
    select: {
      userName: true,
      arn: true,
      createDate: true,
      passwordLastUsed: true,
      loginProfile: { select: { passwordChangedAt: true } },
      mfaDevice: { select: { serialNumber: true } },
      accessKeys: accessKeySelect,
    },
  });
  const policy = await tx.passwordPolicy.findUnique({ where: { accountId } });
  return credentialReportCsv(
    {
      arn: rootArn(accountId),
      createdAt: account.createdAt,
      passwordLastUsed: account.rootPasswordLastUsed,
      mfaActive: account.rootMfaSerialNumber !== null,
      accessKeys: account.accessKeys,
    },
    users.map((user) => ({ user, loginProfile: user.loginProfile, mfaActive: user.mfaDevice !== null, accessKeys: user.accessKeys })),
    policy,
  );
}

/**
 * Not an AWS operation: the credential report as of this moment, neither stored nor held to the 4-hour lifetime, so
 * the dashboard's recommendations follow every change at once (AWS's console has fresher sources for them).
 */
export async function getLiveCredentialReport(ctx: RequestContext, accountId: string): Promise<CredentialReport> {
  const generatedTime = new Date();
  const content = await ctx.prisma.$transaction((tx) => credentialReportContent(tx, accountId), { isolationLevel: 'RepeatableRead' });
  return { content, reportFormat: 'text/csv', generatedTime };
}

/** AWS GetCredentialReport: ReportNotPresent until one is generated, ReportExpired once it is older than its lifetime. */
export async function getCredentialReport(ctx: RequestContext, accountId: string): Promise<CredentialReport> {
  const report = await ctx.prisma.credentialReport.findUnique({ where: { accountId } });
  if (!report) throw new IamError('ReportNotPresent', 'Credential report not present. Use GenerateCredentialReport to generate a report.');
  if (isExpired(ctx, report.generatedAt)) {
    throw new IamError(
      'ReportExpired',
      'The request was rejected because the most recent credential report has expired. To generate a new credential report, use GenerateCredentialReport.',
    );
  }
  return { content: report.content, reportFormat: 'text/csv', generatedTime: report.generatedAt };
}

function isExpired(ctx: RequestContext, generatedAt: Date): boolean {
  return Date.now() - generatedAt.getTime() >= ctx.config.credentialReport.lifetimeSeconds * 1000;
}
