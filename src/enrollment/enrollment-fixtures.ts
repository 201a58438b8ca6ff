/**
 * Test data only: one family, one coverage period and its plans, shared by the rule tests so each test
 * states just what differs. Pure data, no I/O.
 */
import type {
  CoverageElection,
  CoveragePeriodFacts,
  ExistingCoverage,
  MemberFacts,
  PlanFacts,
  QualifyingLifeEventContext,
  QualifyingLifeEventInput,
  SubscriberFacts,
} from './enrollment-facts.ts';

export const PERIOD_2020: CoveragePeriodFacts = {
  id: 'period-2020',
  coverage_start_date: '2020-01-01',
  coverage_end_date: '2020-12-31',
  open_enrollment_start_date: '2019-11-01',
  open_enrollment_end_date: '2019-11-30',
  termination_rule: 'end_of_month',
};

export const PLANS: PlanFacts[] = [
  { id: 'medical-ppo', coverage_period_id: 'period-2020', product_line: 'medical' },
  { id: 'medical-hmo', coverage_period_id: 'period-2020', product_line: 'medical' },
  { id: 'dental-base', coverage_period_id: 'period-2020', product_line: 'dental' },
  { id: 'vision-base', coverage_period_id: 'period-2020', product_line: 'vision' },
  { id: 'life-basic', coverage_period_id: 'period-2020', product_line: 'life' },
  { id: 'std-plan', coverage_period_id: 'period-2020', product_line: 'disability' },
];

export const SUBSCRIBER_ID = 'subscriber';
export const SPOUSE_ID = 'spouse';
export const CHILD_ID = 'child';
export const NEWBORN_ID = 'newborn';

export const SPOUSE: MemberFacts = { id: SPOUSE_ID, is_subscriber: false, subscriber_relationship: 'spouse', birth_date: '1985-02-01' };
export const CHILD: MemberFacts = { id: CHILD_ID, is_subscriber: false, subscriber_relationship: 'child', birth_date: '2015-06-01' };
export const NEWBORN: MemberFacts = { id: NEWBORN_ID, is_subscriber: false, subscriber_relationship: 'child', birth_date: '2020-03-10' };

export function family(dependents: MemberFacts[] = [SPOUSE, CHILD, NEWBORN]): SubscriberFacts {
  return {
    id: SUBSCRIBER_ID,
    is_subscriber: true,
    subscriber_relationship: 'self',
    birth_date: '1984-07-04',
    employment_details: { status: 'active', start_date: '2018-03-15' },
    dependents,
  };
}

let rowCounter = 0;

/** An existing coverage row; ids are generated unless given. */
export function row(fields: Partial<ExistingCoverage> & Pick<ExistingCoverage, 'member_id' | 'plan_id' | 'product_line'>): ExistingCoverage {
  rowCounter += 1;
  return {
    id: `row-${rowCounter}`,
    coverage_period_id: 'period-2020',
    status: 'employer_sponsored',
    start_date: '2020-01-01',
    end_date: null,
    volume: null,
    ...fields,
  };
}

export function context(fields: Partial<QualifyingLifeEventContext> = {}): QualifyingLifeEventContext {
  return {
    subscriber: family(),
    coveragePeriod: PERIOD_2020,
    plans: PLANS,
    existingCoverages: [],
    today: '2020-04-01',
    ...fields,
  };
}

export function event(fields: Partial<QualifyingLifeEventInput> & Pick<QualifyingLifeEventInput, 'event' | 'date'>): QualifyingLifeEventInput {
  return { coverage_period_id: 'period-2020', ...fields };
}

export function covers(member_id: string, start_date = '2020-01-01', fields: Partial<CoverageElection> = {}): CoverageElection {
  return { member_id, status: 'employer_sponsored', start_date, ...fields };
}
