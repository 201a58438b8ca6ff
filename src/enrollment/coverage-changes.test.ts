import { describe, expect, it } from 'vitest';
import { planCoverageChanges } from './coverage-changes.ts';
import type { ExistingCoverage, QualifyingLifeEventInput } from './enrollment-facts.ts';
import {
  CHILD,
  CHILD_ID,
  NEWBORN_ID,
  PERIOD_2020,
  SPOUSE,
  SPOUSE_ID,
  SUBSCRIBER_ID,
  context,
  covers,
  event,
  family,
  row,
} from './enrollment-fixtures.ts';

/** The family's coverage in force since 2020-01-01: medical for all three, dental for two, vision, life. */
function coverageInForce() {
  return {
    subscriberMedical: row({ id: 'sub-medical', member_id: SUBSCRIBER_ID, plan_id: 'medical-ppo', product_line: 'medical' }),
    spouseMedical: row({ id: 'spouse-medical', member_id: SPOUSE_ID, plan_id: 'medical-ppo', product_line: 'medical' }),
    childMedical: row({ id: 'child-medical', member_id: CHILD_ID, plan_id: 'medical-ppo', product_line: 'medical' }),
    subscriberDental: row({ id: 'sub-dental', member_id: SUBSCRIBER_ID, plan_id: 'dental-base', product_line: 'dental' }),
    spouseDental: row({ id: 'spouse-dental', member_id: SPOUSE_ID, plan_id: 'dental-base', product_line: 'dental' }),
    subscriberVision: row({ id: 'sub-vision', member_id: SUBSCRIBER_ID, plan_id: 'vision-base', product_line: 'vision' }),
    subscriberLife: row({ id: 'sub-life', member_id: SUBSCRIBER_ID, plan_id: 'life-basic', product_line: 'voluntary_life', volume: 5_000_000 }),
  };
}

function changesFor(input: QualifyingLifeEventInput, rows: ExistingCoverage[], fields: Parameters<typeof context>[0] = {}) {
  return planCoverageChanges(input, context({ existingCoverages: rows, ...fields }));
}

const endedAll = (ids: string[], end_date: string) => ids.map((coverage_id) => ({ coverage_id, end_date }));

