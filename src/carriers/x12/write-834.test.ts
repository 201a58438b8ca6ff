import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUBSCRIBER_RELATIONSHIPS, type SubscriberRelationship } from '../../enrollment/enrollment-facts.ts';
import {
  BENEFIT_STATUS_CODES,
  COVERAGE_LEVEL_CODES,
  EMPLOYMENT_STATUS_CODES,
  INSURANCE_LINE_CODES,
  MAINTENANCE_REASON_CODES,
  MARITAL_STATUS_CODES,
  MEMBER_DATE_NAMES,
  MEMBER_MAINTENANCE_TYPE_CODES,
} from './code-lists.ts';
import type { Coverage834, Enrollment834, Member834 } from './enrollment-834.ts';
import { X12ValueError } from './issues.ts';
import { read834, type ReadMember834 } from './read-834.ts';
import { parseSegments } from './segments.ts';
import { generate834, write834 } from './write-834.ts';

const subscriber: Member834 = {
  isSubscriber: true,
  relationship: 'self',
  maintenanceType: '021',
  maintenanceReason: '28',
  benefitStatus: 'A',
  employmentStatus: 'FT',
  subscriberId: 'SUB-1001',
  groupPolicyNumber: 'GRP-7',
  memberReference: '6d0f0c52',
  dates: { eligibilityBegin: '2026-01-01', employmentBegin: '2025-12-15' },
  name: { last: 'Rivera', first: 'Ana', middle: 'L' },
  ssn: '123-45-6789',
  contact: { phone: '(555) 010-2000', email: 'ana@example.com' },
  address: { line1: '12 Elm St', line2: 'Apt 4', city: 'Portland', state: 'OR', zip: '97201-1234' },
  demographics: { birthDate: '1990-02-28', gender: 'F', maritalStatus: 'M' },
  coverages: [
    { maintenanceType: '021', insuranceLineCode: 'HLT', planCoverageDescription: 'GOLD PPO', coverageLevel: 'ESP', startDate: '2026-01-01', coverageReference: 'cov-1' },
    { maintenanceType: '021', insuranceLineCode: 'DEN', coverageLevel: 'ESP', startDate: '2026-01-01', coverageReference: 'cov-2' },
  ],
};

const spouse: Member834 = {
  isSubscriber: false,
  relationship: 'spouse',
  maintenanceType: '021',
  maintenanceReason: '28',
  benefitStatus: 'A',
  subscriberId: 'SUB-1001',
  name: { last: 'Rivera', first: 'Sam' },
  demographics: { birthDate: '1989-07-04', gender: 'M' },
  coverages: [{ maintenanceType: '021', insuranceLineCode: 'HLT', coverageLevel: 'ESP', startDate: '2026-01-01', coverageReference: 'cov-3' }],
};

function enrollment(members: Iterable<Member834>, overrides: Partial<Enrollment834> = {}): Enrollment834 {
  return {
    interchange: {
      senderQualifier: 'ZZ',
      senderId: 'OPENENROLL',
      receiverQualifier: 'ZZ',
      receiverId: 'CARRIER01',
      interchangeControlNumber: 42,
      groupControlNumber: 7,
      transactionSetControlNumber: 1,
      date: '2026-03-15',
      time: '0930',
      usage: 'T',
    },
    header: { referenceNumber: 'FILE-42', actionCode: '2', fileEffectiveDate: '2026-03-15', masterPolicyNumber: 'MP-1' },
    sponsor: { name: 'Acme Corp', id: '123456789' },
    payer: { name: 'Good Health', id: '987654321' },
    members,
    ...overrides,
  };
}

const lines = (text: string) => text.split('~').filter(Boolean);

