/** AWS's name for the downloaded report, `status_reports_2026-01-31T12_00_00+00_00.csv`: colons are unsafe in file names. */
export function credentialReportFileName(generatedTime: string): string {
  return `status_reports_${generatedTime.replace(/\.\d{3}Z$/, '+00:00').replace(/:/g, '_')}.csv`;
}
