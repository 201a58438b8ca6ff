/**
 * The 834 code lists of 005010X220A1, each in one table that the writer checks against and the reader
 * describes with, plus the maps from the API's vocabulary (enrollment-facts.ts) onto them. Codes and
 * descriptions are the guide's; a code outside a table is not valid in an 834 and is never invented here.
 */
import type {
  CoverageStatus,
  ProductLine,
  QualifyingLifeEventType,
  SubscriberRelationship,
} from '../../enrollment/enrollment-facts.ts';
import { X12ValueError } from './issues.ts';

/** A code from a list, or any other string: readers keep unknown codes as sent (and report them). */
export type CodeOrString<Code extends string> = Code | (string & {});

export function isCode<Table extends Record<string, string>>(table: Table, value: string): value is Extract<keyof Table, string> {
  return Object.hasOwn(table, value);
}

/** Throws X12ValueError naming `parameter` when `value` is not in the table. */
export function assertCode<Table extends Record<string, string>>(
  table: Table,
  value: string,
  parameter: string,
  listName: string,
): asserts value is Extract<keyof Table, string> {
  if (!isCode(table, value)) {
    throw new X12ValueError(parameter, `${JSON.stringify(value)} is not a ${listName} code (${Object.keys(table).join(', ')})`);
  }
}

// ---------------------------------------------------------------------------------------------------
// INS02 Individual Relationship Code

export const INDIVIDUAL_RELATIONSHIP_CODES = {
  '01': 'Spouse',
  '03': 'Father or Mother',
  '04': 'Grandfather or Grandmother',
  '05': 'Grandson or Granddaughter',
  '06': 'Uncle or Aunt',
  '07': 'Nephew or Niece',
  '08': 'Cousin',
  '09': 'Adopted Child',
  '10': 'Foster Child',
  '11': 'Son-in-law or Daughter-in-law',
  '12': 'Brother-in-law or Sister-in-law',
  '13': 'Mother-in-law or Father-in-law',
  '14': 'Brother or Sister',
  '15': 'Ward',
  '16': 'Stepparent',
  '17': 'Stepson or Stepdaughter',
  '18': 'Self',
  '19': 'Child',
  '23': 'Sponsored Dependent',
  '24': 'Dependent of a Minor Dependent',
  '25': 'Ex-spouse',
  '26': 'Guardian',
  '31': 'Court Appointed Guardian',
  '38': 'Collateral Dependent',
  '53': 'Life Partner',
  '60': 'Annuitant',
  D2: 'Trustee',
  G8: 'Other Relationship',
  G9: 'Other Relative',
} as const;
export type IndividualRelationshipCode = keyof typeof INDIVIDUAL_RELATIONSHIP_CODES;

/**
 * API relationship → INS02. Order matters for reading: where two names share a code the first wins.
 * - registered_domestic_partner → 53 Life Partner: the guide's only code for a partner who is not a spouse.
 * - court_ordered_dependent → 15 Ward: the guide has no court-order code; a ward is the guide's person
 *   placed in the subscriber's care by a court, and G8 (other) would tell the carrier nothing. The
 *   subscriber's own child under a support order (QMCSO) is still a child: send `child` (19). Read back,
 *   15 is `ward`.
 */
export const RELATIONSHIP_CODES = {
  self: '18',
  spouse: '01',
  registered_domestic_partner: '53',
  child: '19',
  stepchild: '17',
  grandchild: '05',
  foster_child: '10',
  adopted_child: '09',
  ward: '15',
  court_ordered_dependent: '15',
  other: 'G8',
} as const satisfies Record<SubscriberRelationship, IndividualRelationshipCode>;

const RELATIONSHIP_BY_CODE = new Map<string, SubscriberRelationship>();
for (const [name, code] of Object.entries(RELATIONSHIP_CODES) as [SubscriberRelationship, string][]) {
  if (!RELATIONSHIP_BY_CODE.has(code)) RELATIONSHIP_BY_CODE.set(code, name);
}

export function relationshipCodeFor(relationship: SubscriberRelationship): IndividualRelationshipCode {
  return RELATIONSHIP_CODES[relationship];
}