describe('write834 envelopes', () => {
  const text = write834(enrollment([subscriber, spouse]));
  const segments = parseSegments(text).segments;
  const byId = (id: string) => segments.filter((s) => s.id === id);

  it('writes a fixed-width ISA of 106 characters with the default delimiters', () => {
    const isa = lines(text)[0]! + '~';
    expect(isa).toHaveLength(106);
    expect(isa).toBe('ISA*00*          *00*          *ZZ*OPENENROLL     *ZZ*CARRIER01      *260315*0930*^*00501*000000042*0*T*:~');
  });

  it('writes GS and ST for 005010X220A1 with the dates in CCYYMMDD', () => {
    expect(lines(text)[1]).toBe('GS*BE*OPENENROLL*CARRIER01*20260315*0930*7*X*005010X220A1');
    expect(lines(text)[2]).toBe('ST*834*0001*005010X220A1');
    expect(lines(text)[3]).toBe('BGN*00*FILE-42*20260315*0930****2');
  });

  it('counts ST through SE in SE01 and repeats the control numbers in the trailers', () => {
    const st = segments.findIndex((s) => s.id === 'ST');
    const se = segments.findIndex((s) => s.id === 'SE');
    expect(byId('SE')[0]!.elements).toEqual(['SE', String(se - st + 1), '0001']);
    expect(byId('GE')[0]!.elements).toEqual(['GE', '1', '7']);
    expect(byId('IEA')[0]!.elements).toEqual(['IEA', '1', '000000042']);
  });

  it('writes the member loops in the guide order, with ids and references', () => {
    expect(lines(text).slice(4, 25)).toEqual([
      'REF*38*MP-1',
      'DTP*007*D8*20260315',
      'N1*P5*Acme Corp*FI*123456789',
      'N1*IN*Good Health*FI*987654321',
      'INS*Y*18*021*28*A***FT',
      'REF*0F*SUB-1001',
      'REF*1L*GRP-7',
      'REF*23*6d0f0c52',
      'DTP*356*D8*20260101',
      'DTP*336*D8*20251215',
      'NM1*IL*1*Rivera*Ana*L***34*123456789',
      'PER*IP**TE*5550102000*EM*ana@example.com',
      'N3*12 Elm St*Apt 4',
      'N4*Portland*OR*972011234',
      'DMG*D8*19900228*F*M',
      'HD*021**HLT*GOLD PPO*ESP',
      'DTP*348*D8*20260101',
      'REF*X9*cov-1',
      'HD*021**DEN**ESP',
      'DTP*348*D8*20260101',
      'REF*X9*cov-2',
    ]);
    expect(lines(text)).toContain('INS*N*01*021*28*A');
  });

  it('is read back with no issues', () => {
    expect(read834(text).issues).toEqual([]);
  });

  it('streams the same text segment by segment', () => {
    function* members() {
      yield subscriber;
      yield spouse;
    }
    expect([...generate834(enrollment(members()))].join('')).toBe(text);
  });

  it('pads control numbers: ISA13 to 9 digits, ST02 to at least 4', () => {
    const big = write834(enrollment([subscriber], { interchange: { ...enrollment([]).interchange, transactionSetControlNumber: 123456789 } }));
    expect(lines(big)[2]).toBe('ST*834*123456789*005010X220A1');
    expect(() => write834(enrollment([], { interchange: { ...enrollment([]).interchange, interchangeControlNumber: 1e9 } }))).toThrow(X12ValueError);
  });

  it('uses the delimiters asked for', () => {
    const piped = write834(enrollment([subscriber], { interchange: { ...enrollment([]).interchange, delimiters: { element: '|', segment: '\n' } } }));
    expect(piped.split('\n')[0]).toHaveLength(105);
    expect(read834(piped).members[0]!.name).toEqual(subscriber.name);
  });
});

