// Which service an action belongs to, as IAM reads an Action element.

/** The service prefix of an action as IAM compares it: `S3:GetObject` belongs to `s3`; `*` stands for every service. */
export function actionService(action: string): string {
  return action === '*' ? '*' : action.split(':')[0]!.toLowerCase();
}

/** The service prefixes of a statement's actions, in first-seen order. */
export function servicesOf(actions: readonly string[]): string[] {
  const services: string[] = [];
  for (const action of actions) {
    const prefix = actionService(action);
    if (!services.includes(prefix)) services.push(prefix);
  }
  return services;
}
