// The 834 we send, for each maintenance type, against golden files (a change to the output is a
// reviewed change to these files: UPDATE_GOLDEN=1 npx vitest run test/x12-golden.test.ts), and parsed
// back both by our reader and by an independent X12 parser (node-x12, strict: counts and control
// numbers checked), used only in tests.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import nodeX12 from 'node-x12';
import { buildFamilies, buildFamily, enrollmentFile, type CarrierFacts, type FamilyRecord, type FileFacts, type PersonRecord } from '../src/carriers/transmission/build-834.ts';
import { sentState } from '../src/carriers/transmission/family-records.ts';
import { read834, write834 } from '../src/carriers/x12/index.ts';

const GOLDEN = path.join(import.meta.dirname, 'golden', '834');

const carrier: CarrierFacts = {
  name: 'Acme Health',
  payer_identifier: '876543219',
  interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: 'ZZ', receiver_id: 'ACMEHEALTH', usage_indicator: 'T' },
  line_of_coverage_codes: {},
};
const file = (kind: FileFacts['kind']): FileFacts => ({ kind, carrier, sponsor: { name: 'Widget Corporation', fein: '23-4567891' }, carrierGroupNumber: 'GRP002', control: { interchange: 1001, group: 1001, transactionSet: 1001 }, date: '2026-11-28', time: '1200' });

const person = (id: string, relationship: PersonRecord['relationship'], first: string, birth: string, gender: string, ssn: string | null): PersonRecord => ({
  id, external_identifier: `ext-${id}`, relationship, first_name: first, middle_name: null, last_name: 'Smith', suffix: null, ssn, gender, birth_date: birth, marital_status: relationship === 'self' ? 'married' : null,
  address: relationship === 'self' ? { address_line_1: '200 Oak Ave', city: 'Riverside', state: 'CA', zip: '92501' } : null, phone: relationship === 'self' ? '5555550123' : null, email: null,
  employment: relationship === 'self' ? { status: 'full_time', start_date: '2019-01-01' } : null,
});
const members = [person('sub-1', 'self', 'Robert', '1975-08-20', 'male', '000000002'), person('dep-1', 'spouse', 'Mary', '1977-03-03', 'female', '000000003'), person('dep-2', 'child', 'Michael', '2010-06-12', 'male', null)];
const coverage = (id: string, member: string, line: 'medical' | 'dental', end: string | null = null, status: 'employer_sponsored' | 'cobra' = 'employer_sponsored') => ({
  id, member_id: member, product_line: line, plan_identifier: line === 'medical' ? 'PPO' : 'DENTAL', plan_description: line, status, start_date: status === 'cobra' ? '2026-06-01' : '2026-01-01', end_date: end,
});
const family = (fields: Partial<FamilyRecord>): FamilyRecord => ({
  subscriberId: 'sub-1',
  members,
  coverages: ['sub-1', 'dep-1', 'dep-2'].flatMap((m, i) => [coverage(`med-${i}`, m, 'medical'), coverage(`den-${i}`, m, 'dental')]),
  latestEvent: { event: 'initial_enrollment', date: '2026-01-01' },
  sentMemberIds: new Set(),
  ...fields,
});

