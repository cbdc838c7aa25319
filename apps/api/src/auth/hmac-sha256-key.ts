import { hash } from 'node:crypto';

const BLOCK_BYTES = 64;
const DIGEST_BYTES = 32;
/**
 * Room for most messages (a SigV4 string to sign is about 150 bytes): a longer one gets a buffer of its own. Never from
 * Node's shared pool (allocUnsafe's, for small sizes): the key's inner pad is written here, and the pool's memory is
 * reachable through any other pooled Buffer's `.buffer`.
 */
const scratch = Buffer.allocUnsafeSlow(1024);

/**
 * An HMAC-SHA256 key (RFC 2104: H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m))) whose padded blocks are made once, when the key
 * is: each signature check then hashes twice with Node's one-shot `crypto.hash`. `createHmac` sets up an OpenSSL
 * HMAC context for the key on every call, which cost more than the two hashes. Tested against `createHmac`.
 */
export class HmacSha256Key {
  readonly #innerPad: Buffer;
  /** K ⊕ opad, then the inner digest, written in place by each `digest`. */
  readonly #outer: Buffer;

  constructor(key: Uint8Array) {
    const block = key.byteLength > BLOCK_BYTES ? hash('sha256', key, 'buffer') : key;
    this.#innerPad = Buffer.alloc(BLOCK_BYTES, 0x36);
    this.#outer = Buffer.alloc(BLOCK_BYTES + DIGEST_BYTES, 0x5c);
    for (let i = 0; i < block.byteLength; i++) {
      this.#innerPad[i]! ^= block[i]!;
      this.#outer[i]! ^= block[i]!;
    }
  }

  /** HMAC-SHA256 of the message's UTF-8 bytes. */
  digest(message: string): Buffer {
    const length = BLOCK_BYTES + Buffer.byteLength(message, 'utf8');
    const inner = length <= scratch.length ? scratch : Buffer.allocUnsafeSlow(length);
    // Synchronous from here to the last hash: no other digest can use the scratch buffer or #outer meanwhile.
    this.#innerPad.copy(inner, 0);
    inner.write(message, BLOCK_BYTES, 'utf8');
    // Hexadecimal out: Node makes a string faster than a Buffer of the digest.
    this.#outer.write(hash('sha256', inner.subarray(0, length), 'hex'), BLOCK_BYTES, 'hex');
    return Buffer.from(hash('sha256', this.#outer, 'hex'), 'hex');
  }
}
