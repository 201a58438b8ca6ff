import { describe, expect, it } from 'vitest';
import type { Member834, ReadMember834 } from '../carriers/x12/index.ts';
import { compareFullFile, countByType, type OurFamily } from './compare.ts';

const subscriber: Member834 = {
  isSubscriber: true,
  relationship: 'self',
  maintenanceType: '030',
  benefitStatus: 'A',
  subscriberId: 'S-1',
  memberReference: 'm-1',
  name: { last: 'Smith', first: 'José' },
  ssn: '222222222',
  address: { line1: '100 Main St', city: 'Springfield', state: 'IL', zip: '62701' },
  demographics: { birthDate: '1981-01-01', gender: 'M' },
  coverages: [
    { maintenanceType: '030', insuranceLineCode: 'HLT', planIdentifier: 'MED-1', coverageLevel: 'EMP', startDate: '2026-01-01' },
    { maintenanceType: '030', insuranceLineCode: 'AG', planIdentifier: 'LIFE-1', coverageLevel: 'EMP', startDate: '2026-01-01', coverageAmountCents: 5000000 },
    // Ended before the file's date: a carrier may have dropped it.
    { maintenanceType: '030', insuranceLineCode: 'VIS', planIdentifier: 'VIS-1', coverageLevel: 'EMP', startDate: '2026-01-01', endDate: '2026-03-31' },
  ],
};
const ours: OurFamily[] = [{ subscriberId: 'sub-1', lastFileDeliveries: new Map([['m-1', 'delivery-1']]), members: [subscriber] }];

/** The carrier's copy of our subscriber, as the reader gives it back. */
const asRead = (member: Member834, change: Partial<ReadMember834> = {}): ReadMember834 => ({
  ...member,
  relationshipCode: '18',
  transactionSetControlNumber: '0001',
  segmentIndex: 10,
  coverages: member.coverages.map(({ planIdentifier, ...c }, i) => ({ ...c, planCoverageDescription: planIdentifier, segmentIndex: 20 + i })),
  ...change,
});

describe('compareFullFile', () => {
  it('finds nothing in the same member, names transliterated as the writer sends them', () => {
    const findings = compareFullFile({ asOf: '2026-06-01', ours, carrier: [asRead(subscriber, { name: { last: 'SMITH', first: 'Jose' } })] });
    expect(findings).toEqual([]);
  });

  it('names each demographic field, the relationship, the volume and the lines only one side has', () => {
    const carrier = asRead(subscriber, {
      relationship: 'spouse',
      relationshipCode: '01',
      ssn: '222229999',
      demographics: { birthDate: '1981-01-01', gender: 'F' },
      address: { line1: '200 Oak Ave', city: 'Springfield', state: 'IL', zip: '62701' },
    });
    carrier.coverages = [
      { ...carrier.coverages[1]!, coverageAmountCents: 2500000 },
      { maintenanceType: '030', insuranceLineCode: 'DEN', planCoverageDescription: 'DEN-1', coverageLevel: 'EMP', startDate: '2026-01-01', segmentIndex: 30 },
    ];
    const findings = compareFullFile({ asOf: '2026-06-01', ours, carrier: [carrier] });
    expect(findings.map((f) => [f.type, f.line ?? f.field, f.ourValue, f.carrierValue])).toEqual([
      ['demographics_differ', 'gender', 'male', 'female'],
      ['demographics_differ', 'ssn_last_four', '2222', '9999'],
      ['demographics_differ', 'address', '100 MAIN ST, SPRINGFIELD, IL, 62701', '200 OAK AVE, SPRINGFIELD, IL, 62701'],
      ['relationship_differs', 'relationship', 'self', 'spouse'],
      ['volume_differs', 'AG', '5000000', '2500000'],
      ['coverage_unknown_to_us', 'DEN', null, 'DEN-1'],
      ['coverage_missing_at_carrier', 'HLT', 'MED-1', null],
    ]);
    expect(findings.every((f) => f.memberId === 'm-1' && f.lastFileDeliveryId === 'delivery-1')).toBe(true);
    expect(countByType(findings)).toMatchObject({ demographics_differ: 3, relationship_differs: 1, volume_differs: 1, coverage_unknown_to_us: 1, coverage_missing_at_carrier: 1, plan_differs: 0 });
  });

  it('keys a difference the same way on every run, so a rerun finds the same work item', () => {
    const carrier = asRead(subscriber, { demographics: { birthDate: '1980-01-01', gender: 'M' } });
    const [first] = compareFullFile({ asOf: '2026-06-01', ours, carrier: [carrier] });
    const [again] = compareFullFile({ asOf: '2026-07-01', ours, carrier: [{ ...carrier, demographics: { birthDate: '1979-01-01', gender: 'M' } }] });
    expect(first!.key).toBe(again!.key);
    expect(again!.carrierValue).toBe('1979-01-01');
  });

  it('does not miss a member at the carrier whose coverage all ended before the file’s date', () => {
    const ended: Member834 = { ...subscriber, memberReference: 'm-2', ssn: '333333333', subscriberId: 'S-2', coverages: [subscriber.coverages[2]!] };
    const findings = compareFullFile({ asOf: '2026-06-01', ours: [...ours, { subscriberId: 'sub-2', lastFileDeliveries: new Map(), members: [ended] }], carrier: [asRead(subscriber)] });
    expect(findings).toEqual([]);
    const before = compareFullFile({ asOf: '2026-03-01', ours: [...ours, { subscriberId: 'sub-2', lastFileDeliveries: new Map(), members: [ended] }], carrier: [asRead(subscriber)] });
    expect(before.map((f) => [f.type, f.memberId])).toEqual([['member_missing_at_carrier', 'm-2']]);
  });
});
