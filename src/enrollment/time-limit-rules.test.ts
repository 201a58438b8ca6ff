import { describe, expect, it } from 'vitest';
import { planCoverageChanges } from './coverage-changes.ts';
import { timeLimitViolations } from './time-limit-rules.ts';
import { context, covers, event, PERIOD_2020, row } from './enrollment-fixtures.ts';
import type { QualifyingLifeEventContext, QualifyingLifeEventInput } from './enrollment-facts.ts';

const judge = (input: QualifyingLifeEventInput, ctx: QualifyingLifeEventContext) => timeLimitViolations(input, planCoverageChanges(input, ctx), ctx);
const limited = (fields: Partial<typeof PERIOD_2020>) => ({ ...PERIOD_2020, ...fields });

describe('the time rules of a coverage period', () => {
  const election = (start: string) => ({ medical: { plan_id: 'medical-ppo', type: 'election' as const, coverages: [covers('subscriber', start)] } });

  it('accepts any date when the period sets no limit', () => {
    const input = event({ event: 'newly_eligible', date: '2020-01-01', plan_elections: election('2020-01-01') });
    expect(judge(input, context({ today: '2026-12-02' }))).toEqual([]);
  });

  it('refuses a change dated more than retroactive_days before today, naming each date field', () => {
    const input = event({ event: 'newly_eligible', date: '2020-01-10', plan_elections: election('2020-01-01') });
    const ctx = context({ today: '2020-04-01', coveragePeriod: limited({ retroactive_days: 60 }) });
    expect(judge(input, ctx)).toEqual([
      expect.objectContaining({ error_type: 'unprocessable.retroactivity_limit', parameter: 'date' }),
      expect.objectContaining({ error_type: 'unprocessable.retroactivity_limit', parameter: 'plan_elections.medical.coverages[0].start_date' }),
    ]);
    // 61 days back is refused, 60 days back is allowed.
    expect(judge(event({ event: 'newly_eligible', date: '2020-02-01', plan_elections: election('2020-02-01') }), ctx)).toEqual([]);
    expect(judge(event({ event: 'newly_eligible', date: '2020-01-31', plan_elections: election('2020-02-01') }), ctx)).toEqual([
      expect.objectContaining({ parameter: 'date' }),
    ]);
  });

  it('refuses a change dated more than future_days ahead', () => {
    const ctx = context({ today: '2020-04-01', coveragePeriod: limited({ future_days: 30 }) });
    expect(judge(event({ event: 'newly_eligible', date: '2020-04-01', plan_elections: election('2020-06-01') }), ctx)).toEqual([
      expect.objectContaining({ error_type: 'unprocessable.future_limit', parameter: 'plan_elections.medical.coverages[0].start_date' }),
    ]);
  });

  it('refuses a termination whose end, from the rule or listed, is too far back', () => {
    const existing = [row({ id: 'm', member_id: 'subscriber', plan_id: 'medical-ppo', product_line: 'medical' })];
    const ctx = context({ today: '2020-09-15', existingCoverages: existing, coveragePeriod: limited({ retroactive_days: 60 }) });
    const found = judge(event({ event: 'termination_of_employment', date: '2020-08-10' }), ctx);
    expect(found).toEqual([]);
    expect(judge(event({ event: 'termination_of_employment', date: '2020-05-10' }), ctx).map((v) => v.parameter)).toEqual(['date']);
  });

  it('lets an open enrollment event change nothing before its window opened, whatever the period sets', () => {
    const existing = [row({ id: 'm', member_id: 'subscriber', plan_id: 'medical-ppo', product_line: 'medical' })];
    // In the window of the next plan year, cancelling this year's coverage back to January: refused.
    const period = limited({ open_enrollment_start_date: '2020-11-01', open_enrollment_end_date: '2020-12-15' });
    const ctx = context({ today: '2020-12-05', existingCoverages: existing, coveragePeriod: period });
    const cancel = event({ event: 'open_enrollment', date: '2020-12-05', plan_elections: { medical: { type: 'waiver', waiver_reason: 'spouse plan' } } });
    // A waiver ends the line the day before the event: 2020-12-04, inside the window: allowed.
    expect(judge(cancel, ctx)).toEqual([]);
    const backToJanuary = event({ event: 'open_enrollment', date: '2020-12-05', plan_elections: { medical: { plan_id: 'medical-hmo', type: 'election', coverages: [covers('subscriber', '2020-01-01')] } } });
    expect(judge(backToJanuary, ctx)).toEqual(expect.arrayContaining([
      expect.objectContaining({ error_type: 'unprocessable.retroactivity_limit', parameter: 'plan_elections.medical.coverages[0].start_date' }),
    ]));
  });
});
