import { describe, expect, it } from 'vitest';
import type { PlanElections, QualifyingLifeEventInput } from './enrollment-facts.ts';
import {
  CHILD,
  CHILD_ID,
  NEWBORN,
  NEWBORN_ID,
  PERIOD_2020,
  SPOUSE,
  SPOUSE_ID,
  SUBSCRIBER_ID,
  context,
  covers,
  event,
  family,
} from './enrollment-fixtures.ts';
import { validateQualifyingLifeEvent } from './qualifying-life-event-rules.ts';

type ContextFields = Parameters<typeof context>[0];

/** The violations as [error_type, parameter] pairs: what a client sees first. */
function faults(input: QualifyingLifeEventInput, fields: ContextFields = {}): Array<[string, string]> {
  return validateQualifyingLifeEvent(input, context(fields)).map((v) => [v.error_type, v.parameter]);
}

const medical = (coverages: ReturnType<typeof covers>[], plan_id = 'medical-ppo'): PlanElections => ({
  medical: { plan_id, type: 'election', coverages },
});

const family3 = medical([covers(SUBSCRIBER_ID), covers(SPOUSE_ID), covers(CHILD_ID)]);

describe('a valid qualifying life event', () => {
  it('accepts the reference termination', () => {
    const reference: QualifyingLifeEventInput = {
      event: 'termination_of_employment',
      date: '2020-05-01',
      eligibility_start_date: '2020-01-01',
      coverage_period_id: 'period-2020',
      plan_elections: {
        medical: {
          plan_id: 'medical-ppo',
          type: 'election',
          coverages: [
            { member_id: SUBSCRIBER_ID, status: 'employer_sponsored', start_date: '2020-01-01', end_date: '2020-05-31' },
            { member_id: SPOUSE_ID, status: 'employer_sponsored', start_date: '2020-01-01', end_date: '2020-05-31' },
          ],
        },
      },
    };
    expect(validateQualifyingLifeEvent(reference, context())).toEqual([]);
  });

  it('accepts an initial enrollment of the family with a waiver', () => {
    const input = event({
      event: 'initial_enrollment',
      date: '2020-01-01',
      plan_elections: { ...family3, vision: { type: 'waiver', waiver_reason: 'covered elsewhere' } },
    });
    expect(faults(input)).toEqual([]);
  });

  it('accepts an election of a specific line with a plan of its general line', () => {
    const input = event({
      event: 'newly_eligible',
      date: '2020-01-01',
      plan_elections: { short_term_disability: { plan_id: 'std-plan', type: 'election', coverages: [covers(SUBSCRIBER_ID, '2020-01-01', { volume: 80000 })] } },
    });
    expect(faults(input)).toEqual([]);
  });
});

describe('the event itself', () => {
  it('rejects a date that is not a calendar date', () => {
    expect(faults(event({ event: 'newly_eligible', date: '2021-02-29' }))).toEqual([['invalid_request.parameter_invalid', 'date']]);
    expect(faults(event({ event: 'newly_eligible', date: '2020-05-01', eligibility_start_date: '2020-13-01' }))).toEqual([
      ['invalid_request.parameter_invalid', 'eligibility_start_date'],
    ]);
  });

  it('rejects another coverage period', () => {
    expect(faults({ ...event({ event: 'newly_eligible', date: '2020-05-01' }), coverage_period_id: 'period-2019' })).toEqual([
      ['unprocessable.coverage_period_mismatch', 'coverage_period_id'],
    ]);
  });

  it('rejects a new hire whose date is not the employment start date', () => {
    expect(faults(event({ event: 'new_hire', date: '2018-03-16' }))).toEqual([['unprocessable.new_hire_date_mismatch', 'date']]);
    expect(faults(event({ event: 'new_hire', date: '2018-03-15' }))).toEqual([]);
  });

  it('rejects a termination before employment began', () => {
    expect(faults(event({ event: 'termination_of_employment', date: '2018-03-14' }))).toEqual([
      ['unprocessable.termination_before_employment_start', 'date'],
    ]);
  });

  it('rejects an open enrollment outside the open enrollment window', () => {
    expect(faults(event({ event: 'open_enrollment', date: '2019-12-01' }))).toEqual([['unprocessable.outside_open_enrollment', 'date']]);
    expect(faults(event({ event: 'open_enrollment', date: '2019-11-30' }))).toEqual([]);
  });

  it('rejects a birth in the future', () => {
    expect(faults(event({ event: 'birth', date: '2020-04-02' }), { today: '2020-04-01' })).toEqual([['unprocessable.event_date_in_future', 'date']]);
  });

  it('accepts a birth reported on the last day of the window and rejects it a day later', () => {
    const birth = event({ event: 'birth', date: '2020-03-10', member_id: NEWBORN_ID });
    expect(faults(birth, { today: '2020-05-09' })).toEqual([]);
    expect(faults(birth, { today: '2020-05-10' })).toEqual([['unprocessable.event_reported_late', 'date']]);
  });

  it('uses the coverage period\'s own reporting window for an adoption', () => {
    const adoption = event({ event: 'adoption', date: '2020-03-10', member_id: CHILD_ID });
    const period = { ...PERIOD_2020, birth_enrollment_window_days: 30 };
    expect(faults(adoption, { today: '2020-04-10', coveragePeriod: period })).toEqual([['unprocessable.event_reported_late', 'date']]);
    expect(faults(adoption, { today: '2020-04-09', coveragePeriod: period })).toEqual([]);
  });

  it('rejects a birth dated otherwise than the child\'s birth date', () => {
    expect(faults(event({ event: 'birth', date: '2020-03-11', member_id: NEWBORN_ID }))).toEqual([['unprocessable.birth_date_mismatch', 'date']]);
  });
});

