/**
 * The 834 writer (005010X220A1). `generate834` yields one segment string at a time so a large file can
 * be written to a stream as it is built; `write834` joins them.
 *
 * A value the guide does not allow throws X12ValueError (with the input path, e.g.
 * `members[3].coverages[0].insuranceLineCode`). When streaming, segments before the error have already
 * been yielded: write to a temporary file and discard it on error.
 */
import {
  ACTION_CODES,
  assertCode,
  BENEFIT_BEGIN_QUALIFIER,
  BENEFIT_END_QUALIFIER,
  BENEFIT_STATUS_CODES,
  CARRIER_MEMBER_ID_QUALIFIER,
  centsToX12Amount,
  COVERAGE_AMOUNT_QUALIFIER,
  COVERAGE_LEVEL_CODES,
  EMPLOYMENT_STATUS_CODES,
  FILE_EFFECTIVE_DATE_QUALIFIER,
  GENDER_CODES,
  INSURANCE_LINE_CODES,
  MAINTENANCE_REASON_CODES,
  MAINTENANCE_TYPE_CODES,
  MARITAL_STATUS_CODES,
  MEMBER_DATE_NAMES,
  MEMBER_DATE_QUALIFIERS,
  MEMBER_MAINTENANCE_TYPE_CODES,
  MEMBER_REFERENCE_QUALIFIER,
  PARTY_ID_QUALIFIERS,
  relationshipCodeFor,
  RELATIONSHIP_CODES,
  TRANSACTION_SET_PURPOSE_CODES,
} from './code-lists.ts';
import { X220A1, type BrokerOrAdministrator, type Coverage834, type Enrollment834, type Member834, type Party } from './enrollment-834.ts';
import { delimitersOf, geSegment, gsSegment, ieaSegment, isaSegment, seSegment, stSegment } from './envelope.ts';
import { X12ValueError } from './issues.ts';
import { SegmentWriter } from './segment-writer.ts';
import { ElementValues, toX12Date, toX12Time } from './x12-values.ts';

export interface Write834Options {
  /** Written after every segment terminator: '' (default, one line) or '\n' / '\r\n' for people. */
  lineBreak?: '' | '\n' | '\r\n';
}

export function write834(input: Enrollment834, options: Write834Options = {}): string {
  let text = '';
  for (const segment of generate834(input, options)) text += segment;
  return text;
}

export function* generate834(input: Enrollment834, options: Write834Options = {}): Generator<string, void, undefined> {
  const env = input.interchange;
  const delimiters = delimitersOf(env);
  const w = new SegmentWriter(delimiters, options.lineBreak ?? '');
  const values = new ElementValues(delimiters);

  yield isaSegment(w, values, env);
  yield gsSegment(w, values, env, 'BE', X220A1);
  yield stSegment(w, env, '834', X220A1);
  yield* headerSegments(w, values, input);
  let index = 0;
  for (const member of input.members) {
    yield* memberSegments(w, values, member, `members[${index}]`);
    index++;
  }
  yield seSegment(w, env);
  yield geSegment(w, 1, env);
  yield ieaSegment(w, 1, env);
}

/**
 * Writes the members' loops and drops them: throws the X12ValueError that write834 would, so a caller
 * can find the one family that cannot be written before it builds the file around the others.
 */
export function checkMembers834(interchange: Enrollment834['interchange'], members: readonly Member834[]): void {
  const delimiters = delimitersOf(interchange);
  const w = new SegmentWriter(delimiters, '');
  const values = new ElementValues(delimiters);
  for (const [index, member] of members.entries()) {
    for (const segment of memberSegments(w, values, member, `members[${index}]`)) void segment;
  }
}

/** The envelope and header alone (no members): throws when the carrier's or sponsor's settings cannot be written. */
export function checkHeader834(input: Enrollment834): void {
  write834({ ...input, members: [] });
}

function* headerSegments(w: SegmentWriter, values: ElementValues, input: Enrollment834): Generator<string> {
  const { header, interchange } = input;
  const purpose = header.purpose ?? '00';
  assertCode(TRANSACTION_SET_PURPOSE_CODES, purpose, 'header.purpose', 'BGN01 transaction set purpose');
  assertCode(ACTION_CODES, header.actionCode, 'header.actionCode', 'BGN08 action');
  yield w.segment(
    'BGN',
    purpose,
    values.identifier(header.referenceNumber, 'header.referenceNumber'),
    toX12Date(interchange.date, 'interchange.date'),
    toX12Time(interchange.time, 'interchange.time'),
    '',
    '',
    '',
    header.actionCode,
  );
  if (header.masterPolicyNumber !== undefined) {
    yield w.segment('REF', '38', values.identifier(header.masterPolicyNumber, 'header.masterPolicyNumber'));
  }
  if (header.fileEffectiveDate !== undefined) {
    yield w.segment('DTP', FILE_EFFECTIVE_DATE_QUALIFIER, 'D8', toX12Date(header.fileEffectiveDate, 'header.fileEffectiveDate'));
  }
  yield partySegment(w, values, 'P5', input.sponsor, 'sponsor', ['24', '94', 'FI']);
  yield partySegment(w, values, 'IN', input.payer, 'payer', ['94', 'FI', 'XV']);
  const brokers = input.brokers ?? [];
  if (brokers.length > 2) throw new X12ValueError('brokers', 'loop 1000C repeats at most twice');
  for (const [i, broker] of brokers.entries()) yield brokerSegment(w, values, broker, `brokers[${i}]`);
}

