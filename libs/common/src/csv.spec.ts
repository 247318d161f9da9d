import { csvField, neutralisedText, toCsv } from './csv.js';

describe('CSV fields', () => {
  it.each(['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'])(
    'neutralises text that a spreadsheet would run as a formula: %j',
    (text) => {
      expect(neutralisedText(text)).toBe(`'${text}`);
    },
  );

  it('leaves other text as it is', () => {
    for (const text of ['Липецкая область', '48', 'a=b', ' =1', "'quoted"])
      expect(neutralisedText(text)).toBe(text);
  });

  it('keeps the numbers it formats as numbers: a negative stays a plain negative decimal', () => {
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvField(-1e-7)).toBe('-0.0000001');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('quotes a neutralised cell that holds a comma, a quote or a line break', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""x"")"',
    );
  });

  it('writes rows with CRLF, empty for null and undefined', () => {
    expect(
      toCsv([
        ['a', 'b', 'c'],
        [1, null, undefined],
        [true, '-x', -3],
      ]),
    ).toBe("a,b,c\r\n1,,\r\ntrue,'-x,-3\r\n");
  });
});
