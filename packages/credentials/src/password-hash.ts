import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 declares Algorithm as an ambient const enum, which isolated modules cannot read: Argon2id is 2.
const ARGON2ID_ALGORITHM = 2;

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): about 50 ms here, slow enough to hurt offline guessing.
const ARGON2ID = { algorithm: ARGON2ID_ALGORITHM, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * What a password is verified against when nobody has the name that was typed: a hash of no known password, with the
 * parameters of every new hash, so that an unknown name costs the same argon2id work as a wrong password (no user
 * enumeration by timing). Built from ARGON2ID rather than hashed at start-up: the work of a verification depends only
 * on the parameters in the string, never on the salt or the output.
 */
export const DECOY_PASSWORD_HASH = `$argon2id$v=19$m=${ARGON2ID.memoryCost},t=${ARGON2ID.timeCost},p=${ARGON2ID.parallelism}$5tj0/XhKg4uAWFXVfu+Dxw$kyogXWhGZ1q2VD36hoTEdAiyW+ATJcSl06FyeSPGlWA`;

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

/**
 * `verifyPassword` for a principal that may not exist or may have no password: without a hash, the password is
 * verified against DECOY_PASSWORD_HASH and the answer is false. Either way exactly one argon2id verification runs.
 */
export async function verifyPasswordOrDecoy(passwordHash: string | undefined, password: string): Promise<boolean> {
  const matches = await verifyPassword(passwordHash ?? DECOY_PASSWORD_HASH, password);
  return passwordHash !== undefined && matches;
}