describe('a termination of employment', () => {
  it('ends the subscriber and the spouse on 2020-05-31 for a termination on 2020-05-01 (the reference example)', () => {
    const { subscriberMedical, spouseMedical } = coverageInForce();
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
    const changes = changesFor(reference, [subscriberMedical, spouseMedical], { subscriber: family([SPOUSE]) });
    expect(changes).toEqual({
      ended: endedAll(['sub-medical', 'spouse-medical'], '2020-05-31'),
      started: [],
      waived: [],
    });
  });

  it('ends every coverage at the end of the month of a termination, in every line', () => {
    const rows = Object.values(coverageInForce());
    const changes = changesFor(event({ event: 'termination_of_employment', date: '2020-05-01' }), rows);
    expect(changes.ended).toEqual(endedAll(rows.map((r) => r.id), '2020-05-31'));
    expect(changes.started).toEqual([]);
  });

  it('ends every coverage on the event date when the coverage period says so', () => {
    const rows = Object.values(coverageInForce());
    const changes = changesFor(event({ event: 'termination_of_employment', date: '2020-05-14' }), rows, {
      coveragePeriod: { ...PERIOD_2020, termination_rule: 'event_date' },
    });
    expect(changes.ended).toEqual(endedAll(rows.map((r) => r.id), '2020-05-14'));
  });

  it('keeps the earlier end of a coverage that already ends before the termination takes effect', () => {
    const { subscriberMedical, spouseDental } = coverageInForce();
    const endingInMarch = { ...spouseDental, end_date: '2020-03-31' };
    const endingInDecember = { ...subscriberMedical, end_date: '2020-12-31' };
    const changes = changesFor(event({ event: 'termination_of_employment', date: '2020-05-01' }), [endingInMarch, endingInDecember]);
    expect(changes.ended).toEqual([{ coverage_id: 'sub-medical', end_date: '2020-05-31' }]);
  });

  it('takes an end date listed for a member and line over the rule, and the rule for the rest', () => {
    const { subscriberMedical, spouseMedical, subscriberDental } = coverageInForce();
    const input = event({
      event: 'termination_of_employment',
      date: '2020-05-01',
      plan_elections: {
        medical: { plan_id: 'medical-ppo', type: 'election', coverages: [covers(SUBSCRIBER_ID, '2020-01-01', { end_date: '2020-05-15' })] },
      },
    });
    const changes = changesFor(input, [subscriberMedical, spouseMedical, subscriberDental]);
    expect(changes.ended).toEqual([
      { coverage_id: 'sub-medical', end_date: '2020-05-15' },
      { coverage_id: 'spouse-medical', end_date: '2020-05-31' },
      { coverage_id: 'sub-dental', end_date: '2020-05-31' },
    ]);
  });

  it('cancels coverage already elected for a later period: it ends the day before it would have started', () => {
    const nextYear = row({ id: 'medical-2021', member_id: SUBSCRIBER_ID, plan_id: 'medical-ppo-2021', product_line: 'medical', coverage_period_id: 'period-2021', start_date: '2021-01-01' });
    const changes = changesFor(event({ event: 'termination_of_employment', date: '2020-12-10' }), [nextYear]);
    expect(changes.ended).toEqual([{ coverage_id: 'medical-2021', end_date: '2020-12-31' }]);
  });

  it('leaves rows that were already cancelled alone, and the coverage of other families', () => {
    const cancelled = row({ id: 'cancelled', member_id: SUBSCRIBER_ID, plan_id: 'medical-hmo', product_line: 'medical', start_date: '2020-03-01', end_date: '2020-02-29' });
    const stranger = row({ id: 'stranger', member_id: 'someone-else', plan_id: 'medical-ppo', product_line: 'medical' });
    const changes = changesFor(event({ event: 'termination_of_employment', date: '2020-05-01' }), [cancelled, stranger]);
    expect(changes.ended).toEqual([]);
  });
});

describe('a death', () => {
  it('of the subscriber ends the whole family\'s coverage like a termination', () => {
    const rows = Object.values(coverageInForce());
    const changes = changesFor(event({ event: 'death', date: '2020-05-20' }), rows);
    expect(changes.ended).toEqual(endedAll(rows.map((r) => r.id), '2020-05-31'));
  });

  it('of a dependent ends only that dependent\'s coverage', () => {
    const rows = Object.values(coverageInForce());
    const changes = changesFor(event({ event: 'death', date: '2020-05-20', member_id: CHILD_ID }), rows);
    expect(changes.ended).toEqual([{ coverage_id: 'child-medical', end_date: '2020-05-31' }]);
  });
});