/** The API name for an INS02 code; undefined for guide codes the API has no name for (e.g. 04). */
export function relationshipForCode(code: string): SubscriberRelationship | undefined {
  return RELATIONSHIP_BY_CODE.get(code);
}

// ---------------------------------------------------------------------------------------------------
// INS03 / HD01 Maintenance Type Code

/** INS03 allows 001, 021, 024, 025, 030; HD01 also 002, 026, 032. */
export const MAINTENANCE_TYPE_CODES = {
  '001': 'Change',
  '002': 'Delete',
  '021': 'Addition',
  '024': 'Cancellation or Termination',
  '025': 'Reinstatement',
  '026': 'Correction',
  '030': 'Audit or Compare',
  '032': 'Employee Information Not Applicable',
} as const;
export type MaintenanceTypeCode = keyof typeof MAINTENANCE_TYPE_CODES;

export const MEMBER_MAINTENANCE_TYPE_CODES = {
  '001': 'Change',
  '021': 'Addition',
  '024': 'Cancellation or Termination',
  '025': 'Reinstatement',
  '030': 'Audit or Compare',
} as const satisfies Partial<typeof MAINTENANCE_TYPE_CODES>;
export type MemberMaintenanceTypeCode = keyof typeof MEMBER_MAINTENANCE_TYPE_CODES;

// ---------------------------------------------------------------------------------------------------
// INS04 Maintenance Reason Code

export const MAINTENANCE_REASON_CODES = {
  '01': 'Divorce',
  '02': 'Birth',
  '03': 'Death',
  '04': 'Retirement',
  '05': 'Adoption',
  '06': 'Strike',
  '07': 'Termination of Benefits',
  '08': 'Termination of Employment',
  '09': 'Consolidation Omnibus Budget Reconciliation Act (COBRA)',
  '10': 'Consolidation Omnibus Budget Reconciliation Act (COBRA) Premium Paid',
  '11': 'Surviving Spouse',
  '14': 'Voluntary Withdrawal',
  '15': 'Primary Care Provider (PCP) Change',
  '16': 'Quit',
  '17': 'Fired',
  '18': 'Suspended',
  '20': 'Active',
  '21': 'Disability',
  '22': 'Plan Change',
  '25': 'Change in Identifying Data Elements',
  '26': 'Declined Coverage',
  '27': 'Pre-Enrollment',
  '28': 'Initial Enrollment',
  '29': 'Benefit Selection',
  '31': 'Legal Separation',
  '32': 'Marriage',
  '33': 'Personnel Data',
  '37': 'Leave of Absence with Benefits',
  '38': 'Leave of Absence without Benefits',
  '39': 'Lay Off with Benefits',
  '40': 'Lay Off without Benefits',
  '41': 'Re-enrollment',
  '43': 'Change of Location',
  '59': 'Non Payment',
  AA: 'Dissatisfaction with Office Staff',
  AB: 'Dissatisfaction with Medical Care/Services Rendered',
  AC: 'Inconvenient Office Location',
  AD: 'Dissatisfaction with Office Hours',
  AE: 'Unable to Schedule Appointments in a Timely Manner',
  AF: "Dissatisfaction with Physician's Referral Policy",
  AG: 'Less Respect and Attention Time Given than to Other Patients',
  AH: 'Patient Moved to a New Location',
  AI: 'No Reason Given',
  AJ: 'Appointment Times not Met in a Timely Manner',
  AL: 'Algorithm Assigned Benefit Selection',
  EC: 'Member Benefit Selection',
  XN: 'Notification Only',
  XT: 'Transfer',
} as const;
export type MaintenanceReasonCode = keyof typeof MAINTENANCE_REASON_CODES;

export interface MemberMaintenance {
  maintenanceType: MemberMaintenanceTypeCode;
  maintenanceReason: MaintenanceReasonCode;
}

/**
 * INS03/INS04 for the member a qualifying life event is about (the new spouse, the newborn, the member
 * who left). Other members of the family touched by the same event usually go as 001 change with the
 * same reason.
 */