describe('the member an event names', () => {
  it('must belong to this subscriber', () => {
    expect(faults(event({ event: 'death', date: '2020-05-01', member_id: 'stranger' }))).toEqual([['unprocessable.member_not_found', 'member_id']]);
  });

  it('must be a spouse or partner for a marriage or divorce', () => {
    expect(faults(event({ event: 'marriage', date: '2020-05-01', member_id: CHILD_ID }))).toEqual([['unprocessable.relationship_mismatch', 'member_id']]);
    expect(faults(event({ event: 'divorce', date: '2020-05-01', member_id: SUBSCRIBER_ID }))).toEqual([['unprocessable.relationship_mismatch', 'member_id']]);
  });

  it('must be a current dependent for a birth, adoption or marriage', () => {
    const removed = family([{ ...SPOUSE, removed_on: '2020-01-31' }]);
    expect(faults(event({ event: 'marriage', date: '2020-05-01', member_id: SPOUSE_ID }), { subscriber: removed })).toEqual([
      ['unprocessable.member_removed', 'member_id'],
    ]);
  });

  it('is required for a divorce when the former spouse cannot be told', () => {
    expect(faults(event({ event: 'divorce', date: '2020-05-01' }), { subscriber: family([CHILD]) })).toEqual([
      ['invalid_request.parameter_required', 'member_id'],
    ]);
    expect(faults(event({ event: 'divorce', date: '2020-05-01' }))).toEqual([]);
  });
});

describe('plan elections', () => {
  const at = (date: string, plan_elections: PlanElections, kind: QualifyingLifeEventInput['event'] = 'newly_eligible') =>
    event({ event: kind, date, plan_elections });

  it('reject an unknown product line', () => {
    const input = { ...at('2020-05-01', {}), plan_elections: { jewelry: { type: 'waiver', waiver_reason: 'x' } } } as unknown as QualifyingLifeEventInput;
    expect(faults(input)).toEqual([['invalid_request.parameter_invalid', 'plan_elections.jewelry']]);
  });

  it('reject an election without a plan', () => {
    expect(faults(at('2020-05-01', { medical: { type: 'election', coverages: [covers(SUBSCRIBER_ID)] } }))).toEqual([
      ['invalid_request.parameter_required', 'plan_elections.medical.plan_id'],
    ]);
  });

  it('reject a plan not offered in the coverage period', () => {
    expect(faults(at('2020-05-01', medical([covers(SUBSCRIBER_ID)], 'medical-2019')))).toEqual([
      ['unprocessable.plan_not_found', 'plan_elections.medical.plan_id'],
    ]);
    const foreign = [{ id: 'medical-ppo', coverage_period_id: 'period-2019', product_line: 'medical' as const }];
    expect(faults(at('2020-05-01', medical([covers(SUBSCRIBER_ID)])), { plans: foreign })).toEqual([
      ['unprocessable.plan_not_found', 'plan_elections.medical.plan_id'],
    ]);
  });

  it('reject a plan of another product line', () => {
    expect(faults(at('2020-05-01', { dental: { plan_id: 'medical-ppo', type: 'election', coverages: [covers(SUBSCRIBER_ID)] } }))).toEqual([
      ['unprocessable.plan_product_line_mismatch', 'plan_elections.dental.plan_id'],
    ]);
  });

  it('reject an election that covers no one', () => {
    expect(faults(at('2020-05-01', medical([])))).toEqual([['invalid_request.parameter_required', 'plan_elections.medical.coverages']]);
    expect(faults(at('2020-05-01', { medical: { plan_id: 'medical-ppo', type: 'election' } }))).toEqual([
      ['invalid_request.parameter_required', 'plan_elections.medical.coverages'],
    ]);
  });

  it('reject a waiver without a reason, or with coverages', () => {
    expect(faults(at('2020-05-01', { vision: { type: 'waiver', waiver_reason: '  ' } }))).toEqual([
      ['invalid_request.parameter_required', 'plan_elections.vision.waiver_reason'],
    ]);
    expect(faults(at('2020-05-01', { vision: { type: 'waiver', waiver_reason: 'declined', coverages: [covers(SUBSCRIBER_ID)] } }))).toEqual([
      ['invalid_request.parameter_not_allowed', 'plan_elections.vision.coverages'],
    ]);
  });

  it('reject an unknown election type', () => {
    const input = at('2020-05-01', { medical: { type: 'maybe', coverages: [] } } as unknown as PlanElections);
    expect(faults(input)).toEqual([['invalid_request.parameter_invalid', 'plan_elections.medical.type']]);
  });
});