describe('write834 for a termination', () => {
  const terminated: Member834 = {
    ...subscriber,
    maintenanceType: '024',
    maintenanceReason: '08',
    employmentStatus: 'TE',
    dates: { eligibilityBegin: '2026-01-01', eligibilityEnd: '2026-05-31' },
    coverages: [{ maintenanceType: '024', insuranceLineCode: 'HLT', coverageLevel: 'EMP', startDate: '2026-01-01', endDate: '2026-05-31' }],
  };
  const text = write834(enrollment([terminated]));

  it('writes INS03 024, DTP*357, and HD 024 with DTP*349', () => {
    expect(lines(text)).toContain('INS*Y*18*024*08*A***TE');
    expect(lines(text)).toContain('DTP*357*D8*20260531');
    const hd = lines(text).indexOf('HD*024**HLT**EMP');
    expect(lines(text).slice(hd, hd + 3)).toEqual(['HD*024**HLT**EMP', 'DTP*348*D8*20260101', 'DTP*349*D8*20260531']);
  });

  it('refuses an end before the start', () => {
    const backwards = { ...terminated, coverages: [{ ...terminated.coverages[0]!, endDate: '2025-12-31' }] };
    expect(() => write834(enrollment([backwards]))).toThrow(/members\[0\]\.coverages\[0\]\.endDate/);
  });
});

describe('write834 with a coverage amount and the carrier’s member id', () => {
  const life: Member834 = {
    ...subscriber,
    carrierMemberId: 'CAR-778',
    coverages: [{ maintenanceType: '021', insuranceLineCode: 'AH', planIdentifier: 'LIFE-1', coverageLevel: 'EMP', startDate: '2026-01-01', coverageAmountCents: 5_000_000, coverageReference: 'cov-life' }],
  };
  const text = write834(enrollment([life]));

  it('sends the amount in AMT*FK, in dollars, between the dates and the references', () => {
    const hd = lines(text).indexOf('HD*021**AH*LIFE-1*EMP');
    expect(lines(text).slice(hd, hd + 4)).toEqual(['HD*021**AH*LIFE-1*EMP', 'DTP*348*D8*20260101', 'AMT*FK*50000', 'REF*X9*cov-life']);
    expect(read834(text).members[0]!.coverages[0]!.coverageAmountCents).toBe(5_000_000);
  });

  it('writes cents only when there are some, without trailing zeros', () => {
    const amount = (cents: number) => lines(write834(enrollment([{ ...life, coverages: [{ ...life.coverages[0]!, coverageAmountCents: cents }] }]))).find((l) => l.startsWith('AMT'));
    expect([amount(5_000_050), amount(1_234_505), amount(0)]).toEqual(['AMT*FK*50000.5', 'AMT*FK*12345.05', 'AMT*FK*0']);
    expect(() => amount(12.5)).toThrow(/coverages\[0\]\.coverageAmountCents/);
  });

  it('sends the carrier’s member id in REF*ZZ after our own reference (REF*23)', () => {
    const at = lines(text).indexOf('REF*23*6d0f0c52');
    expect(lines(text)[at + 1]).toBe('REF*ZZ*CAR-778');
    expect(read834(text).members[0]!.carrierMemberId).toBe('CAR-778');
  });

  it('reports an AMT*FK that is no amount, and steps over the guide’s other amounts', () => {
    const bad = read834(text.replace('AMT*FK*50000', 'AMT*FK*50,000'));
    expect(bad.issues).toEqual([expect.objectContaining({ severity: 'error', segmentId: 'AMT', elementPosition: 2 })]);
    const premium = read834(text.replace('AMT*FK*50000', 'AMT*P3*45.34'));
    expect(premium.issues).toEqual([]);
    expect(premium.members[0]!.coverages[0]!.coverageAmountCents).toBeUndefined();
  });
});