export const MAINTENANCE_FOR_LIFE_EVENT = {
  initial_enrollment: { maintenanceType: '021', maintenanceReason: '28' },
  // At open enrollment the member already exists: a change of elections, "member benefit selection".
  open_enrollment: { maintenanceType: '001', maintenanceReason: 'EC' },
  new_hire: { maintenanceType: '021', maintenanceReason: '28' },
  newly_eligible: { maintenanceType: '021', maintenanceReason: '28' },
  re_hire: { maintenanceType: '021', maintenanceReason: '41' },
  marriage: { maintenanceType: '021', maintenanceReason: '32' },
  divorce: { maintenanceType: '024', maintenanceReason: '01' },
  birth: { maintenanceType: '021', maintenanceReason: '02' },
  adoption: { maintenanceType: '021', maintenanceReason: '05' },
  death: { maintenanceType: '024', maintenanceReason: '03' },
  // The guide has no "loss of other coverage" reason; the special enrollment is the member's selection.
  loss_of_coverage: { maintenanceType: '021', maintenanceReason: 'EC' },
  termination_of_employment: { maintenanceType: '024', maintenanceReason: '08' },
  // COBRA continues the coverage with INS05 = C; where the carrier already has the termination, send
  // 025 reinstatement instead.
  cobra: { maintenanceType: '001', maintenanceReason: '09' },
  // The guide has no reason for a dependent who is no longer eligible or past the age limit: a
  // termination of benefits (024, 07) is what carriers expect for both.
  loss_of_eligibility: { maintenanceType: '024', maintenanceReason: '07' },
  age_out: { maintenanceType: '024', maintenanceReason: '07' },
} as const satisfies Record<QualifyingLifeEventType, MemberMaintenance>;

export function maintenanceForLifeEvent(event: QualifyingLifeEventType): MemberMaintenance {
  return MAINTENANCE_FOR_LIFE_EVENT[event];
}

// ---------------------------------------------------------------------------------------------------
// INS05 Benefit Status Code, INS08 Employment Status Code

export const BENEFIT_STATUS_CODES = {
  A: 'Active',
  C: 'Consolidated Omnibus Budget Reconciliation Act (COBRA)',
  S: 'Surviving Insured',
  T: 'Tax Equity and Fiscal Responsibility Act (TEFRA)',
} as const;
export type BenefitStatusCode = keyof typeof BENEFIT_STATUS_CODES;

export const BENEFIT_STATUS_FOR_COVERAGE_STATUS = {
  employer_sponsored: 'A',
  cobra: 'C',
} as const satisfies Record<CoverageStatus, BenefitStatusCode>;

export const EMPLOYMENT_STATUS_CODES = {
  AC: 'Active',
  AO: 'Active Overseas',
  AU: 'Active Military - Overseas',
  FT: 'Full-time',
  L1: 'Leave of Absence',
  PT: 'Part-time',
  RT: 'Retired',
  TE: 'Terminated',
} as const;
export type EmploymentStatusCode = keyof typeof EMPLOYMENT_STATUS_CODES;

// ---------------------------------------------------------------------------------------------------
// DMG03 Gender Code, DMG04 Marital Status Code

export const GENDER_CODES = { F: 'Female', M: 'Male', U: 'Unknown' } as const;
export type GenderCode = keyof typeof GENDER_CODES;

/** Note B (not R) is the registered domestic partner: R is "Unreported". */
export const MARITAL_STATUS_CODES = {
  B: 'Registered Domestic Partner',
  D: 'Divorced',
  I: 'Single',
  M: 'Married',
  R: 'Unreported',
  S: 'Separated',
  U: 'Unmarried (Single or Divorced or Widowed)',
  W: 'Widowed',
  X: 'Legally Separated',
} as const;
export type MaritalStatusCode = keyof typeof MARITAL_STATUS_CODES;

// ---------------------------------------------------------------------------------------------------
// DTP01 Date Time Qualifiers

/** Loop 1000 header DTP: 007 is the file's effective date. */
export const FILE_EFFECTIVE_DATE_QUALIFIER = '007';

