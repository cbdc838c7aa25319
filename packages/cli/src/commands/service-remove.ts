import { CliError, ExitCode } from '../cli-error';
import { withDatabase, withPrisma } from '../database';
import { operatorAuditEvent } from '../operator-audit-event';

/**
 * `gatehouse service remove PREFIX`: forgets an imported service everywhere. Policies that name its actions keep
 * them (AWS keeps unknown actions too); validation reports them as unknown again.
 */
export async function serviceRemoveCommand(args: string[]): Promise<void> {
  if (args.length !== 1) throw new CliError('service remove takes one argument: the service prefix', ExitCode.usage);
  const [prefix] = args as [string];
  const removed = await withDatabase(({ databaseUrl }) =>
    withPrisma(databaseUrl, (prisma) =>
      prisma.$transaction(async (tx) => {
        const { count } = await tx.customService.deleteMany({ where: { prefix } });
        if (count > 0) await tx.auditEvent.create({ data: operatorAuditEvent('RemoveServiceDefinition', prefix, { prefix }) });
        return count > 0;
      }),
    ),
  );
  if (!removed) throw new CliError(`no imported service has the prefix \`${prefix}\``);
  console.log(JSON.stringify({ prefix, removed: true }));
}