const cases: Array<{ name: string; kind: FileFacts['kind']; family: FamilyRecord; ins: string; hd: string }> = [
  { name: 'addition', kind: 'change', family: family({}), ins: '021', hd: '021' },
  { name: 'change', kind: 'change', family: family({ latestEvent: null, sentMemberIds: new Set(['sub-1', 'dep-1', 'dep-2']) }), ins: '001', hd: '001' },
  {
    name: 'termination',
    kind: 'change',
    family: family({ latestEvent: { event: 'termination_of_employment', date: '2026-05-01' }, sentMemberIds: new Set(['sub-1', 'dep-1', 'dep-2']), coverages: ['sub-1', 'dep-1', 'dep-2'].flatMap((m, i) => [coverage(`med-${i}`, m, 'medical', '2026-05-31'), coverage(`den-${i}`, m, 'dental', '2026-05-31')]) }),
    ins: '024',
    hd: '024',
  },
  { name: 'cobra', kind: 'change', family: family({ latestEvent: { event: 'cobra', date: '2026-06-01' }, sentMemberIds: new Set(['sub-1', 'dep-1', 'dep-2']), coverages: ['sub-1', 'dep-1'].map((m, i) => coverage(`cob-${i}`, m, 'medical', null, 'cobra')) }), ins: '001', hd: '001' },
  { name: 'audit', kind: 'full', family: family({ sentMemberIds: new Set(['sub-1', 'dep-1', 'dep-2']) }), ins: '030', hd: '030' },
];

describe('the 834 for each maintenance type', () => {
  for (const { name, kind, family: records, ins, hd } of cases) {
    it(`${name}: INS03 ${ins} and HD01 ${hd}, as in the golden file, and parsed back by two readers`, () => {
      const facts = file(kind);
      const text = write834(enrollmentFile(facts, buildFamily(facts, records).members), { lineBreak: '\n' });
      const golden = path.join(GOLDEN, `${name}.edi`);
      // Only an explicit update writes a golden file: a missing one fails rather than passing on itself.
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, text);
      expect(text).toBe(fs.readFileSync(golden, 'utf8'));

      const ours = read834(text);
      expect(ours.issues).toEqual([]);
      expect(ours.members.every((m) => m.maintenanceType === ins && m.coverages.every((c) => c.maintenanceType === hd))).toBe(true);

      const independent = new nodeX12.X12Parser(true).parse(text) as { header: { elements: Array<{ value: string }> }; functionalGroups: Array<{ header: { elements: Array<{ value: string }> }; transactions: Array<{ segments: Array<{ tag: string }> }> }> };
      expect(Number(independent.header.elements[12]!.value)).toBe(1001);
      expect(Number(independent.functionalGroups[0]!.header.elements[5]!.value)).toBe(1001);
      const segments = independent.functionalGroups[0]!.transactions[0]!.segments;
      expect(segments.filter((s) => s.tag === 'INS')).toHaveLength(ours.members.length);
      expect(segments.filter((s) => s.tag === 'HD')).toHaveLength(ours.members.reduce((n, m) => n + m.coverages.length, 0));
    });
  }

  it('a termination carries the end dates: DTP 357 on the member, DTP 349 on each coverage', () => {
    const text = fs.readFileSync(path.join(GOLDEN, 'termination.edi'), 'utf8');
    expect(text).toContain('DTP*357*D8*20260531~');
    expect(text.match(/DTP\*349\*D8\*20260531~/g)).toHaveLength(6);
  });

  it('COBRA continuation says so in INS05 (C)', () => {
    expect(fs.readFileSync(path.join(GOLDEN, 'cobra.edi'), 'utf8')).toMatch(/^INS\*Y\*18\*001\*09\*C/m);
  });
});

// ---------------------------------------------------------------------------------------------------
// Every fact of the family, as the guide defines it: amounts, levels recomputed after a change, and
// maintenance per coverage judged by what the carrier was sent before (the records of earlier files).

/** What the carrier holds after it was sent `earlier`: the records of that file, as the worker keeps them. */
const sentAfter = (...earlier: FamilyRecord[]) => sentState(earlier.map((f) => buildFamily(file('change'), f).record));
const withSent = (now: FamilyRecord, ...earlier: FamilyRecord[]): FamilyRecord => ({ ...now, ...sentAfter(...earlier) });
const medical = (id: string, member: string, start = '2026-01-01', end: string | null = null) => ({ ...coverage(id, member, 'medical', end), start_date: start });
const enrolled = family({ coverages: ['sub-1', 'dep-1', 'dep-2'].map((m, i) => medical(`med-${i}`, m)) });

