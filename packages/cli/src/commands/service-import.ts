import { readFile } from 'node:fs/promises';
import { unstorableTextPath } from '@gatehouse/db';
import { parseServiceReference } from '@gatehouse/evaluator/catalog';
import { CliError, ExitCode } from '../cli-error';
import { withDatabase, withPrisma } from '../database';
import { operatorAuditEvent } from '../operator-audit-event';

/**
 * `gatehouse service import FILE.json`: a service of the operator's own, in AWS's service reference format, known
 * server-wide from then on (every running API process hears of it through the database's change notifications). A
 * service already imported under the same prefix is replaced. Prints `{"prefix", "actions", "replaced"}`.
 */
export async function serviceImportCommand(args: string[]): Promise<void> {
  if (args.length !== 1) throw new CliError('service import takes one argument: the service reference JSON file', ExitCode.usage);
  const [file] = args as [string];
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read ${file}: ${error.code ?? error.message}`);
  });
  const parsed = parseServiceReference(text);
  if (!parsed.ok) throw new CliError(`${file} is not a valid service reference:\n  ${parsed.errors.join('\n  ')}`);
  const { prefix } = parsed.service;
  const serviceReference = JSON.parse(text);
  const unstorable = unstorableTextPath(serviceReference);
  if (unstorable !== undefined) throw new CliError(`${file} holds U+0000 or half a surrogate pair at ${unstorable}, which cannot be stored`);
  const replaced = await withDatabase(({ databaseUrl }) =>
    withPrisma(databaseUrl, (prisma) =>
      prisma.$transaction(async (tx) => {
        const existing = await tx.customService.findUnique({ where: { prefix }, select: { prefix: true } });
        await tx.customService.upsert({
          where: { prefix },
          create: { prefix, serviceReference },
          update: { serviceReference, importedAt: new Date() },
        });
        await tx.auditEvent.create({ data: operatorAuditEvent('ImportServiceDefinition', prefix, { prefix, actions: Object.keys(parsed.service.actions).length }) });
        return existing !== null;
      }),
    ),
  );
  console.log(JSON.stringify({ prefix, actions: Object.keys(parsed.service.actions).length, replaced }));
}
