// AWS's "Access key best practices & alternatives" step: the use cases it offers, each with the alternative AWS
// recommends, and the description tag that AWS stores as a tag on the user keyed by the access key ID.

export interface AccessKeyUseCase {
  id: 'cli' | 'local-code' | 'aws-compute' | 'third-party' | 'outside-aws' | 'other';
  label: string;
  description: string;
  /** What AWS suggests instead of a long-term key. */
  alternative: string;
}

export const ACCESS_KEY_USE_CASES: readonly AccessKeyUseCase[] = [
  {
    id: 'cli',
    label: 'Command Line Interface (CLI)',
    description: 'You plan to use this access key to enable the AWS CLI to access your AWS account.',
    alternative: 'Use a role session (Switch role, or AssumeRole from the CLI) so that the credentials expire by themselves.',
  },
  {
    id: 'local-code',
    label: 'Local code',
    description: 'You plan to use this access key to enable application code in a local development environment to access your AWS account.',
    alternative: 'Use temporary credentials from GetSessionToken or AssumeRole in your development environment.',
  },
  {
    id: 'aws-compute',
    label: 'Application running on an AWS compute service',
    description: 'You plan to use this access key to enable application code running on an AWS compute service to access your AWS account.',
    alternative: 'Give the compute resource a role (an instance profile for EC2) instead of a key.',
  },
  {
    id: 'third-party',
    label: 'Third-party service',
    description: 'You plan to use this access key to enable access for a third-party application or service that monitors or manages your AWS resources.',
    alternative: 'Create a role the third party assumes with an external ID, instead of giving it a key.',
  },
  {
    id: 'outside-aws',
    label: 'Application running outside AWS',
    description: 'You plan to use this access key to authenticate workloads running in your data center or other infrastructure outside of AWS.',
    alternative: 'Exchange the workload’s own credentials for temporary ones where you can.',
  },
  { id: 'other', label: 'Other', description: 'Your use case is not listed here.', alternative: 'Keep the key only as long as you need it, and rotate it.' },
];

/** AWS: the description is a tag value, up to 256 characters. */
export const MAX_ACCESS_KEY_DESCRIPTION = 256;

export function accessKeyDescriptionError(description: string): string | undefined {
  return description.length > MAX_ACCESS_KEY_DESCRIPTION
    ? `The description can have up to ${MAX_ACCESS_KEY_DESCRIPTION} characters; this one has ${description.length}.`
    : undefined;
}
