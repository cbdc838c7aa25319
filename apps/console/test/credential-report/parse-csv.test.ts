import { credentialReportFileName } from '../../src/features/credential-report/credential-report-file-name';
import { parseCsv } from '../../src/features/credential-report/parse-csv';

describe('parseCsv', () => {
  it('keeps commas, quotes and line breaks inside quoted fields', () => {
    const text = 'user,arn\n"smith,j",arn:aws:iam::111122223333:user/x\n"say ""hi""","a\nb"\r\nlast,';
    expect(parseCsv(text)).toEqual([
      ['user', 'arn'],
      ['smith,j', 'arn:aws:iam::111122223333:user/x'],
      ['say "hi"', 'a\nb'],
      ['last', ''],
    ]);
  });
});

describe('credentialReportFileName', () => {
  it('names the file as AWS does, without colons', () => {
    expect(credentialReportFileName('2026-01-31T12:00:05.000Z')).toBe('status_reports_2026-01-31T12_00_05+00_00.csv');
  });
});