describe('a divorce', () => {
  it('ends the former spouse\'s coverage in every line at the end of the month', () => {
    const rows = Object.values(coverageInForce());
    const changes = changesFor(event({ event: 'divorce', date: '2020-06-12', member_id: SPOUSE_ID }), rows);
    expect(changes).toEqual({ ended: endedAll(['spouse-medical', 'spouse-dental'], '2020-06-30'), started: [], waived: [] });
  });

  it('cancels the former spouse\'s coverage already elected for the next period', () => {
    const nextYear = row({ id: 'spouse-medical-2021', member_id: SPOUSE_ID, plan_id: 'medical-ppo-2021', product_line: 'medical', coverage_period_id: 'period-2021', start_date: '2021-01-01' });
    const changes = changesFor(event({ event: 'divorce', date: '2020-12-12', member_id: SPOUSE_ID }), [nextYear]);
    expect(changes.ended).toEqual([{ coverage_id: 'spouse-medical-2021', end_date: '2020-12-31' }]);
  });

  it('finds the former spouse when the divorce names no one', () => {
    const rows = Object.values(coverageInForce());
    const changes = changesFor(event({ event: 'divorce', date: '2020-06-12' }), rows);
    expect(changes.ended.map((e) => e.coverage_id)).toEqual(['spouse-medical', 'spouse-dental']);
  });

  it('ends the unlisted former spouse at the end of the month, not before the family\'s unchanged start', () => {
    const { subscriberMedical, spouseMedical, childMedical } = coverageInForce();
    const input = event({
      event: 'divorce',
      date: '2020-06-12',
      member_id: SPOUSE_ID,
      plan_elections: { medical: { plan_id: 'medical-ppo', type: 'election', coverages: [covers(SUBSCRIBER_ID), covers(CHILD_ID)] } },
    });
    const changes = changesFor(input, [subscriberMedical, spouseMedical, childMedical]);
    expect(changes).toEqual({ ended: [{ coverage_id: 'spouse-medical', end_date: '2020-06-30' }], started: [], waived: [] });
  });
});

describe('a loss of coverage', () => {
  it('for a dependent, with nothing elected, ends that dependent\'s coverage', () => {
    const rows = Object.values(coverageInForce());
    const changes = changesFor(event({ event: 'loss_of_coverage', date: '2020-08-03', member_id: SPOUSE_ID }), rows);
    expect(changes.ended).toEqual(endedAll(['spouse-medical', 'spouse-dental'], '2020-08-31'));
  });

  it('that adds a dependent to one line leaves their other lines alone', () => {
    const { subscriberMedical, spouseMedical, subscriberDental } = coverageInForce();
    const input = event({
      event: 'loss_of_coverage',
      date: '2020-08-03',
      member_id: SPOUSE_ID,
      plan_elections: {
        dental: { plan_id: 'dental-base', type: 'election', coverages: [covers(SUBSCRIBER_ID), covers(SPOUSE_ID, '2020-09-01')] },
      },
    });
    const changes = changesFor(input, [subscriberMedical, spouseMedical, subscriberDental]);
    expect(changes.ended).toEqual([]);
    expect(changes.started).toEqual([
      { member_id: SPOUSE_ID, plan_id: 'dental-base', product_line: 'dental', status: 'employer_sponsored', start_date: '2020-09-01', end_date: null, volume: null },
    ]);
  });
});

