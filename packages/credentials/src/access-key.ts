import { randomBytes } from 'node:crypto';
import { newUniqueId } from '@gatehouse/db/identifiers';

export interface AccessKeyPair {
  /** `AKIA…` for a long-term key, `ASIA…` for temporary credentials. */
  accessKeyId: string;
  /** 40 characters, as AWS's: shown to the caller once, stored only sealed. */
  secretAccessKey: string;
}

/** 30 random bytes in base64: 40 characters of `[A-Za-z0-9+/]`, the shape of an AWS secret access key. */
export function generateSecretAccessKey(): string {
  return randomBytes(30).toString('base64');
}

/** A new access key id and secret: long-term (`AKIA`, CreateAccessKey) or temporary (`ASIA`, AssumeRole). */
export function generateAccessKeyPair(kind: 'longTerm' | 'temporary'): AccessKeyPair {
  return {
    accessKeyId: newUniqueId(kind === 'longTerm' ? 'accessKey' : 'temporaryAccessKey'),
    secretAccessKey: generateSecretAccessKey(),
  };
}