/** Loop 2000 member-level DTP qualifiers, by the name the input and output use. */
export const MEMBER_DATE_QUALIFIERS = {
  eligibilityBegin: '356',
  eligibilityEnd: '357',
  employmentBegin: '336',
  employmentEnd: '337',
  maintenanceEffective: '303',
  retirement: '286',
  medicareBegin: '338',
  medicareEnd: '339',
  cobraBegin: '340',
  cobraEnd: '341',
} as const;
export type MemberDateName = keyof typeof MEMBER_DATE_QUALIFIERS;
export const MEMBER_DATE_NAMES = Object.keys(MEMBER_DATE_QUALIFIERS) as MemberDateName[];

const MEMBER_DATE_BY_QUALIFIER = new Map<string, MemberDateName>(
  MEMBER_DATE_NAMES.map((name) => [MEMBER_DATE_QUALIFIERS[name], name]),
);
export function memberDateForQualifier(qualifier: string): MemberDateName | undefined {
  return MEMBER_DATE_BY_QUALIFIER.get(qualifier);
}

// ---------------------------------------------------------------------------------------------------
// Loop 2300 AMT01 Amount Qualifier Code (Health Coverage Policy)

/**
 * The guide's whole list for AMT01 in loop 2300. None of them is "benefit amount" (X12's AU "Coverage
 * Amount" is not allowed here): B9, C1, D2 and R are cost sharing, P3 the premium, EBA an expected
 * expenditure. A coverage's amount (a life policy's $50,000, a disability benefit) is therefore sent as
 * FK "Other Unlisted Amount", the guide's one code for an amount it has no name for, as life and
 * disability carriers' companion guides ask.
 */
export const COVERAGE_AMOUNT_QUALIFIERS = {
  B9: 'Co-insurance - Actual',
  C1: 'Co-Payment Amount',
  D2: 'Deductible Amount',
  EBA: 'Expected Expenditure Amount',
  FK: 'Other Unlisted Amount',
  P3: 'Premium Amount',
  R: 'Spend Down',
} as const;
export type CoverageAmountQualifier = keyof typeof COVERAGE_AMOUNT_QUALIFIERS;
/** AMT01 of a coverage's amount (volume). */
export const COVERAGE_AMOUNT_QUALIFIER = 'FK' satisfies CoverageAmountQualifier;

// ---------------------------------------------------------------------------------------------------
// Loop 2000 REF01 Member Supplemental Identifier qualifiers

/**
 * The guide's list for loop 2000's supplemental REF (besides REF*0F subscriber and REF*1L policy).
 * We send two: 23 "Client Number", our own number for the person (what a carrier's answer is matched
 * by), and ZZ "Mutually Defined" for the member id the carrier assigned — the list has no code for a
 * payer's member number, so it is the identifier agreed with the carrier (23 is already ours; 6O, Q4,
 * 3H, F6 and the others name other numbers: a cross reference, a prior id, a Medicaid case, Medicare).
 */
export const MEMBER_SUPPLEMENTAL_QUALIFIERS = {
  '17': 'Client Reporting Category',
  '23': 'Client Number',
  '3H': 'Case Number',
  '4A': 'Personal Identification Number (PIN)',
  '6O': 'Cross Reference Number',
  ABB: 'Personal ID Number',
  D3: 'National Council for Prescription Drug Programs Pharmacy Number',
  DX: 'Department/Agency Number',
  F6: 'Health Insurance Claim (HIC) Number',
  P5: 'Position Code',
  Q4: 'Prior Identifier Number',
  QQ: 'Unit Number',
  ZZ: 'Mutually Defined',
} as const;
export const MEMBER_REFERENCE_QUALIFIER = '23';
export const CARRIER_MEMBER_ID_QUALIFIER = 'ZZ';

/** Cents → an X12 decimal (R): no leading zeros, no trailing zeros after the point (5000000 → 50000). */
export function centsToX12Amount(cents: number, parameter: string): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new X12ValueError(parameter, `${cents} is not an amount in cents (a whole number of zero or more)`);
  const whole = Math.floor(cents / 100);
  const fraction = String(cents % 100).padStart(2, '0').replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : String(whole);
  if (text.replace('.', '').length > 18) throw new X12ValueError(parameter, 'has more than 18 digits');
  return text;
}

