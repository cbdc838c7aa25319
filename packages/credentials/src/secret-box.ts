import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
// Sealed values carry a format version, so that a later scheme can be told apart from this one.
const FORMAT = 'v1';

/** The sealed value is malformed, was sealed under another key or for another context, or was tampered with. */
export class UnsealError extends Error {
  constructor() {
    super('the sealed secret cannot be opened with this server key');
    this.name = 'UnsealError';
  }
}

/**
 * AES-256-GCM under the server key, for secrets the server must read back (access key secrets for SigV4, TOTP seeds).
 * `context` (for example the access key id) is authenticated with the value, so a sealed secret copied onto another
 * row fails to open.
 */
export class SecretBox {
  readonly #key: Buffer;

  constructor(key: Uint8Array) {
    if (key.length !== KEY_BYTES) throw new Error(`a server key has ${KEY_BYTES} bytes, this one has ${key.length}`);
    this.#key = Buffer.from(key);
  }

  /** `v1.` + base64url(iv ‖ tag ‖ ciphertext), a fresh random iv each time. */
  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${FORMAT}.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')}`;
  }

  unseal(sealed: string, context: string): string {
    const [format, body] = sealed.split('.');
    if (format !== FORMAT || body === undefined) throw new UnsealError();
    const bytes = Buffer.from(body, 'base64url');
    if (bytes.length < IV_BYTES + TAG_BYTES) throw new UnsealError();
    const decipher = createDecipheriv('aes-256-gcm', this.#key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new UnsealError();
    }
  }
}
