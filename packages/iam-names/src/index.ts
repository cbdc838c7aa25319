export { nameConstraint, namePattern, nameRules, nameViolation, type NameKind, type NameRule } from './name-rules';