describe('coverages', () => {
  const at = (coverages: ReturnType<typeof covers>[], kind: QualifyingLifeEventInput['event'] = 'newly_eligible', date = '2020-05-01') =>
    event({ event: kind, date, plan_elections: medical(coverages) });

  it('reject a member who is not in the family', () => {
    expect(faults(at([covers(SUBSCRIBER_ID), covers('stranger')]))).toEqual([
      ['unprocessable.member_not_found', 'plan_elections.medical.coverages[1].member_id'],
    ]);
  });

  it('reject a removed dependent covered past the removal, and accept coverage that ends by then', () => {
    const subscriber = family([{ ...SPOUSE, removed_on: '2020-04-15' }]);
    expect(faults(at([covers(SUBSCRIBER_ID), covers(SPOUSE_ID)]), { subscriber })).toEqual([
      ['unprocessable.member_removed', 'plan_elections.medical.coverages[1].member_id'],
    ]);
    expect(faults(at([covers(SUBSCRIBER_ID), covers(SPOUSE_ID, '2020-01-01', { end_date: '2020-04-15' })]), { subscriber })).toEqual([]);
  });

  it('reject a member listed twice in a product line', () => {
    expect(faults(at([covers(SUBSCRIBER_ID), covers(CHILD_ID), covers(CHILD_ID, '2020-06-01')]))).toEqual([
      ['invalid_request.duplicate_member', 'plan_elections.medical.coverages[2].member_id'],
    ]);
  });

  it('reject dates that are not calendar dates', () => {
    expect(faults(at([covers(SUBSCRIBER_ID, '2020-02-30'), covers(SPOUSE_ID, '2020-01-01', { end_date: '2020-06-31' })]))).toEqual([
      ['invalid_request.parameter_invalid', 'plan_elections.medical.coverages[0].start_date'],
      ['invalid_request.parameter_invalid', 'plan_elections.medical.coverages[1].end_date'],
    ]);
  });

  it('reject an end before the start', () => {
    expect(faults(at([covers(SUBSCRIBER_ID, '2020-06-01', { end_date: '2020-05-31' })]))).toEqual([
      ['invalid_request.end_date_before_start_date', 'plan_elections.medical.coverages[0].end_date'],
    ]);
  });

  it('reject dates outside the coverage period', () => {
    expect(faults(at([covers(SUBSCRIBER_ID, '2019-12-31')]))).toEqual([
      ['unprocessable.coverage_outside_period', 'plan_elections.medical.coverages[0].start_date'],
    ]);
    expect(faults(at([covers(SUBSCRIBER_ID, '2020-01-01', { end_date: '2021-01-31' })]))).toEqual([
      ['unprocessable.coverage_outside_period', 'plan_elections.medical.coverages[0].end_date'],
    ]);
  });

  it('reject a volume that is not a whole number of cents', () => {
    expect(faults(at([covers(SUBSCRIBER_ID, '2020-01-01', { volume: 800.5 })]))).toEqual([
      ['invalid_request.parameter_invalid', 'plan_elections.medical.coverages[0].volume'],
    ]);
  });

  it('reject a dependent covered without the subscriber', () => {
    expect(faults(at([covers(SPOUSE_ID), covers(CHILD_ID)]))).toEqual([
      ['unprocessable.subscriber_not_covered', 'plan_elections.medical.coverages[0].member_id'],
      ['unprocessable.subscriber_not_covered', 'plan_elections.medical.coverages[1].member_id'],
    ]);
  });

  it('reject a dependent covered before or after the subscriber', () => {
    expect(faults(at([covers(SUBSCRIBER_ID, '2020-03-01', { end_date: '2020-08-31' }), covers(CHILD_ID, '2020-02-01')]))).toEqual([
      ['unprocessable.subscriber_not_covered', 'plan_elections.medical.coverages[1].start_date'],
      ['unprocessable.subscriber_not_covered', 'plan_elections.medical.coverages[1].end_date'],
    ]);
  });

  it('reject two spouses or partners covered on the same days', () => {
    const partner = { id: 'partner', is_subscriber: false, subscriber_relationship: 'registered_domestic_partner' as const };
    const subscriber = family([SPOUSE, partner]);
    expect(faults(at([covers(SUBSCRIBER_ID), covers(SPOUSE_ID), covers('partner', '2020-06-01')]), { subscriber })).toEqual([
      ['unprocessable.multiple_spouses', 'plan_elections.medical.coverages[2].member_id'],
    ]);
    const oneAfterTheOther = [covers(SUBSCRIBER_ID), covers(SPOUSE_ID, '2020-01-01', { end_date: '2020-05-31' }), covers('partner', '2020-06-01')];
    expect(faults(at(oneAfterTheOther), { subscriber })).toEqual([]);
  });

  it('reject a newborn\'s coverage that does not start on the birth date', () => {
    const input = event({
      event: 'birth',
      date: '2020-03-10',
      plan_elections: medical([covers(SUBSCRIBER_ID), covers(NEWBORN_ID, '2020-04-01')]),
    });
    expect(faults(input)).toEqual([['unprocessable.child_coverage_start_mismatch', 'plan_elections.medical.coverages[1].start_date']]);
    expect(faults({ ...input, member_id: NEWBORN_ID })).toEqual([
      ['unprocessable.child_coverage_start_mismatch', 'plan_elections.medical.coverages[1].start_date'],
    ]);
  });

  it('let other members change from another date on a birth', () => {
    const input = event({
      event: 'birth',
      date: '2020-03-10',
      member_id: NEWBORN_ID,
      plan_elections: medical([covers(SUBSCRIBER_ID), covers(SPOUSE_ID, '2020-04-01'), covers(NEWBORN_ID, '2020-03-10')]),
    });
    expect(faults(input, { subscriber: family([SPOUSE, NEWBORN]) })).toEqual([]);
  });
});

