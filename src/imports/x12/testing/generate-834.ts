// A made-up but realistic employer 834, written with our own writer: deterministic from a seed. Every
// member carries its own HD loops (medical and dental by default), dependents their REF*23.
import { coverageLevelFor, write834, type Enrollment834, type Member834 } from '../../../carriers/x12/index.ts';
import type { SubscriberRelationship } from '../../../enrollment/enrollment-facts.ts';

export interface X12Spec {
  families: number;
  seed?: number;
  prefix?: string;
  /** SSNs are numbered from here (default 300000000): two files for one group need their own people. */
  firstSsn?: number;
  sponsor?: { name: string; id: string };
  groupNumber?: string;
  coverageStartDate: string;
  /** HD03 → HD04 for every member. */
  plans?: Record<string, string>;
  actionCode?: '2' | '4' | 'RX';
  fileEffectiveDate?: string;
}

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

const FIRST = ['ADA', 'GRACE', 'ALAN', 'EDSGER', 'BARBARA', 'DONALD', 'FRANCES', 'JOHN', 'MARGARET', 'KEN', 'RADIA', 'NIKLAUS'];
const LAST = ['LOVELACE', 'HOPPER', 'TURING', 'DIJKSTRA', 'LISKOV', 'KNUTH', 'ALLEN', 'BACKUS', 'HAMILTON', 'THOMPSON'];
const CITIES = [['SPRINGFIELD', 'IL', '62701'], ['RIVERSIDE', 'CA', '92501'], ['LAKEWOOD', 'OH', '44107']] as const;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The families' members, subscriber first, as the writer takes them. */
export function x12Families(spec: X12Spec): Member834[][] {
  const rand = random(spec.seed ?? 834);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const plans = spec.plans ?? { HLT: 'GOLDPPO', DEN: 'DENTAL1' };
  const prefix = spec.prefix ?? 'SUB';
  const maintenanceType = spec.actionCode && spec.actionCode !== '2' ? '030' : '021';
  let ssn = spec.firstSsn ?? 300_000_000;
  const families: Member834[][] = [];
  for (let n = 1; n <= spec.families; n++) {
    const id = `${prefix}${pad(n, 6)}`;
    const last = pick(LAST);
    const [city, state, zip] = pick(CITIES);
    const year = 1960 + Math.floor(rand() * 40);
    const people: Array<{ relationship: SubscriberRelationship; first: string; birth: string; gender: 'F' | 'M'; ssn?: string; reference?: string }> = [
      { relationship: 'self', first: pick(FIRST), birth: `${year}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`, gender: rand() < 0.5 ? 'F' : 'M', ssn: String(ssn++) },
    ];
    if (rand() < 0.5) people.push({ relationship: 'spouse', first: pick(FIRST), birth: `${year + 2}-03-0${1 + Math.floor(rand() * 9)}`, gender: rand() < 0.5 ? 'F' : 'M', ssn: String(ssn++), reference: `${id}-D1` });
    const children = Math.floor(rand() * 2.01);
    for (let c = 0; c < children; c++) people.push({ relationship: 'child', first: pick(FIRST), birth: `${2008 + Math.floor(rand() * 14)}-0${1 + c}-1${c}`, gender: rand() < 0.5 ? 'F' : 'M', reference: `${id}-D${people.length}` });
    const level = coverageLevelFor(people.map((p) => ({ relationship: p.relationship })));
    families.push(
      people.map((person) => ({
        isSubscriber: person.relationship === 'self',
        relationship: person.relationship,
        maintenanceType,
        maintenanceReason: maintenanceType === '030' ? 'XN' : '28',
        benefitStatus: 'A',
        ...(person.relationship === 'self' ? { employmentStatus: 'FT', dates: { employmentBegin: '2015-01-01' } } : {}),
        subscriberId: id,
        groupPolicyNumber: spec.groupNumber ?? 'GRP002',
        ...(person.reference ? { memberReference: person.reference } : {}),
        name: { last, first: person.first },
        ...(person.ssn ? { ssn: person.ssn } : {}),
        ...(person.relationship === 'self' ? { address: { line1: `${1 + Math.floor(rand() * 9999)} MAIN ST`, city, state, zip }, contact: { phone: `312555${pad(n % 10000, 4)}` } } : {}),
        demographics: { birthDate: person.birth, gender: person.gender, ...(person.relationship === 'self' ? { maritalStatus: people.length > 1 && people[1]!.relationship === 'spouse' ? 'M' : 'I' } : {}) },
        coverages: Object.entries(plans).map(([code, plan]) => ({ maintenanceType, insuranceLineCode: code, planCoverageDescription: plan, coverageLevel: level, startDate: spec.coverageStartDate })),
      })),
    );
  }
  return families;
}

export function x12Enrollment(spec: X12Spec, families: Member834[][] = x12Families(spec)): Enrollment834 {
  const date = spec.fileEffectiveDate ?? spec.coverageStartDate;
  return {
    interchange: { senderQualifier: 'ZZ', senderId: 'WIDGETCORP', receiverQualifier: 'ZZ', receiverId: 'OPENENROLL', interchangeControlNumber: 1, groupControlNumber: 1, transactionSetControlNumber: 1, date, time: '0900', usage: 'T' },
    header: { referenceNumber: `${spec.prefix ?? 'SUB'}-${spec.seed ?? 834}`, actionCode: spec.actionCode ?? '2', ...(spec.fileEffectiveDate ? { fileEffectiveDate: spec.fileEffectiveDate } : {}) },
    sponsor: spec.sponsor ?? { name: 'WIDGET CORPORATION', id: '234567891' },
    payer: { name: 'ACME HEALTH', id: '876543219' },
    members: families.flat(),
  };
}

export const x12Text = (spec: X12Spec, families?: Member834[][]) => write834(x12Enrollment(spec, families), { lineBreak: '\n' });
