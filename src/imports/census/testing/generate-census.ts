// A made-up but realistic census, for tests and benchmarks: deterministic from a seed, written as a
// stream of lines so a 100,000-subscriber file never sits in memory. About half the subscribers have
// a spouse and the families average 1.5 dependents, as employer populations do.
import { PERSON_COLUMNS, planColumn } from '../census-columns.ts';
import type { ProductLine } from '../../../enrollment/enrollment-facts.ts';

export interface CensusSpec {
  subscribers: number;
  seed?: number;
  coverageStartDate: string;
  /** Plan external_identifier per line; every member of a family is covered in each line. */
  plans: Partial<Record<ProductLine, string>>;
  /** Subscriber external ids are `${prefix}${n}`. */
  prefix?: string;
  /** SSNs are numbered from here (default 100000000): two files for one group need their own people. */
  firstSsn?: number;
}

/** mulberry32: a small, fast, seedable generator (not for secrets). */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'John', 'Margaret', 'Ken', 'Radia', 'Niklaus', 'Hedy', 'Linus', 'Katherine', 'Dennis'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Backus', 'Hamilton', 'Thompson', 'Perlman', 'Wirth', 'Lamarr', 'Torvalds', 'Johnson', 'Ritchie'];
const CITIES = [['Springfield', 'IL', '62701'], ['Riverside', 'CA', '92501'], ['Lakewood', 'OH', '44107'], ['Austin', 'TX', '73301']] as const;

export function censusHeader(lines: ProductLine[]): string {
  return [...PERSON_COLUMNS, ...lines.map(planColumn)].join(',');
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function* censusLines(spec: CensusSpec): Generator<string> {
  const rand = random(spec.seed ?? 834);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const lines = Object.keys(spec.plans) as ProductLine[];
  const prefix = spec.prefix ?? 'EMP';
  yield censusHeader(lines);
  let ssn = spec.firstSsn ?? 100_000_000;
  const row = (values: Record<string, string>) => [...PERSON_COLUMNS, ...lines.map(planColumn)].map((column) => values[column] ?? '').join(',');
  const planValues = () => Object.fromEntries(lines.map((line) => [planColumn(line), spec.plans[line]!]));
  for (let n = 1; n <= spec.subscribers; n++) {
    const id = `${prefix}${pad(n, 6)}`;
    const last = pick(LAST);
    const [city, state, zip] = pick(CITIES);
    const year = 1960 + Math.floor(rand() * 40);
    yield row({
      subscriber_external_id: id,
      external_identifier: id,
      relationship: 'self',
      first_name: pick(FIRST),
      last_name: last,
      ssn: String(ssn++),
      gender: rand() < 0.5 ? 'female' : 'male',
      birth_date: `${year}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`,
      marital_status: 'married',
      address_line_1: `${1 + Math.floor(rand() * 9999)} Main St`,
      city,
      state,
      zip,
      employment_status: 'full_time',
      employment_start_date: '2015-01-01',
      coverage_start_date: spec.coverageStartDate,
      ...planValues(),
    });
    const dependents: Array<[string, number]> = [];
    if (rand() < 0.5) dependents.push(['spouse', year + Math.floor(rand() * 5)]);
    const children = Math.floor(rand() * 3);
    for (let c = 0; c < children; c++) dependents.push(['child', 2005 + Math.floor(rand() * 18)]);
    for (let d = 0; d < dependents.length; d++) {
      const [relationship, birthYear] = dependents[d]!;
      yield row({
        subscriber_external_id: id,
        external_identifier: `${id}-D${d + 1}`,
        relationship,
        first_name: pick(FIRST),
        last_name: last,
        ssn: relationship === 'spouse' ? String(ssn++) : '',
        gender: rand() < 0.5 ? 'female' : 'male',
        birth_date: `${birthYear}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`,
        coverage_start_date: spec.coverageStartDate,
        ...planValues(),
      });
    }
  }
}

export function censusText(spec: CensusSpec): string {
  return [...censusLines(spec)].join('\n') + '\n';
}