describe('write834 with data that would break the file', () => {
  it('turns delimiters in names and addresses into spaces', () => {
    const member = { ...subscriber, name: { last: "O'Brien*Smith~Jr", first: 'Ann:Marie^' }, address: { line1: '1 Main*St', city: 'Salem\nOR' } };
    const text = write834(enrollment([member]));
    expect(lines(text)).toContain("NM1*IL*1*O'Brien Smith Jr*Ann Marie****34*123456789");
    expect(read834(text).members[0]!.address).toEqual({ line1: '1 Main St', city: 'Salem OR' });
  });

  it('transliterates free text into what an 834 can carry, keeping case', () => {
    const member = { ...subscriber, name: { last: 'Nuñez-Ørsted', first: 'Zoë' }, address: { line1: 'Große Straße 1', city: 'Łódź' }, coverages: [{ ...subscriber.coverages[0]!, planCoverageDescription: 'Plan Économie' }] };
    const text = write834(enrollment([member]));
    expect(lines(text)).toContain('NM1*IL*1*Nunez-Orsted*Zoe****34*123456789');
    expect(lines(text)).toContain('HD*021**HLT*Plan Economie*ESP');
    expect(read834(text).members[0]!.address).toEqual({ line1: 'Grosse Strasse 1', city: 'Lodz' });
    expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
  });

  it('sends a plan code exactly as given, and refuses one holding a delimiter', () => {
    const coded = { ...subscriber, coverages: [{ ...subscriber.coverages[0]!, planIdentifier: 'med-1 (2026)', planCoverageDescription: 'ignored' }] };
    expect(lines(write834(enrollment([coded])))).toContain('HD*021**HLT*med-1 (2026)*ESP');
    const broken = { ...subscriber, coverages: [{ ...subscriber.coverages[0]!, planIdentifier: 'MED*1:2^3~' }] };
    expect(() => write834(enrollment([broken]))).toThrow(/members\[0\]\.coverages\[0\]\.planIdentifier: contains the delimiter "\*"/);
    const accented = { ...subscriber, coverages: [{ ...subscriber.coverages[0]!, planIdentifier: 'PLAN-É' }] };
    expect(() => write834(enrollment([accented]))).toThrow(/planIdentifier: contains "É"/);
  });

  it('refuses a delimiter inside an identifier, naming the field', () => {
    const member = { ...subscriber, subscriberId: 'SUB*1' };
    expect(() => write834(enrollment([member]))).toThrow(X12ValueError);
    expect(() => write834(enrollment([member]))).toThrow(/members\[0\]\.subscriberId: contains the delimiter "\*"/);
  });

  it('refuses codes outside the guide and a non-HIPAA line of coverage', () => {
    const life = { ...subscriber, coverages: [{ ...subscriber.coverages[0]!, insuranceLineCode: 'LIF' }] };
    expect(() => write834(enrollment([life]))).toThrow(/members\[0\]\.coverages\[0\]\.insuranceLineCode/);
    expect(() => write834(enrollment([{ ...subscriber, benefitStatus: 'Z' }]))).toThrow(/benefitStatus/);
    expect(() => write834(enrollment([{ ...spouse, isSubscriber: true }]))).toThrow(/relationship/);
    expect(() => write834(enrollment([{ ...subscriber, ssn: '12345' }]))).toThrow(/ssn/);
  });
});

// ---------------------------------------------------------------------------------------------------
// Round trip: whatever members we write, read834 gives back.

const codeOf = <T extends Record<string, string>>(table: T) => fc.constantFrom(...(Object.keys(table) as (keyof T & string)[]));
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const chars = (alphabet: string, minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength, maxLength });
// Names as people type them: letters, apostrophes, hyphens and inner spaces, no delimiters.
const word = fc.tuple(chars(LETTERS, 1, 1), chars(`${LETTERS}'-`, 0, 11)).map(([first, rest]) => first + rest);
const text = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const identifier = fc.tuple(chars(`ABCDEFGHIJKLMNOPQRSTUVWXYZ${DIGITS}`, 1, 1), chars(`ABCDEFGHIJKLMNOPQRSTUVWXYZ${DIGITS}-`, 0, 14)).map(([a, b]) => a + b);
const digits = (n: number) => chars(DIGITS, n, n);
const email = fc.tuple(chars(`${LETTERS}${DIGITS}._+-`, 1, 12), chars(`${LETTERS}${DIGITS}-`, 1, 10), chars(LETTERS, 2, 4)).map(([user, host, tld]) => `${user}@${host}.${tld}`);
const isoDate = fc
  .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const coverage: fc.Arbitrary<Coverage834> = fc
  .record(
    {
      maintenanceType: codeOf(MEMBER_MAINTENANCE_TYPE_CODES),
      insuranceLineCode: codeOf(INSURANCE_LINE_CODES),
      planCoverageDescription: optional(text),
      coverageLevel: optional(codeOf(COVERAGE_LEVEL_CODES)),
      startDate: isoDate,
      endDate: optional(isoDate),
      coverageAmountCents: optional(fc.integer({ min: 0, max: 1_000_000_000_00 })),
      coverageReference: optional(identifier),
    },
    { requiredKeys: ['maintenanceType', 'insuranceLineCode', 'startDate'] },
  )
  .map((c) => (c.endDate !== undefined && c.endDate < c.startDate ? { ...c, endDate: c.startDate } : c));

