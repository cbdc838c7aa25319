import { IamError } from './iam-error';

/**
 * The Prisma error code of a database error, or undefined. Errors are recognised by shape rather than `instanceof`:
 * the generated client is loaded as ESM under tsx and as CommonJS under jest, so one process can hold two copies of
 * its classes. A failure of the COMMIT itself reaches us as the driver adapter's error, not as a Prisma error:
 * its kind is mapped to the code Prisma gives the same failure during a query.
 */
function prismaErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: { kind?: unknown } };
  if (error.name === 'PrismaClientKnownRequestError' && typeof code === 'string') return code;
  if (error.name === 'DriverAdapterError' && typeof cause?.kind === 'string') return driverAdapterErrorCodes[cause.kind];
  return undefined;
}

const driverAdapterErrorCodes: Record<string, string> = {
  TransactionWriteConflict: 'P2034',
  UniqueConstraintViolation: 'P2002',
  ForeignKeyConstraintViolation: 'P2003',
};

/**
 * Failures that running the whole transaction again answers properly. P2034: Postgres reported a serialization
 * failure (40001) or a deadlock (40P01). P2003: a foreign key check failed. Services check what they reference and
 * what references what they delete, so this means a concurrent transaction committed a change after the check:
 * a CreateUser (READ COMMITTED, see auditedTransaction's `lock`) whose boundary policy was deleted meanwhile, or a
 * DeletePolicy whose snapshot predates a reference committed while it waited. Run again, they answer NoSuchEntity
 * and DeleteConflict. (Under SERIALIZABLE the same races mostly surface as 40001.)
 */
export function isRetryableConflict(error: unknown): boolean {
  const code = prismaErrorCode(error);
  return code === 'P2034' || code === 'P2003';
}

/**
 * pg-pool's own errors (Prisma passes them on as plain errors, with the message as pg wrote it): no pooled connection
 * came free within `connectionTimeoutMillis`, or a new one could not be opened in that time.
 */
const connectionTimeoutMessages = new Set(['timeout exceeded when trying to connect', 'Connection terminated due to connection timeout']);

function isConnectionTimeout(error: unknown): boolean {
  return error instanceof Error && connectionTimeoutMessages.has(error.message);
}

/**
 * The Prisma errors that mean something to the caller. Services give the better message when they can (they
 * check uniqueness first, inside the transaction); these are the backstops for the races that slip past a check.
 * Anything not listed here is a server fault and becomes ServiceFailure.
 */
export function iamErrorFromPrisma(error: unknown): IamError | undefined {
  // Every pooled connection busy for longer than the pool waits (plain queries; transactions are P2028 below).
  if (isConnectionTimeout(error)) return new IamError('Throttling', 'Rate exceeded');
  switch (prismaErrorCode(error)) {
    // Unique constraint: another request created the same name first.
    case 'P2002':
      return new IamError('EntityAlreadyExists', 'An entity with the same name already exists.');
    // A row the operation depends on was deleted, typically by a concurrent request.
    case 'P2025':
      return new IamError('NoSuchEntity', 'The entity the request refers to cannot be found.');
    // No database connection came free for the transaction in time (every pooled connection busy): AWS's answer to
    // more requests than it serves, which SDKs retry with backoff; bounded instead of queueing without end.
    case 'P2028':
      return new IamError('Throttling', 'Rate exceeded');
    // Serialization failure or deadlock that outlasted the retries in auditedTransaction.
    case 'P2034':
      return new IamError(
        'ConcurrentModification',
        'The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.',
      );
    default:
      return undefined;
  }
}
