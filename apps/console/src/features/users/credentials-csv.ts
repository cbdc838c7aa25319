// The .csv files the IAM console offers once, on the page that shows a secret: same columns as AWS's.

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csv(rows: string[][]): string {
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** `<user>_credentials.csv` after Create user: `User name,Password,Console sign-in URL`. */
export function consoleCredentialsCsv(userName: string, password: string, signInUrl: string): string {
  return csv([
    ['User name', 'Password', 'Console sign-in URL'],
    [userName, password, signInUrl],
  ]);
}

/** `<user>_accessKeys.csv` after Create access key: `Access key ID,Secret access key`. */
export function accessKeyCsv(accessKeyId: string, secretAccessKey: string): string {
  return csv([
    ['Access key ID', 'Secret access key'],
    [accessKeyId, secretAccessKey],
  ]);
}
