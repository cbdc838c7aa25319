export { hashPassword, verifyPassword } from './password-hash';
export { generateAccessKeyPair, generateSecretAccessKey } from './access-key';
export type { AccessKeyPair } from './access-key';
export { generateBearerToken, hashBearerToken } from './bearer-token';
export { SecretBox, UnsealError } from './secret-box';
export { defaultDataDir, loadServerKey, SECRET_KEY_VARIABLE } from './server-key';
export type { ServerKey, ServerKeySource } from './server-key';
export { generateTotpCode, generateTotpSeed, totpUri, verifyConsecutiveTotpCodes, verifyTotpCode } from './totp';
export type { TotpVerification } from './totp';
