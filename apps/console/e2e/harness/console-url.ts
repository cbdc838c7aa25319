/** The console under test, started by global-setup.ts. */
export function consoleUrl(path = ''): string {
  const url = process.env.GATEHOUSE_CONSOLE_URL;
  if (!url) throw new Error('GATEHOUSE_CONSOLE_URL is not set: run the browser tests through jest.e2e.config.cjs');
  return `${url}${path}`;
}
