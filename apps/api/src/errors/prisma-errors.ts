import { IamError } from './iam-error';

/**
 * Prisma's known request errors are recognised by shape rather than `instanceof`: the generated client is loaded as
 * ESM under tsx and as CommonJS under jest, so one process can hold two copies of its error classes.
 */
interface PrismaKnownRequestError {
  name: 'PrismaClientKnownRequestError';
  code: string;
}

function isPrismaKnownRequestError(error: unknown): error is PrismaKnownRequestError {
  return error instanceof Error && error.name === 'PrismaClientKnownRequestError' && typeof (error as { code?: unknown }).code === 'string';
}

/** P2034: Postgres reported a serialization failure (40001) or a deadlock (40P01); the transaction may be retried. */
export function isSerializationFailure(error: unknown): boolean {
  return isPrismaKnownRequestError(error) && error.code === 'P2034';
}

/**
 * The Prisma errors that mean something to the caller. Services give the better message when they can (they
 * check uniqueness first, inside the transaction); these are the backstops for the races that slip past a check.
 * Anything not listed here is a server fault and becomes ServiceFailure.
 */
export function iamErrorFromPrisma(error: unknown): IamError | undefined {
  if (!isPrismaKnownRequestError(error)) return undefined;
  switch (error.code) {
    // Unique constraint: another request created the same name first.
    case 'P2002':
      return new IamError('EntityAlreadyExists', 'An entity with the same name already exists.');
    // A row the operation depends on was deleted, typically by a concurrent request.
    case 'P2025':
      return new IamError('NoSuchEntity', 'The entity the request refers to cannot be found.');
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
