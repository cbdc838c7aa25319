/**
 * Asserts that an AWS SDK call failed with the given exception (the SDK's class for AWS's error code, or the code
 * itself when the model has no class for it) and HTTP status, and returns the error for further checks.
 */
export async function expectAwsError(call: Promise<unknown>, name: string, status: number): Promise<Error & { $metadata: { httpStatusCode?: number } }> {
  const error = await call.then(
    () => {
      throw new Error(`expected ${name}, but the call succeeded`);
    },
    (caught: unknown) => caught as Error & { $metadata: { httpStatusCode?: number }; $fault?: string },
  );
  expect({ name: error.name, status: error.$metadata?.httpStatusCode }).toEqual({ name, status });
  return error;
}