describe('elections', () => {
  const medical = (coverages: ReturnType<typeof covers>[], plan_id = 'medical-ppo') => ({
    medical: { plan_id, type: 'election' as const, coverages },
  });

  it('change nothing when they restate the coverage in force', () => {
    const { subscriberMedical, spouseMedical, childMedical } = coverageInForce();
    const input = event({ event: 'newly_eligible', date: '2020-07-01', plan_elections: medical([covers(SUBSCRIBER_ID), covers(SPOUSE_ID), covers(CHILD_ID)]) });
    expect(changesFor(input, [subscriberMedical, spouseMedical, childMedical])).toEqual({ ended: [], started: [], waived: [] });
  });

  it('add a child: a new row starts and nothing ends', () => {
    const { subscriberMedical, spouseMedical } = coverageInForce();
    const input = event({ event: 'newly_eligible', date: '2020-07-01', plan_elections: medical([covers(SUBSCRIBER_ID), covers(SPOUSE_ID), covers(CHILD_ID, '2020-07-01')]) });
    const changes = changesFor(input, [subscriberMedical, spouseMedical], { subscriber: family([SPOUSE, CHILD]) });
    expect(changes).toEqual({
      ended: [],
      started: [{ member_id: CHILD_ID, plan_id: 'medical-ppo', product_line: 'medical', status: 'employer_sponsored', start_date: '2020-07-01', end_date: null, volume: null }],
      waived: [],
    });
  });

  it('add a newborn from the day of birth', () => {
    const { subscriberMedical, spouseMedical } = coverageInForce();
    const input = event({ event: 'birth', date: '2020-03-10', member_id: NEWBORN_ID, plan_elections: medical([covers(SUBSCRIBER_ID), covers(SPOUSE_ID), covers(NEWBORN_ID, '2020-03-10')]) });
    const changes = changesFor(input, [subscriberMedical, spouseMedical]);
    expect(changes.ended).toEqual([]);
    expect(changes.started).toMatchObject([{ member_id: NEWBORN_ID, start_date: '2020-03-10' }]);
  });

  it('remove a dependent no longer listed: their coverage ends the day before the event', () => {
    const { subscriberMedical, spouseMedical, childMedical } = coverageInForce();
    const input = event({ event: 'newly_eligible', date: '2020-07-01', plan_elections: medical([covers(SUBSCRIBER_ID), covers(SPOUSE_ID)]) });
    const changes = changesFor(input, [subscriberMedical, spouseMedical, childMedical]);
    expect(changes).toEqual({ ended: [{ coverage_id: 'child-medical', end_date: '2020-06-30' }], started: [], waived: [] });
  });

  it('change the plan: each old row ends the day before the new plan starts', () => {
    const { subscriberMedical, spouseMedical, childMedical } = coverageInForce();
    const input = event({
      event: 'marriage',
      date: '2020-06-20',
      member_id: SPOUSE_ID,
      plan_elections: medical([covers(SUBSCRIBER_ID, '2020-07-01'), covers(SPOUSE_ID, '2020-07-01')], 'medical-hmo'),
    });
    const changes = changesFor(input, [subscriberMedical, spouseMedical, childMedical]);
    expect(changes.ended).toEqual(endedAll(['sub-medical', 'spouse-medical', 'child-medical'], '2020-06-30'));
    expect(changes.started).toEqual([
      { member_id: SUBSCRIBER_ID, plan_id: 'medical-hmo', product_line: 'medical', status: 'employer_sponsored', start_date: '2020-07-01', end_date: null, volume: null },
      { member_id: SPOUSE_ID, plan_id: 'medical-hmo', product_line: 'medical', status: 'employer_sponsored', start_date: '2020-07-01', end_date: null, volume: null },
    ]);
  });

  it('change the volume: the old amount ends and the new one starts', () => {
    const { subscriberLife } = coverageInForce();
    const input = event({
      event: 'marriage',
      date: '2020-06-20',
      plan_elections: { voluntary_life: { plan_id: 'life-basic', type: 'election', coverages: [covers(SUBSCRIBER_ID, '2020-07-01', { volume: 10_000_000 })] } },
    });
    const changes = changesFor(input, [subscriberLife]);
    expect(changes.ended).toEqual([{ coverage_id: 'sub-life', end_date: '2020-06-30' }]);
    expect(changes.started).toMatchObject([{ member_id: SUBSCRIBER_ID, product_line: 'voluntary_life', start_date: '2020-07-01', volume: 10_000_000 }]);
  });

  it('waive vision: the coverage ends the day before the event and the reason is kept', () => {
    const { subscriberVision, subscriberMedical } = coverageInForce();
    const input = event({ event: 'newly_eligible', date: '2020-07-01', plan_elections: { vision: { type: 'waiver', waiver_reason: 'covered by spouse' } } });
    const changes = changesFor(input, [subscriberVision, subscriberMedical]);
    expect(changes).toEqual({
      ended: [{ coverage_id: 'sub-vision', end_date: '2020-06-30' }],
      started: [],
      waived: [{ product_line: 'vision', waiver_reason: 'covered by spouse' }],
    });
  });

  it('cancel the old row when the new one starts on the same day', () => {
    const { subscriberMedical } = coverageInForce();
    const input = event({ event: 'initial_enrollment', date: '2020-01-01', plan_elections: medical([covers(SUBSCRIBER_ID)], 'medical-hmo') });
    const changes = changesFor(input, [subscriberMedical], { subscriber: family([]) });
    expect(changes.ended).toEqual([{ coverage_id: 'sub-medical', end_date: '2019-12-31' }]);
    expect(changes.started).toMatchObject([{ plan_id: 'medical-hmo', start_date: '2020-01-01' }]);
  });

  it('end a listed coverage on its explicit end date without starting anything', () => {
    const { subscriberMedical, spouseMedical } = coverageInForce();
    const input = event({
      event: 'newly_eligible',
      date: '2020-07-01',
      plan_elections: medical([covers(SUBSCRIBER_ID), covers(SPOUSE_ID, '2020-01-01', { end_date: '2020-08-31' })]),
    });
    const changes = changesFor(input, [subscriberMedical, spouseMedical]);
    expect(changes).toEqual({ ended: [{ coverage_id: 'spouse-medical', end_date: '2020-08-31' }], started: [], waived: [] });
  });

  it('reinstate a coverage that had ended: a new row picks up the next day', () => {
    const ended = { ...coverageInForce().subscriberMedical, end_date: '2020-05-31' };
    const input = event({ event: 're_hire', date: '2020-06-01', plan_elections: medical([covers(SUBSCRIBER_ID)]) });
    const changes = changesFor(input, [ended], { subscriber: family([]) });
    expect(changes.ended).toEqual([]);
    expect(changes.started).toMatchObject([{ member_id: SUBSCRIBER_ID, plan_id: 'medical-ppo', start_date: '2020-06-01', end_date: null }]);
  });

  it('remove the unlisted on the day before the earliest new start', () => {
    const { subscriberMedical, spouseMedical, childMedical } = coverageInForce();
    const input = event({
      event: 'newly_eligible',
      date: '2020-06-15',
      plan_elections: medical([covers(SUBSCRIBER_ID, '2020-08-01'), covers(SPOUSE_ID, '2020-07-01')], 'medical-hmo'),
    });
    const changes = changesFor(input, [subscriberMedical, spouseMedical, childMedical]);
    expect(changes.ended).toEqual([
      { coverage_id: 'sub-medical', end_date: '2020-07-31' },
      { coverage_id: 'spouse-medical', end_date: '2020-06-30' },
      { coverage_id: 'child-medical', end_date: '2020-06-30' },
    ]);
  });

  it('leave other coverage periods and unelected lines alone', () => {
    const { subscriberMedical, subscriberDental } = coverageInForce();
    const lastYear = { ...subscriberMedical, id: 'medical-2019', coverage_period_id: 'period-2019', start_date: '2019-01-01', end_date: null };
    const input = event({ event: 'newly_eligible', date: '2020-07-01', plan_elections: medical([covers(SUBSCRIBER_ID, '2020-07-01')], 'medical-hmo') });
    const changes = changesFor(input, [lastYear, subscriberMedical, subscriberDental], { subscriber: family([]) });
    expect(changes.ended).toEqual([{ coverage_id: 'sub-medical', end_date: '2020-06-30' }]);
  });
});