function partySegment(
  w: SegmentWriter,
  values: ElementValues,
  entity: string,
  party: Party,
  parameter: string,
  allowedQualifiers: readonly string[],
): string {
  const qualifier = party.idQualifier ?? 'FI';
  assertCode(PARTY_ID_QUALIFIERS, qualifier, `${parameter}.idQualifier`, 'N103 identification code qualifier');
  if (!allowedQualifiers.includes(qualifier)) {
    throw new X12ValueError(`${parameter}.idQualifier`, `N1*${entity} allows ${allowedQualifiers.join(', ')}`);
  }
  return w.segment(
    'N1',
    entity,
    values.optionalText(party.name, `${parameter}.name`),
    qualifier,
    values.identifier(party.id, `${parameter}.id`),
  );
}

function brokerSegment(w: SegmentWriter, values: ElementValues, broker: BrokerOrAdministrator, parameter: string): string {
  if (broker.name === undefined) throw new X12ValueError(`${parameter}.name`, 'a broker or administrator needs a name (N102)');
  const entity = broker.role === 'broker' ? 'BO' : 'TV';
  return partySegment(w, values, entity, broker, parameter, ['94', 'FI', 'XV']);
}

function* memberSegments(w: SegmentWriter, values: ElementValues, member: Member834, at: string): Generator<string> {
  if (!Object.hasOwn(RELATIONSHIP_CODES, member.relationship)) {
    throw new X12ValueError(`${at}.relationship`, `${JSON.stringify(member.relationship)} is not a relationship (${Object.keys(RELATIONSHIP_CODES).join(', ')})`);
  }
  if (member.isSubscriber !== (member.relationship === 'self')) {
    // INS01 = Y requires INS02 = 18 (self), and only the subscriber is "self".
    throw new X12ValueError(`${at}.relationship`, "the subscriber's relationship is 'self', and only the subscriber's");
  }
  assertCode(MEMBER_MAINTENANCE_TYPE_CODES, member.maintenanceType, `${at}.maintenanceType`, 'INS03 maintenance type');
  if (member.maintenanceReason !== undefined) {
    assertCode(MAINTENANCE_REASON_CODES, member.maintenanceReason, `${at}.maintenanceReason`, 'INS04 maintenance reason');
  }
  assertCode(BENEFIT_STATUS_CODES, member.benefitStatus, `${at}.benefitStatus`, 'INS05 benefit status');
  if (member.employmentStatus !== undefined) {
    assertCode(EMPLOYMENT_STATUS_CODES, member.employmentStatus, `${at}.employmentStatus`, 'INS08 employment status');
  }
  yield w.segment(
    'INS',
    member.isSubscriber ? 'Y' : 'N',
    relationshipCodeFor(member.relationship),
    member.maintenanceType,
    member.maintenanceReason ?? '',
    member.benefitStatus,
    '',
    '',
    member.employmentStatus ?? '',
  );
  yield w.segment('REF', '0F', values.identifier(member.subscriberId, `${at}.subscriberId`));
  if (member.groupPolicyNumber !== undefined) {
    yield w.segment('REF', '1L', values.identifier(member.groupPolicyNumber, `${at}.groupPolicyNumber`));
  }
  if (member.memberReference !== undefined) {
    yield w.segment('REF', MEMBER_REFERENCE_QUALIFIER, values.identifier(member.memberReference, `${at}.memberReference`));
  }
  if (member.carrierMemberId !== undefined) {
    yield w.segment('REF', CARRIER_MEMBER_ID_QUALIFIER, values.identifier(member.carrierMemberId, `${at}.carrierMemberId`));
  }
  for (const name of MEMBER_DATE_NAMES) {
    const date = member.dates?.[name];
    if (date !== undefined) yield w.segment('DTP', MEMBER_DATE_QUALIFIERS[name], 'D8', toX12Date(date, `${at}.dates.${name}`));
  }

  // Loop 2100A: member name, communications, residence, demographics.
  const { name } = member;
  const ssn = member.ssn === undefined ? '' : ssnDigits(member.ssn, `${at}.ssn`);
  yield w.segment(
    'NM1',
    'IL',
    '1',
    values.text(name.last, `${at}.name.last`),
    values.optionalText(name.first, `${at}.name.first`),
    values.optionalText(name.middle, `${at}.name.middle`),
    values.optionalText(name.prefix, `${at}.name.prefix`),
    values.optionalText(name.suffix, `${at}.name.suffix`),
    ssn === '' ? '' : '34',
    ssn,
  );
  const contact = contactElements(values, member, at);
  if (contact.length > 0) yield w.segment('PER', 'IP', '', ...contact);
  if (member.address) {
    const { address } = member;
    yield w.segment('N3', values.text(address.line1, `${at}.address.line1`), values.optionalText(address.line2, `${at}.address.line2`));
    yield w.segment(
      'N4',
      values.text(address.city, `${at}.address.city`),
      values.optionalIdentifier(address.state, `${at}.address.state`),
      values.optionalIdentifier(address.zip?.replace(/[-\s]/g, ''), `${at}.address.zip`),
    );
  }
  if (member.demographics) {
    const { birthDate, gender, maritalStatus } = member.demographics;
    assertCode(GENDER_CODES, gender, `${at}.demographics.gender`, 'DMG03 gender');
    if (maritalStatus !== undefined) {
      assertCode(MARITAL_STATUS_CODES, maritalStatus, `${at}.demographics.maritalStatus`, 'DMG04 marital status');
    }
    yield w.segment('DMG', 'D8', toX12Date(birthDate, `${at}.demographics.birthDate`), gender, maritalStatus ?? '');
  }

  for (const [i, coverage] of member.coverages.entries()) yield* coverageSegments(w, values, coverage, `${at}.coverages[${i}]`);
}

