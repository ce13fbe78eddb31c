import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDate } from '../../src/content/dates.js';
import { fastest } from '../fixtures/timing.js';

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
      '05-01-2024',
      '05/01/2024',
      '2024-1-5',
      '20240105',
      '2024-01-05T14',
      '2024-01-05T14:30:00.Z',
      '2024-01-05T14:30:00  Z',
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

describe('parseDate: dates as publishers write them', () => {
  const at = (value: string) => parseDate(value);

  it('reads ISO 8601 with a space before the offset or Z', () => {
    expect(at('2024-04-30 16:38:37 +02:00')).to.deep.equal({
      iso: '2024-04-30T16:38:37+02:00',
      time: Date.UTC(2024, 3, 30, 14, 38, 37),
      hasTime: true,
    });
    expect(at('2024-04-30T16:38:37 Z')?.iso).to.equal('2024-04-30T16:38:37Z');
    expect(at('2024-04-30 16:38:37 -0500')?.time).to.equal(Date.UTC(2024, 3, 30, 21, 38, 37));
  });

  it('reads zone abbreviations as their offsets', () => {
    expect(at('2021-01-03T17:40:00EET')).to.deep.equal({
      iso: '2021-01-03T17:40:00+02:00',
      time: Date.UTC(2021, 0, 3, 15, 40),
      hasTime: true,
    });
    const offsets: Record<string, number> = {
      UTC: 0, GMT: 0, UT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420,
      MDT: -360, PST: -480, PDT: -420, WET: 0, WEST: 60, CET: 60, CEST: 120, EET: 120,
      EEST: 180, MSK: 180, IST: 330, JST: 540, KST: 540, AEST: 600, AEDT: 660, NZST: 720,
      NZDT: 780,
    }; // prettier-ignore
    for (const [zone, minutes] of Object.entries(offsets)) {
      for (const written of [
        `2024-06-01T12:00:00${zone}`,
        `2024-06-01 12:00 ${zone.toLowerCase()}`,
      ]) {
        expect(at(written)?.time, written).to.equal(Date.UTC(2024, 5, 1, 12) - minutes * 60_000);
      }
    }
    expect(at('2024-06-01T12:00:00IST')?.iso).to.equal('2024-06-01T12:00:00+05:30');
    expect(at('2024-06-01T12:00:00 GMT')?.iso).to.equal('2024-06-01T12:00:00Z');
  });

  it('refuses ambiguous and unknown zone abbreviations', () => {
    for (const zone of ['BST', 'AST', 'ADT', 'GST', 'SST', 'ECT', 'AMT', 'CCT', 'XYZ', 'ABCDE']) {
      expect(at(`2024-06-01T12:00:00${zone}`), zone).to.equal(undefined);
    }
  });

  it('reads RFC 2822 dates', () => {
    expect(at('Wed, 04 May 2022 02:41:00 GMT')).to.deep.equal({
      iso: '2022-05-04T02:41:00Z',
      time: Date.UTC(2022, 4, 4, 2, 41),
      hasTime: true,
    });
    expect(at('Wed, 4 May 2022 04:41:00 +0200')?.time).to.equal(Date.UTC(2022, 4, 4, 2, 41));
    expect(at('4 May 2022 02:41 EDT')?.iso).to.equal('2022-05-04T02:41-04:00');
    // The weekday must be the date's: Thursday is not 4 May 2022.
    expect(at('Thu, 04 May 2022 02:41:00 GMT')).to.equal(undefined);
  });

  it('reads English month names, either order, full or abbreviated', () => {
    const day = { iso: '2019-11-19', time: Date.UTC(2019, 10, 19), hasTime: false };
    for (const written of [
      'November 19, 2019',
      'November 19 2019',
      'Nov 19, 2019',
      'Nov. 19, 2019',
      'nov 19th, 2019',
      '19 November 2019',
      '19 Nov 2019',
      '19. November 2019',
      'Tuesday, November 19, 2019',
      'Tue, 19 Nov 2019',
    ]) {
      expect(at(written), written).to.deep.equal(day);
    }
    expect(at('Sept 3, 2024')?.iso).to.equal('2024-09-03');
    expect(at('November 19, 2019 3:45 PM EST')).to.deep.equal({
      iso: '2019-11-19T15:45-05:00',
      time: Date.UTC(2019, 10, 19, 20, 45),
      hasTime: true,
    });
    expect(at('November 19, 2019 at 12:05 am')?.iso).to.equal('2019-11-19T00:05');
    expect(at('19 November 2019, 12:00 p.m. UTC')?.iso).to.equal('2019-11-19T12:00Z');
  });

  it('reads YYYY/MM/DD, with or without a time', () => {
    expect(at('2024/04/30')).to.deep.equal({
      iso: '2024-04-30',
      time: Date.UTC(2024, 3, 30),
      hasTime: false,
    });
    expect(at('2024/4/3')?.iso).to.equal('2024-04-03');
    expect(at('2024/04/30 16:38:37 +02:00')?.time).to.equal(Date.UTC(2024, 3, 30, 14, 38, 37));
  });

  it('never gives a wrong date: impossible ones are absent', () => {
    for (const value of [
      'February 30, 2024',
      '30 Feb 2024',
      'Feb 29, 2023',
      '2024/02/30',
      '2024/13/01',
      'Wed, 31 Apr 2024 10:00:00 GMT',
      'November 19, 2019 13:00 PM',
      'November 19, 2019 0:30 AM',
      'November 19, 2019 25:00',
      'Mon, 19 Nov 2019',
      'Smarch 3, 2024',
      'Funday, 19 Nov 2019',
      '2024-04-30T16:38:37 +02:60',
      '2024-04-30T4:38:37Z',
      '2024-04-30T04:38 PM',
      '04/05/2022',
      '2022.05.04',
      'yesterday',
    ]) {
      expect(at(value), value).to.equal(undefined);
    }
  });

  it('takes time linear in the length of hostile text (no backtracking)', () => {
    const size = 100_000;
    // The least disturbed of three measurements (a GC pause in one run is not the parser's).
    const time = (value: string) =>
      fastest(() => {
        for (let i = 0; i < 3; i++) parseDate(value);
      });
    const baseline = time(`2024-01-01T${'1'.repeat(size)}`);
    const worst = Math.max(
      time(`November 19, 2019 ${' '.repeat(size)}x`),
      time(`Nov ${'1'.repeat(size)}`),
      time(`19 ${' '.repeat(size)}Nov`),
      time(`2024-01-01 10:00${' '.repeat(size)}`),
      time(`Tue,${' '.repeat(size)}19 Nov 2019${' '.repeat(size)}!`),
      time(`November 19, 2019 at${' at'.repeat(size / 3)}`),
      time(`2024/01/01 ${'1:'.repeat(size / 2)}`),
      time(`Nov 19${' '.repeat(size)}x`),
      time(`Nov 19,${' ,'.repeat(size / 2)}x`),
      time(`19 Nov${' '.repeat(size)}x`),
      time(`Tue${' '.repeat(size)}x`),
      time(`2024-01-01T10:00:00${' '.repeat(size)}Z`),
    );
    expect(worst).to.be.below(baseline * 10 + 50);
  });
});