// court_ordered_dependent shares code 15 with ward, so it reads back as ward (tested in code-lists).
const relationship = fc.constantFrom(...SUBSCRIBER_RELATIONSHIPS.filter((r) => r !== 'court_ordered_dependent'));

const member: fc.Arbitrary<Member834> = relationship.chain((rel: SubscriberRelationship) =>
  fc.record(
    {
      isSubscriber: fc.constant(rel === 'self'),
      relationship: fc.constant(rel),
      maintenanceType: codeOf(MEMBER_MAINTENANCE_TYPE_CODES),
      maintenanceReason: optional(codeOf(MAINTENANCE_REASON_CODES)),
      benefitStatus: codeOf(BENEFIT_STATUS_CODES),
      employmentStatus: optional(codeOf(EMPLOYMENT_STATUS_CODES)),
      subscriberId: identifier,
      groupPolicyNumber: optional(identifier),
      memberReference: optional(identifier),
      carrierMemberId: optional(identifier),
      dates: optional(fc.record(Object.fromEntries(MEMBER_DATE_NAMES.map((name) => [name, isoDate])), { requiredKeys: [] })),
      name: fc.record({ last: text, first: optional(text), middle: optional(word), prefix: optional(word), suffix: optional(word) }, { requiredKeys: ['last'] }),
      ssn: optional(digits(9)),
      contact: optional(fc.record({ phone: optional(digits(10)), email: optional(email) }, { requiredKeys: [] })),
      address: optional(
        fc.record(
          { line1: text, line2: optional(text), city: text, state: optional(chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2, 2)), zip: optional(fc.oneof(digits(5), digits(9))) },
          { requiredKeys: ['line1', 'city'] },
        ),
      ),
      demographics: optional(
        fc.record(
          { birthDate: isoDate, gender: fc.constantFrom('F', 'M', 'U'), maritalStatus: optional(codeOf(MARITAL_STATUS_CODES)) },
          { requiredKeys: ['birthDate', 'gender'] },
        ),
      ),
      coverages: fc.array(coverage, { maxLength: 3 }),
    },
    { requiredKeys: ['isSubscriber', 'relationship', 'maintenanceType', 'benefitStatus', 'subscriberId', 'name', 'coverages'] },
  ),
);

/** What the writer was given, without the reader's additions and without empty optional groups. */
function asWritten(read: ReadMember834): Member834 {
  const { relationshipCode: _code, transactionSetControlNumber: _st, segmentIndex: _index, coverages, ...rest } = read;
  return { ...rest, coverages: coverages.map(({ segmentIndex: _i, ...c }) => c) } as Member834;
}

/** Empty optional groups are not written (an empty PER or DTP list), so they do not come back. */
function normalized(written: Member834): Member834 {
  const copy = structuredClone(written);
  if (copy.dates && Object.keys(copy.dates).length === 0) delete copy.dates;
  if (copy.contact && copy.contact.phone === undefined && copy.contact.email === undefined) delete copy.contact;
  return JSON.parse(JSON.stringify(copy)) as Member834;
}

describe('write834 → read834 round trip', () => {
  it('gives back the members written', () => {
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 5 }), (members) => {
        const result = read834(write834(enrollment(members)));
        expect(result.issues).toEqual([]);
        expect(result.members.map(asWritten)).toEqual(members.map(normalized));
      }),
      { numRuns: 100 },
    );
  });
});