function* coverageSegments(w: SegmentWriter, values: ElementValues, coverage: Coverage834, at: string): Generator<string> {
  assertCode(MAINTENANCE_TYPE_CODES, coverage.maintenanceType, `${at}.maintenanceType`, 'HD01 maintenance type');
  assertCode(INSURANCE_LINE_CODES, coverage.insuranceLineCode, `${at}.insuranceLineCode`, 'HD03 insurance line');
  if (coverage.coverageLevel !== undefined) {
    assertCode(COVERAGE_LEVEL_CODES, coverage.coverageLevel, `${at}.coverageLevel`, 'HD05 coverage level');
  }
  yield w.segment(
    'HD',
    coverage.maintenanceType,
    '',
    coverage.insuranceLineCode,
    coverage.planIdentifier !== undefined
      ? values.identifier(coverage.planIdentifier, `${at}.planIdentifier`)
      : values.optionalText(coverage.planCoverageDescription, `${at}.planCoverageDescription`),
    coverage.coverageLevel ?? '',
  );
  yield w.segment('DTP', BENEFIT_BEGIN_QUALIFIER, 'D8', toX12Date(coverage.startDate, `${at}.startDate`));
  if (coverage.endDate !== undefined) {
    if (coverage.endDate < coverage.startDate) throw new X12ValueError(`${at}.endDate`, 'is before startDate');
    yield w.segment('DTP', BENEFIT_END_QUALIFIER, 'D8', toX12Date(coverage.endDate, `${at}.endDate`));
  }
  // AMT follows the DTPs and precedes the REFs of loop 2300 (positions 2700, 2800, 2900).
  if (coverage.coverageAmountCents !== undefined) {
    yield w.segment('AMT', COVERAGE_AMOUNT_QUALIFIER, centsToX12Amount(coverage.coverageAmountCents, `${at}.coverageAmountCents`));
  }
  if (coverage.coverageReference !== undefined) {
    yield w.segment('REF', 'X9', values.identifier(coverage.coverageReference, `${at}.coverageReference`));
  }
}

function ssnDigits(ssn: string, parameter: string): string {
  const digits = ssn.replace(/[-\s]/g, '');
  if (!/^\d{9}$/.test(digits)) throw new X12ValueError(parameter, 'an SSN has nine digits');
  return digits;
}

/** PER03–PER06: phone (TE) then email (EM), whichever are present. */
function contactElements(values: ElementValues, member: Member834, at: string): string[] {
  const elements: string[] = [];
  const phone = member.contact?.phone;
  if (phone !== undefined && phone.trim() !== '') {
    const digits = phone.replace(/\D/g, '');
    if (digits === '') throw new X12ValueError(`${at}.contact.phone`, 'has no digits');
    elements.push('TE', digits);
  }
  const email = member.contact?.email;
  if (email !== undefined && email.trim() !== '') elements.push('EM', values.identifier(email, `${at}.contact.email`));
  return elements;
}
