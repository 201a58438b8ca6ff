// The 834 we send, for each maintenance type, against golden files (a change to the output is a
// reviewed change to these files: UPDATE_GOLDEN=1 npx vitest run test/x12-golden.test.ts), and parsed
// back both by our reader and by an independent X12 parser (node-x12, strict: counts and control
// numbers checked), used only in tests.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import nodeX12 from 'node-x12';
import { buildFamily, enrollmentFile, type CarrierFacts, type FamilyRecord, type FileFacts, type PersonRecord } from '../src/carriers/transmission/build-834.ts';
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
