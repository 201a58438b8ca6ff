import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageLimitEndDate } from '../age-limit-rules.ts';
import { addDays, compareDates } from '../dates.ts';
import type { CoverageRow } from '../families/family-change.ts';
import type { LoadedFamily } from '../families/family-store.ts';
import type { MemberRow } from '../subscribers/store.ts';
import { nextPeriodDates, renewalPlans, renewedCoverages, type OldPlan } from './renewal-rules.ts';

const plan = (id: string, line: string, external = `${line}-plan`): OldPlan => ({ id, external_identifier: external, description: `${line} plan`, product_line: line, product_type: null, plan_identifier: `${line.toUpperCase()}-1`, voluntary: false });
let counter = 0;
const ids = () => `new-${++counter}`;

describe('the renewed period’s plans', () => {
  it('renews a plan not listed as it is, re-identifies a mapped one, drops one, and merges two of a line', () => {
    const old = [plan('m1', 'medical', 'ppo'), plan('m2', 'medical', 'hmo'), plan('d1', 'dental'), plan('v1', 'vision')];
    const result = renewalPlans(old, [{ from_plan_id: 'm1', external_identifier: 'medical-2027', plan_identifier: 'PPO750' }, { from_plan_id: 'm2', external_identifier: 'medical-2027' }, { from_plan_id: 'd1', drop: true }], ids);
    expect(result.errors).toEqual([]);
    expect(result.plans.map((p) => [p.product_line, p.external_identifier, p.plan_identifier])).toEqual([['medical', 'medical-2027', 'PPO750'], ['vision', 'vision-plan', 'VISION-1']]);
    const [medical, vision] = result.plans;
    expect(result.mapping).toEqual([{ from_plan_id: 'm1', to_plan_id: medical!.id }, { from_plan_id: 'm2', to_plan_id: medical!.id }, { from_plan_id: 'd1', to_plan_id: null }, { from_plan_id: 'v1', to_plan_id: vision!.id }]);
  });

  it('refuses a plan of another period, a plan mapped twice, and two lines merged into one plan, naming each entry', () => {
    const result = renewalPlans([plan('m1', 'medical'), plan('d1', 'dental')], [{ from_plan_id: 'x' }, { from_plan_id: 'm1', external_identifier: 'one' }, { from_plan_id: 'm1' }, { from_plan_id: 'd1', external_identifier: 'one' }], ids);
    expect(result.errors.map((e) => [e.error_type, e.parameter])).toEqual([
      ['unprocessable.plan_not_found', 'renewal.plans[0].from_plan_id'],
      ['invalid_request.parameter_invalid', 'renewal.plans[2].from_plan_id'],
      ['unprocessable.plan_product_line_differs', 'renewal.plans[3].external_identifier'],
    ]);
  });

  it('makes the next plan year from the day after, a year long; refuses one that begins inside the old', () => {
    expect(nextPeriodDates({ coverage_start_date: '2026-01-01', coverage_end_date: '2026-12-31' }, {}).dates).toEqual({ coverage_start_date: '2027-01-01', coverage_end_date: '2027-12-31' });
    expect(nextPeriodDates({ coverage_start_date: '2026-07-01', coverage_end_date: '2027-06-30' }, {}).dates).toEqual({ coverage_start_date: '2027-07-01', coverage_end_date: '2028-06-30' });
    expect(nextPeriodDates({ coverage_start_date: '2026-01-01', coverage_end_date: '2026-12-31' }, { coverage_start_date: '2026-12-31' }).errors.map((e) => e.parameter)).toEqual(['renewal.coverage_start_date']);
  });
});

const member = (id: string, fields: Partial<MemberRow>): MemberRow => ({
  id, organization_id: 'o', group_id: 'g', subscriber_id: 's', subscriber_relationship: 'child', external_identifier: id, location_id: null, first_name: id, middle_name: null, last_name: 'X', suffix: null,
  ssn_sealed: null, ssn_last4: null, ssn_index: null, gender: null, birth_date: null, marital_status: null, residential_address: null, mailing_address: null, emails: [], phone_numbers: [], employment_details: null,
  handicapped: null, tobacco_use: null, removed_on: null, created_at: new Date(), updated_at: new Date(), ...fields,
});
const row = (memberId: string, fields: Partial<CoverageRow> = {}): CoverageRow => ({
  id: `c-${memberId}`, organization_id: 'o', group_id: 'g', subscriber_id: 's', member_id: memberId, coverage_period_id: 'old', plan_id: 'm1', product_line: 'medical', status: 'employer_sponsored',
  start_date: '2026-01-01', end_date: null, volume: null, plan_election_id: null, qualifying_life_event_id: null, replaces_id: null, recorded_at: new Date(), superseded_at: null, superseded_by_event_id: null, ...fields,
});
const familyOf = (dependents: MemberRow[], coverages: CoverageRow[]): LoadedFamily => ({ subscriber: member('s', { subscriber_id: null, subscriber_relationship: 'self' }), dependents, coverages, events: [], status: null, carrierStatuses: [] });
const NEXT = { coverage_start_date: '2027-01-01', coverage_end_date: '2027-12-31' };

describe('a family’s renewed coverages', () => {
  it('rolls forward what is in force on the last day, in the mapped plan; not what ended, a dropped plan or a removed member', () => {
    const family = familyOf([member('kid', { birth_date: '2015-01-01' }), member('gone', { birth_date: '2015-01-01', removed_on: '2026-10-01' })], [
      row('s'), row('s', { id: 'den', plan_id: 'd1', product_line: 'dental' }), row('kid'), row('kid', { id: 'ended', plan_id: 'v1', product_line: 'vision', end_date: '2026-06-30' }), row('gone'),
    ]);
    const result = renewedCoverages(family, '2026-12-31', NEXT, new Map([['m1', 'M'], ['d1', null], ['v1', 'V']]));
    expect(result.started.map((c) => [c.member_id, c.plan_id, c.start_date, c.end_date])).toEqual([['s', 'M', '2027-01-01', null], ['kid', 'M', '2027-01-01', null]]);
    expect(result.notRenewed).toBe(2); // the dental row (dropped) and the removed member's
  });

  it('never renews a child’s coverage past the end of the month of the 26th birthday (any birth date, handicapped or not)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 365 * 30 }), fc.constantFrom(null, false, true), (offset, handicapped) => {
      const birth = addDays('1995-01-01', offset);
      const family = familyOf([member('kid', { birth_date: birth, handicapped })], [row('kid')]);
      const { started } = renewedCoverages(family, '2026-12-31', NEXT, new Map([['m1', 'M']]));
      const limit = ageLimitEndDate(birth);
      if (handicapped) {
        expect(started.map((c) => c.end_date)).toEqual([null]);
        return;
      }
      // Renewed only when the limit is not yet passed on the first day, and then never past it.
      expect(started).toHaveLength(compareDates(limit, NEXT.coverage_start_date) < 0 ? 0 : 1);
      for (const c of started) expect(compareDates(c.end_date ?? '9999-12-31', limit) <= 0 || (c.end_date === null && compareDates(limit, NEXT.coverage_end_date) >= 0)).toBe(true);
    }));
  });
});