interface Fact {
  name: string;
  carrier?: CarrierFacts;
  kind?: FileFacts['kind'];
  family: FamilyRecord;
  /** Per member (by first name): INS03 and each HD as `HD01 HD05`. */
  expected: Record<string, { ins: string; hd: string[] }>;
  check?: (read: ReturnType<typeof read834>, text: string) => void;
}

const facts: Fact[] = [
  {
    name: 'life-volume',
    carrier: { ...carrier, line_of_coverage_codes: { life: 'AH' } },
    family: family({ members: [members[0]!], coverages: [{ id: 'life-0', member_id: 'sub-1', product_line: 'life', plan_identifier: 'LIFE50', plan_description: 'Basic life', status: 'employer_sponsored', start_date: '2026-01-01', end_date: null, volume: 5_000_000 }] }),
    expected: { Robert: { ins: '021', hd: ['021 EMP'] } },
    check: (read, text) => {
      expect(text).toContain('HD*021**AH*LIFE50*EMP~\nDTP*348*D8*20260101~\nAMT*FK*50000~');
      expect(read.members[0]!.coverages[0]!.coverageAmountCents).toBe(5_000_000);
    },
  },
  {
    // The divorce ends the spouse's row; the subscriber's and the child's rows go on, now without her.
    name: 'divorce',
    family: withSent(family({ latestEvent: { event: 'divorce', date: '2026-06-12' }, coverages: [medical('med-0', 'sub-1'), medical('med-1', 'dep-1', '2026-01-01', '2026-06-30'), medical('med-2', 'dep-2')] }), enrolled),
    expected: { Robert: { ins: '001', hd: ['001 ECH'] }, Mary: { ins: '024', hd: ['024 FAM'] }, Michael: { ins: '001', hd: ['001 ECH'] } },
    check: (read) => {
      expect(read.members.find((m) => m.name?.first === 'Mary')!.coverages[0]!.endDate).toBe('2026-06-30');
      expect(read.members.map((m) => m.maintenanceReason)).toEqual(['01', '01', '01']);
    },
  },
  {
    // Dental is new to the carrier for members it already has: HD 021 beside medical's 001.
    name: 'addition-vs-change',
    family: withSent(family({ latestEvent: null, coverages: ['sub-1', 'dep-1', 'dep-2'].flatMap((m, i) => [medical(`med-${i}`, m), coverage(`den-${i}`, m, 'dental')]) }), enrolled),
    expected: { Robert: { ins: '001', hd: ['001 FAM', '021 FAM'] }, Mary: { ins: '001', hd: ['001 FAM', '021 FAM'] }, Michael: { ins: '001', hd: ['001 FAM', '021 FAM'] } },
  },
  {
    // Withdrawn before it began: each row ends the day before it starts, sent ending on its start date.
    name: 'cancellation',
    family: withSent(family({ latestEvent: { event: 'termination_of_employment', date: '2025-12-20' }, coverages: ['sub-1', 'dep-1', 'dep-2'].map((m, i) => medical(`med-${i}`, m, '2026-01-01', '2025-12-31')) }), enrolled),
    expected: { Robert: { ins: '024', hd: ['024 FAM'] }, Mary: { ins: '024', hd: ['024 FAM'] }, Michael: { ins: '024', hd: ['024 FAM'] } },
    check: (read) => {
      for (const member of read.members) expect(member.coverages[0]).toMatchObject({ startDate: '2026-01-01', endDate: '2026-01-01' });
    },
  },
  {
    // The carrier was sent the termination; the coverage is taken up again from the day after it ended.
    name: 'reinstatement',
    family: withSent(
      family({ members: [members[0]!], latestEvent: { event: 'cobra', date: '2026-06-01' }, coverages: [medical('med-0', 'sub-1', '2026-01-01', '2026-05-31'), medical('med-9', 'sub-1', '2026-06-01')] }),
      family({ members: [members[0]!], coverages: [medical('med-0', 'sub-1')] }),
      family({ members: [members[0]!], coverages: [medical('med-0', 'sub-1', '2026-01-01', '2026-05-31')] }),
    ),
    expected: { Robert: { ins: '025', hd: ['024 EMP', '025 EMP'] } },
  },
];