/** An X12 decimal → cents; undefined when it is not an amount of at most two decimals. */
export function x12AmountToCents(value: string): number | undefined {
  const match = /^(\d*)(?:\.(\d{0,2}))?$/.exec(value);
  if (!match || (match[1] === '' && !match[2])) return undefined;
  const cents = Number(match[1] || '0') * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** Loop 2300 coverage DTP: 348 benefit begin, 349 benefit end. */
export const BENEFIT_BEGIN_QUALIFIER = '348';
export const BENEFIT_END_QUALIFIER = '349';

// ---------------------------------------------------------------------------------------------------
// HD03 Insurance Line Code

/** The full 005010X220A1 list; note AH is "24 Hour Care" and PRA "Practitioners", not accident or preventive. */
export const INSURANCE_LINE_CODES = {
  AG: 'Preventive Care/Wellness',
  AH: '24 Hour Care',
  AJ: 'Medicare Risk',
  AK: 'Mental Health',
  DCP: 'Dental Capitation',
  DEN: 'Dental',
  EPO: 'Exclusive Provider Organization',
  FAC: 'Facility',
  HE: 'Hearing',
  HLT: 'Health',
  HMO: 'Health Maintenance Organization',
  LTC: 'Long-Term Care',
  LTD: 'Long-Term Disability',
  MM: 'Major Medical',
  MOD: 'Mail Order Drug',
  PDG: 'Prescription Drug',
  POS: 'Point of Service',
  PPO: 'Preferred Provider Organization',
  PRA: 'Practitioners',
  STD: 'Short-Term Disability',
  UR: 'Utilization Review',
  VIS: 'Vision',
} as const;
export type InsuranceLineCode = keyof typeof INSURANCE_LINE_CODES;

/**
 * Product line → HD03. Lines HIPAA does not cover (life, AD&D, accident, critical illness, hospital
 * indemnity, ...) have no code in the guide: undefined, unless the carrier's companion guide names one.
 * `disability` is a plan's general line; an election names short- or long-term, which do have codes.
 */
export const INSURANCE_LINE_FOR_PRODUCT_LINE = {
  medical: 'HLT',
  dental: 'DEN',
  vision: 'VIS',
  short_term_disability: 'STD',
  long_term_disability: 'LTD',
  disability: undefined,
  life: undefined,
  voluntary_life: undefined,
  non_voluntary_life: undefined,
  accidental_death_dismemberment: undefined,
  voluntary_accidental_death_dismemberment: undefined,
  life_accidental_death_dismemberment: undefined,
  voluntary_life_accidental_death_dismemberment: undefined,
  accident: undefined,
  critical_illness: undefined,
  hospital_indemnity: undefined,
  cancer: undefined,
  legal: undefined,
  identity_protection: undefined,
  pet: undefined,
  absence_management: undefined,
  employee_assistance_program: undefined,
} as const satisfies Record<ProductLine, InsuranceLineCode | undefined>;

/** A carrier's companion-guide choices, e.g. `{ life: 'AH' }`; still only codes from the guide's list. */
export type CarrierInsuranceLineOverrides = Partial<Record<ProductLine, InsuranceLineCode>>;

export function insuranceLineFor(
  productLine: ProductLine,
  carrierOverrides: CarrierInsuranceLineOverrides = {},
): InsuranceLineCode | undefined {
  return carrierOverrides[productLine] ?? INSURANCE_LINE_FOR_PRODUCT_LINE[productLine];
}

/**
 * HD03 → product line, for 834s we receive: the reverse of INSURANCE_LINE_FOR_PRODUCT_LINE, plus the
 * codes senders use for medical plans by their network type (HMO, PPO, EPO, POS, major medical) — an
 * employer's or platform's file often says `HD*021**PPO` where we would write HLT. Codes with no line
 * of ours (AK mental health, PDG drug, FAC, ...) give undefined: the import reports them, never guesses.
 */
export const PRODUCT_LINE_FOR_INSURANCE_LINE: Partial<Record<InsuranceLineCode, ProductLine>> = {
  ...Object.fromEntries(
    (Object.entries(INSURANCE_LINE_FOR_PRODUCT_LINE) as [ProductLine, InsuranceLineCode | undefined][])
      .filter((entry): entry is [ProductLine, InsuranceLineCode] => entry[1] !== undefined)
      .map(([line, code]) => [code, line]),
  ),
  HMO: 'medical',
  PPO: 'medical',
  EPO: 'medical',
  POS: 'medical',
  MM: 'medical',
};

export function productLineForInsuranceLine(code: string): ProductLine | undefined {
  return isCode(INSURANCE_LINE_CODES, code) ? PRODUCT_LINE_FOR_INSURANCE_LINE[code] : undefined;
}

// ---------------------------------------------------------------------------------------------------
// HD05 Coverage Level Code

export const COVERAGE_LEVEL_CODES = {
  CHD: 'Children Only',
  DEP: 'Dependents Only',
  E1D: 'Employee and One Dependent',
  E2D: 'Employee and Two Dependents',
  E3D: 'Employee and Three Dependents',
  E5D: 'Employee and One or More Dependents',
  E6D: 'Employee and Two or More Dependents',
  E7D: 'Employee and Three or More Dependents',
  E8D: 'Employee and Four or More Dependents',
  E9D: 'Employee and Five or More Dependents',
  ECH: 'Employee and Children',
  EMP: 'Employee Only',
  ESP: 'Employee and Spouse',
  FAM: 'Family',
  IND: 'Individual',
  SPC: 'Spouse and Children',
  SPO: 'Spouse Only',
  TWO: 'Two Party',
} as const;
export type CoverageLevelCode = keyof typeof COVERAGE_LEVEL_CODES;

const SPOUSE_LIKE: ReadonlySet<SubscriberRelationship> = new Set(['spouse', 'registered_domestic_partner']);
const CHILD_LIKE: ReadonlySet<SubscriberRelationship> = new Set([
  'child',
  'stepchild',
  'grandchild',
  'foster_child',
  'adopted_child',
  'ward',
  'court_ordered_dependent',
]);

/**
 * HD05 from the members covered under one plan. Subscriber alone → EMP; with a spouse or partner → ESP;
 * with children → ECH; with both → FAM. An `other` dependent fits none of those tiers, so the count
 * codes are used (E1D, E2D, E3D, then E8D "four or more"). Without the subscriber (a dependent-only
 * enrollment): SPO, CHD, SPC, else DEP.
 */
export function coverageLevelFor(members: readonly { relationship: SubscriberRelationship }[]): CoverageLevelCode {
  if (members.length === 0) throw new X12ValueError('members', 'a coverage level needs at least one covered member');
  const dependents = members.filter((m) => m.relationship !== 'self');
  const hasSubscriber = dependents.length < members.length;
  const spouses = dependents.filter((m) => SPOUSE_LIKE.has(m.relationship)).length;
  const children = dependents.filter((m) => CHILD_LIKE.has(m.relationship)).length;
  const others = dependents.length - spouses - children;

  if (hasSubscriber) {
    if (dependents.length === 0) return 'EMP';
    if (others > 0) return (['E1D', 'E2D', 'E3D'] as const)[dependents.length - 1] ?? 'E8D';
    if (children === 0) return 'ESP';
    return spouses === 0 ? 'ECH' : 'FAM';
  }
  if (others > 0) return 'DEP';
  if (children === 0) return 'SPO';
  return spouses === 0 ? 'CHD' : 'SPC';
}

// ---------------------------------------------------------------------------------------------------
// Header codes: BGN01, BGN08, N103

export const TRANSACTION_SET_PURPOSE_CODES = { '00': 'Original', '15': 'Re-Submission', '22': 'Information Copy' } as const;
export type TransactionSetPurposeCode = keyof typeof TRANSACTION_SET_PURPOSE_CODES;

/** BGN08: 2 = a change file (only changes), 4 = verify (full file, audit), RX = replace. */
export const ACTION_CODES = { '2': 'Change (Update)', '4': 'Verify', RX: 'Replace' } as const;
export type ActionCode = keyof typeof ACTION_CODES;

export const PARTY_ID_QUALIFIERS = {
  '24': 'Employer Identification Number',
  '94': 'Code assigned by the organization that is the ultimate destination of the transaction set',
  FI: "Federal Taxpayer's Identification Number",
  XV: 'Centers for Medicare and Medicaid Services PlanID',
} as const;
export type PartyIdQualifier = keyof typeof PARTY_ID_QUALIFIERS;