describe('COBRA elections', () => {
  const cobra = (coverages: ReturnType<typeof covers>[]) => event({ event: 'cobra', date: '2020-05-01', plan_elections: medical(coverages) });

  it('reject coverage that is not a COBRA continuation', () => {
    expect(faults(cobra([covers(SUBSCRIBER_ID, '2020-06-01')]))).toEqual([
      ['invalid_request.cobra_status_required', 'plan_elections.medical.coverages[0].status'],
    ]);
  });

  it('let a dependent continue alone, even one removed by a divorce', () => {
    const subscriber = family([{ ...SPOUSE, removed_on: '2020-05-01' }, CHILD]);
    expect(faults(cobra([covers(SPOUSE_ID, '2020-06-01', { status: 'cobra' })]), { subscriber })).toEqual([]);
  });

  it('still reject a removed dependent on employer coverage outside COBRA', () => {
    const subscriber = family([{ ...SPOUSE, removed_on: '2020-05-01' }]);
    const input = event({ event: 'newly_eligible', date: '2020-06-01', plan_elections: medical([covers(SUBSCRIBER_ID), covers(SPOUSE_ID, '2020-06-01', { status: 'cobra' })]) });
    expect(faults(input, { subscriber })).toEqual([['unprocessable.member_removed', 'plan_elections.medical.coverages[1].member_id']]);
  });
});

describe('violation messages', () => {
  it('say what is wrong and what to do, in a sentence', () => {
    const violations = validateQualifyingLifeEvent(
      event({ event: 'newly_eligible', date: '2020-05-01', plan_elections: medical([covers(CHILD_ID, '2019-12-01')]) }),
      context(),
    );
    expect(violations.length).toBeGreaterThan(0);
    for (const { message } of violations) expect(message).toMatch(/^[A-Z].+\.$/);
  });
});