describe('COBRA', () => {
  const terminated = () => {
    const rows = coverageInForce();
    return {
      subscriberMedical: { ...rows.subscriberMedical, end_date: '2020-05-31' },
      spouseMedical: { ...rows.spouseMedical, end_date: '2020-05-31' },
      subscriberLife: { ...rows.subscriberLife, end_date: '2020-05-31' },
      spouseDental: { ...rows.spouseDental, end_date: '2020-03-31' },
    };
  };

  it('continues every coverage a termination ended, as COBRA from the next day', () => {
    const { subscriberMedical, spouseMedical, subscriberLife, spouseDental } = terminated();
    const changes = changesFor(event({ event: 'cobra', date: '2020-05-01' }), [subscriberMedical, spouseMedical, subscriberLife, spouseDental]);
    expect(changes.ended).toEqual([]);
    expect(changes.started).toEqual([
      { member_id: SUBSCRIBER_ID, plan_id: 'medical-ppo', product_line: 'medical', status: 'cobra', start_date: '2020-06-01', end_date: null, volume: null },
      { member_id: SPOUSE_ID, plan_id: 'medical-ppo', product_line: 'medical', status: 'cobra', start_date: '2020-06-01', end_date: null, volume: null },
      { member_id: SUBSCRIBER_ID, plan_id: 'life-basic', product_line: 'voluntary_life', status: 'cobra', start_date: '2020-06-01', end_date: null, volume: 5_000_000 },
    ]);
  });

  it('applies the termination and then the continuation, as the API would in sequence', () => {
    const { subscriberMedical, spouseMedical } = coverageInForce();
    const ctxRows = [subscriberMedical, spouseMedical];
    const termination = changesFor(event({ event: 'termination_of_employment', date: '2020-05-01' }), ctxRows);
    const afterTermination = ctxRows.map((r) => ({ ...r, end_date: termination.ended.find((e) => e.coverage_id === r.id)?.end_date ?? r.end_date }));
    const cobra = changesFor(event({ event: 'cobra', date: '2020-05-01' }), afterTermination);
    expect(cobra.started.map((r) => [r.member_id, r.status, r.start_date])).toEqual([
      [SUBSCRIBER_ID, 'cobra', '2020-06-01'],
      [SPOUSE_ID, 'cobra', '2020-06-01'],
    ]);
  });

  it('does not continue a coverage twice', () => {
    const { subscriberMedical } = terminated();
    const continued = row({ id: 'sub-medical-cobra', member_id: SUBSCRIBER_ID, plan_id: 'medical-ppo', product_line: 'medical', status: 'cobra', start_date: '2020-06-01' });
    expect(changesFor(event({ event: 'cobra', date: '2020-05-01' }), [subscriberMedical, continued]).started).toEqual([]);
  });

  it('does not continue into the next coverage period', () => {
    const { subscriberMedical } = coverageInForce();
    const endedAtYearEnd = { ...subscriberMedical, end_date: '2020-12-31' };
    expect(changesFor(event({ event: 'cobra', date: '2020-12-05' }), [endedAtYearEnd]).started).toEqual([]);
  });

  it('follows the dates and lines elected when they are given', () => {
    const { subscriberMedical, spouseMedical, subscriberLife } = terminated();
    const input = event({
      event: 'cobra',
      date: '2020-05-01',
      plan_elections: {
        medical: {
          plan_id: 'medical-ppo',
          type: 'election',
          coverages: [covers(SUBSCRIBER_ID, '2020-06-01', { status: 'cobra', end_date: '2020-11-30' })],
        },
      },
    });
    const changes = changesFor(input, [subscriberMedical, spouseMedical, subscriberLife]);
    expect(changes).toEqual({
      ended: [],
      started: [{ member_id: SUBSCRIBER_ID, plan_id: 'medical-ppo', product_line: 'medical', status: 'cobra', start_date: '2020-06-01', end_date: '2020-11-30', volume: null }],
      waived: [],
    });
  });

  it('continues a former spouse alone while the subscriber keeps employer coverage', () => {
    const { subscriberMedical, spouseMedical } = coverageInForce();
    const formerSpouse = { ...SPOUSE, removed_on: '2020-06-12' };
    const input = event({
      event: 'cobra',
      date: '2020-06-12',
      plan_elections: { medical: { plan_id: 'medical-ppo', type: 'election', coverages: [covers(SPOUSE_ID, '2020-07-01', { status: 'cobra' })] } },
    });
    const changes = changesFor(input, [subscriberMedical, { ...spouseMedical, end_date: '2020-06-30' }], {
      subscriber: family([formerSpouse, CHILD]),
    });
    expect(changes.ended).toEqual([]);
    expect(changes.started).toMatchObject([{ member_id: SPOUSE_ID, status: 'cobra', start_date: '2020-07-01' }]);
  });
});