describe('every fact of the family in the 834', () => {
  for (const fact of facts) {
    it(`${fact.name}: as in the golden file, read back by our reader and by node-x12`, () => {
      const facts834 = { ...file(fact.kind ?? 'change'), carrier: fact.carrier ?? carrier };
      const built = buildFamily(facts834, fact.family);
      expect(built.unmapped).toEqual([]);
      const text = write834(enrollmentFile(facts834, built.members), { lineBreak: '\n' });
      const golden = path.join(GOLDEN, `${fact.name}.edi`);
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, text);
      expect(text).toBe(fs.readFileSync(golden, 'utf8'));

      const ours = read834(text);
      expect(ours.issues).toEqual([]);
      const seen = Object.fromEntries(ours.members.map((m) => [m.name!.first!, { ins: m.maintenanceType, hd: m.coverages.map((c) => `${c.maintenanceType} ${c.coverageLevel}`) }]));
      expect(seen).toEqual(fact.expected);
      fact.check?.(ours, text);

      const independent = new nodeX12.X12Parser(true).parse(text) as { functionalGroups: Array<{ transactions: Array<{ segments: Array<{ tag: string; elements: Array<{ value: string }> }> }> }> };
      const segments = independent.functionalGroups[0]!.transactions[0]!.segments;
      expect(segments.filter((s) => s.tag === 'HD').map((s) => `${s.elements[0]!.value} ${s.elements[4]!.value}`)).toEqual(ours.members.flatMap((m) => m.coverages.map((c) => `${c.maintenanceType} ${c.coverageLevel}`)));
      expect(segments.filter((s) => s.tag === 'REF' && s.elements[0]!.value === '0F').map((s) => s.elements[1]!.value)).toEqual(ours.members.map(() => 'ext-sub-1'));
    });
  }

  it('a full file after the divorce levels the remaining members ECH too', () => {
    const divorced = facts.find((f) => f.name === 'divorce')!.family;
    const read = read834(write834(enrollmentFile(file('full'), buildFamily(file('full'), divorced).members)));
    expect(read.members.map((m) => `${m.name!.first} ${m.coverages.map((c) => c.coverageLevel).join(',')}`)).toEqual(['Robert ECH', 'Mary FAM', 'Michael ECH']);
  });

  it('REF*0F carries the SSN where the carrier asks for it, masked in the record as sent', () => {
    const bySsn = { ...file('change'), carrier: { ...carrier, subscriber_identifier: 'ssn' as const } };
    const built = buildFamily(bySsn, enrolled);
    expect(built.members.map((m) => m.subscriberId)).toEqual(['000000002', '000000002', '000000002']);
    expect(built.record.members.map((m) => m.subscriberId)).toEqual(['*****0002', '*****0002', '*****0002']);
    const withoutSsn = family({ members: [{ ...members[0]!, ssn: null }], coverages: [medical('med-0', 'sub-1')] });
    expect(buildFamilies(bySsn, [withoutSsn]).failed).toEqual([{ subscriberId: 'sub-1', errors: [expect.objectContaining({ error_type: 'transmission.value_not_writable', parameter: 'social_security_number' })] }]);
  });

  it('sends back the member ids the carrier gave (REF*ZZ)', () => {
    const read = read834(write834(enrollmentFile(file('change'), buildFamily(file('change'), { ...enrolled, carrierMemberIds: new Map([['dep-1', 'CAR-77']]) }).members)));
    expect(read.members.map((m) => m.carrierMemberId)).toEqual([undefined, 'CAR-77', undefined]);
  });
});
