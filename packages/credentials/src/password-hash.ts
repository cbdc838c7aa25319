import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 declares Algorithm as an ambient const enum, which isolated modules cannot read: Argon2id is 2.
const ARGON2ID_ALGORITHM = 2;

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): about 50 ms here, slow enough to hurt offline guessing.
const ARGON2ID = { algorithm: ARGON2ID_ALGORITHM, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** An argon2id hash in PHC string form (`$argon2id$v=19$m=…`), salted, with its parameters inside. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** Whether `password` matches `passwordHash`; false (never an exception) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
