import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDate } from '../../src/content/dates.js';

describe('parseDate', () => {
  it('reads a calendar date as a date without time of day', () => {
    expect(parseDate('2024-02-29')).to.deep.equal({
      iso: '2024-02-29',
      time: Date.UTC(2024, 1, 29),
      hasTime: false,
    });
  });

  it('reads date-times with a UTC designator or an offset', () => {
    expect(parseDate('2024-01-05T14:30:00Z')).to.deep.equal({
      iso: '2024-01-05T14:30:00Z',
      time: Date.UTC(2024, 0, 5, 14, 30),
      hasTime: true,
    });
    expect(parseDate('2024-01-05T09:30:00-05:00')).to.deep.equal({
      iso: '2024-01-05T09:30:00-05:00',
      time: Date.UTC(2024, 0, 5, 14, 30),
      hasTime: true,
    });
    // Yoast writes +00:00; Japanese publishers +09:00, India +05:30, Nepal +05:45.
    expect(parseDate('2024-03-10T08:15:42+00:00')?.time).to.equal(Date.UTC(2024, 2, 10, 8, 15, 42));
    expect(parseDate('2024-01-06T00:30:00+09:00')?.time).to.equal(Date.UTC(2024, 0, 5, 15, 30));
    expect(parseDate('2024-01-05T20:00:00+05:30')?.time).to.equal(Date.UTC(2024, 0, 5, 14, 30));
    expect(parseDate('2024-01-05T20:15:00+05:45')?.time).to.equal(Date.UTC(2024, 0, 5, 14, 30));
    expect(parseDate('2024-01-05t14:30:00z')?.time).to.equal(Date.UTC(2024, 0, 5, 14, 30));
  });

  it('accepts times without seconds, with fractions, and compact offsets', () => {
    expect(parseDate('2024-01-05T09:30-05:00')).to.deep.equal({
      iso: '2024-01-05T09:30-05:00',
      time: Date.UTC(2024, 0, 5, 14, 30),
      hasTime: true,
    });
    const fraction = parseDate('2024-01-05T14:30:00.123456789Z');
    expect(fraction?.time).to.equal(Date.UTC(2024, 0, 5, 14, 30, 0, 123));
    expect(fraction?.iso).to.equal('2024-01-05T14:30:00.123Z');
    expect(parseDate('2024-01-05T14:30:00.5Z')?.time).to.equal(
      Date.UTC(2024, 0, 5, 14, 30, 0, 500),
    );
    expect(parseDate('2024-01-05T14:30:00,25Z')?.iso).to.equal('2024-01-05T14:30:00.25Z');
    expect(parseDate('2024-01-05T20:00:00+0530')?.iso).to.equal('2024-01-05T20:00:00+05:30');
    expect(parseDate('2024-01-05T16:30:00+02')?.iso).to.equal('2024-01-05T16:30:00+02:00');
    expect(parseDate('2024-01-05T16:30:00+02')?.time).to.equal(Date.UTC(2024, 0, 5, 14, 30));
  });

  it('reads a date-time without zone as UTC and keeps it zone-less', () => {
    expect(parseDate('2024-01-05T14:30:00')).to.deep.equal({
      iso: '2024-01-05T14:30:00',
      time: Date.UTC(2024, 0, 5, 14, 30),
      hasTime: true,
    });
    expect(parseDate('2024-01-05 14:30:00')?.iso).to.equal('2024-01-05T14:30:00');
  });

  it('trims surrounding white space', () => {
    expect(parseDate('  2024-01-05\n')?.iso).to.equal('2024-01-05');
  });

  it('rejects impossible dates instead of rolling them over', () => {
    for (const value of [
      '2024-02-30',
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-01-32',
      '2024-02-30T10:00:00Z',
      '2024-01-05T25:00:00Z',
      '2024-01-05T24:00:00Z',
      '2024-01-05T23:60:00Z',
      '2024-01-05T23:59:60Z',
      '2024-01-05T10:00:00+24:00',
      '2024-01-05T10:00:00+05:60',
    ]) {
      expect(parseDate(value), value).to.equal(undefined);
    }
    expect(parseDate('2000-02-29')?.time).to.equal(Date.UTC(2000, 1, 29));
  });

  it('rejects other formats', () => {
    for (const value of [
      '',
      'January 5, 2024',
      'Fri, 05 Jan 2024 14:30:00 GMT',
      '2024/01/05',
      '05-01-2024',
      '2024-1-5',
      '20240105',
      '2024-01-05T14',
      '2024-01-05T14:30:00.Z',
      '2024-01-05T14:30:00 Z',
      '2024-01-05T14:30:00+5:00',
      '+002024-01-05',
      '2024-01-05T14:30:00Z trailing',
    ]) {
      expect(parseDate(value), value).to.equal(undefined);
    }
  });

  it('rejects values that are not strings', () => {
    for (const value of [
      1704465000000,
      new Date(Date.UTC(2024, 0, 5)),
      null,
      undefined,
      {},
      ['2024-01-05'],
    ]) {
      expect(parseDate(value)).to.equal(undefined);
    }
  });

  it('keeps years below 100 as written', () => {
    expect(parseDate('0099-03-01')?.time).to.equal(Date.parse('0099-03-01T00:00:00Z'));
  });

  it('agrees with Date for every instant written by toISOString (property)', () => {
    const dates = fc.date({
      min: new Date(Date.UTC(1000, 0, 1)),
      max: new Date(Date.UTC(9999, 11, 31)),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(dates, (date) => {
        const iso = date.toISOString();
        expect(parseDate(iso)).to.deep.equal({ iso, time: date.getTime(), hasTime: true });
      }),
      { numRuns: 300 },
    );
  });
});
