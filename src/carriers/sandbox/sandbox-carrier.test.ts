import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readAcknowledgments, write834, type Enrollment834, type Member834 } from '../x12/index.ts';
import { parseCarrierResultFile } from './carrier-result-file.ts';
import { answerFiles, createSandboxCarrier, type SandboxAnswer, type SandboxCarrierConfig } from './sandbox-carrier.ts';

const subscriber: Member834 = {
  isSubscriber: true,
  relationship: 'self',
  maintenanceType: '021',
  maintenanceReason: '28',
  benefitStatus: 'A',
  employmentStatus: 'FT',
  subscriberId: 'SUB-1001',
  groupPolicyNumber: 'GRP-7',
  memberReference: 'person-ana',
  name: { last: 'Rivera', first: 'Ana' },
  ssn: '123-45-6789',
  demographics: { birthDate: '1990-02-28', gender: 'F' },
  coverages: [
    { maintenanceType: '021', insuranceLineCode: 'HLT', coverageLevel: 'FAM', startDate: '2026-01-01', coverageReference: 'cov-ana-medical' },
    { maintenanceType: '021', insuranceLineCode: 'DEN', coverageLevel: 'FAM', startDate: '2026-01-01', coverageReference: 'cov-ana-dental' },
  ],
};
const spouse: Member834 = {
  isSubscriber: false,
  relationship: 'spouse',
  maintenanceType: '021',
  benefitStatus: 'A',
  subscriberId: 'SUB-1001',
  memberReference: 'person-sam',
  name: { last: 'Rivera', first: 'Sam' },
  demographics: { birthDate: '1989-07-04', gender: 'M' },
  coverages: [{ maintenanceType: '021', insuranceLineCode: 'HLT', coverageLevel: 'FAM', startDate: '2026-01-01', coverageReference: 'cov-sam-medical' }],
};
const child: Member834 = {
  isSubscriber: false,
  relationship: 'child',
  maintenanceType: '021',
  benefitStatus: 'A',
  subscriberId: 'SUB-1001',
  memberReference: 'person-lu',
  name: { last: 'Rivera', first: 'Lu' },
  demographics: { birthDate: '2018-05-01', gender: 'F' },
  coverages: [{ maintenanceType: '021', insuranceLineCode: 'HLT', coverageLevel: 'FAM', startDate: '2026-01-01', coverageReference: 'cov-lu-medical' }],
};

function file834(members: Member834[], interchangeControlNumber = 42, overrides: Partial<Enrollment834['interchange']> = {}): string {
  return write834({
    interchange: {
      senderQualifier: 'ZZ',
      senderId: 'OPENENROLL',
      receiverQualifier: 'ZZ',
      receiverId: 'CARRIER01',
      interchangeControlNumber,
      groupControlNumber: 7,
      transactionSetControlNumber: 1,
      date: '2026-03-15',
      time: '0930',
      usage: 'T',
      ...overrides,
    },
    header: { referenceNumber: `FILE-${interchangeControlNumber}`, actionCode: '2' },
    sponsor: { name: 'Acme Corp', id: '123456789' },
    payer: { name: 'Good Health', id: '987654321' },
    members,
  });
}

const config: SandboxCarrierConfig = {
  groups: [{ group_number: 'GRP-7', coverage_start_date: '2026-01-01' }],
  receiverId: 'CARRIER01',
  now: () => new Date('2026-03-16T08:05:00Z'),
};

describe('the sandbox carrier', () => {
  it('accepts a valid family: a 999 accepting the transaction set and every member accepted', () => {
    const answer = createSandboxCarrier(config).receive834(file834([subscriber, spouse, child]), 'OE_acme_000000042.834');

    expect(answer.ta1).toBeUndefined();
    const acks = readAcknowledgments(answer.ack999!);
    expect(acks.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(acks.interchange).toMatchObject({ senderId: 'CARRIER01', receiverId: 'OPENENROLL', date: '2026-03-16', time: '0805' });
    const [group] = acks.acknowledgments;
    expect(group).toMatchObject({ accepted: true, acknowledgedGroup: { functionalIdentifierCode: 'BE', controlNumber: '7' }, acceptedCount: 1 });
    expect(group!.transactionSets).toMatchObject([{ controlNumber: '0001', accepted: true, errors: [] }]);

    expect(answer.names).toEqual({ ack999: 'OE_acme_000000042.834.999', results: ['OE_acme_000000042.834.results.json'] });
    expect(answer.results).toEqual([
      {
        type: 'enrollment_results',
        interchange_control_number: '000000042',
        transaction_set_control_number: '0001',
        results: [
          { subscriber_id: 'SUB-1001', member_reference: 'person-ana', coverage_references: ['cov-ana-medical', 'cov-ana-dental'], carrier_member_id: expect.stringMatching(/^SBX[0-9A-F]{12}$/), status: 'accepted', errors: [] },
          { subscriber_id: 'SUB-1001', member_reference: 'person-sam', coverage_references: ['cov-sam-medical'], carrier_member_id: expect.stringMatching(/^SBX[0-9A-F]{12}$/), status: 'accepted', errors: [] },
          { subscriber_id: 'SUB-1001', member_reference: 'person-lu', coverage_references: ['cov-lu-medical'], carrier_member_id: expect.stringMatching(/^SBX[0-9A-F]{12}$/), status: 'accepted', errors: [] },
        ],
      },
    ]);
    // What it writes is what the worker will read.
    const [, resultsFile] = answerFiles(answer);
    expect(parseCarrierResultFile(resultsFile!.content)).toEqual(answer.results[0]);
  });

  it('gives each enrolled person a member id of its own, the same in every file, and keeps one sent back (REF*ZZ)', () => {
    const ids = (answer: SandboxAnswer) => answer.results[0]!.results.map((r) => r.carrier_member_id);
    const first = ids(createSandboxCarrier(config).receive834(file834([subscriber, spouse, child])));
    expect(new Set(first).size).toBe(3);
    expect(ids(createSandboxCarrier(config).receive834(file834([subscriber, spouse, child])))).toEqual(first);
    const echoed = ids(createSandboxCarrier(config).receive834(file834([{ ...subscriber, carrierMemberId: 'CAR-1' }, spouse, child])));
    expect(echoed).toEqual(['CAR-1', first[1], first[2]]);
  });

  it('rejects a member without a first name exactly as the API reports it, and accepts the others', () => {
    const { first: _, ...nameWithoutFirst } = spouse.name;
    const answer = createSandboxCarrier(config).receive834(file834([subscriber, { ...spouse, name: nameWithoutFirst }, child]));

    expect(readAcknowledgments(answer.ack999!).acknowledgments[0]!.accepted).toBe(true);
    const results = answer.results[0]!.results;
    expect(results.map((result) => result.status)).toEqual(['accepted', 'rejected', 'accepted']);
    expect(results[1]!.errors).toEqual([
      { error_type: 'invalid_request.parameter_required', message: 'The parameter is missing and is required', parameter: 'first_name' },
    ]);
  });

  it('rejects a group number the carrier does not know, for the whole family', () => {
    const answer = createSandboxCarrier(config).receive834(file834([{ ...subscriber, groupPolicyNumber: 'GRP-999' }, spouse]));
    const results = answer.results[0]!.results;
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(results[0]!.errors).toEqual([
      { error_type: 'invalid_request.parameter_invalid', message: expect.stringContaining('GRP-999'), parameter: 'carrier_group_number' },
    ]);
  });

  it("rejects coverage that starts before the group's coverage does", () => {
    const early = { ...spouse, coverages: [{ ...spouse.coverages[0]!, startDate: '2025-12-01' }] };
    const results = createSandboxCarrier(config).receive834(file834([subscriber, early])).results[0]!.results;
    expect(results[0]!.status).toBe('accepted');
    expect(results[1]!.errors).toEqual([
      { error_type: 'invalid_request.parameter_invalid', message: expect.stringContaining('2026-01-01'), parameter: 'start_date' },
    ]);
  });

  it('requires a birth date and an SSN of a subscriber', () => {
    const { demographics: _, ssn: __, ...bare } = subscriber;
    const results = createSandboxCarrier(config).receive834(file834([bare, spouse])).results[0]!.results;
    expect(results[0]!.errors.map((error) => [error.error_type, error.parameter])).toEqual([
      ['invalid_request.parameter_required', 'birth_date'],
      ['invalid_request.parameter_required', 'social_security_number'],
    ]);
    expect(results[1]!.status).toBe('accepted');
  });

  it('rejects a coverage that ends before it starts, and a line of coverage the carrier does not offer', () => {
    const member = {
      ...subscriber,
      coverages: [
        { ...subscriber.coverages[0]!, startDate: '2026-02-01', endDate: '2026-03-31' },
        { maintenanceType: '021', insuranceLineCode: 'LTD', startDate: '2026-01-01', coverageReference: 'cov-ltd' },
      ],
    };
    // Our writer refuses an end before the start, so the file is edited as another sender might send it.
    const text = file834([member]).replace('DTP*349*D8*20260331', 'DTP*349*D8*20260131');
    const results = createSandboxCarrier(config).receive834(text).results[0]!.results;
    expect(results[0]!.errors.map((error) => error.parameter)).toEqual(['end_date', 'line_of_coverage']);
    expect(results[0]!.errors[1]!.message).toContain('"LTD"');
  });

  it('answers a wrong SE segment count with a rejecting 999 that says why, and no results', () => {
    const text = file834([subscriber, spouse]).replace(/SE\*(\d+)\*/, (_, count: string) => `SE*${Number(count) + 1}*`);
    const answer = createSandboxCarrier(config).receive834(text);

    expect(answer.results).toEqual([]);
    expect(answer.names.results).toEqual([]);
    const [group] = readAcknowledgments(answer.ack999!).acknowledgments;
    expect(group!.accepted).toBe(false);
    expect(group!.acknowledgmentCode).toBe('R');
    expect(group!.transactionSets[0]).toMatchObject({ accepted: false, acknowledgmentCode: 'R', syntaxErrors: [{ code: '4' }] });
  });

  it('points at the segment and element in error with IK3/IK4', () => {
    const text = file834([subscriber]).replace('DMG*D8*19900228*F', 'DMG*D8*19901328*F');
    const answer = createSandboxCarrier(config).receive834(text);
    expect(answer.results).toEqual([]);
    const set = readAcknowledgments(answer.ack999!).acknowledgments[0]!.transactionSets[0]!;
    expect(set.accepted).toBe(false);
    expect(set.errors).toMatchObject([{ segmentId: 'DMG', loopId: '2100A', code: '8', elementErrors: [{ position: 2, code: '8' }] }]);
  });

  it('refuses a broken interchange envelope with a TA1 and nothing else', () => {
    const text = file834([subscriber]).replace('IEA*1*000000042', 'IEA*1*000000043');
    const answer = createSandboxCarrier(config).receive834(text, 'broken.834');

    expect(answer.ack999).toBeUndefined();
    expect(answer.results).toEqual([]);
    expect(answer.names.ta1).toBe('broken.834.ta1');
    const [ta1] = readAcknowledgments(answer.ta1!).ta1s;
    expect(ta1).toMatchObject({ interchangeControlNumber: '000000042', accepted: false, acknowledgmentCode: 'R', noteCode: '001' });
  });

  it('refuses an interchange addressed to another receiver, and a duplicate interchange control number', () => {
    const sandbox = createSandboxCarrier(config);
    const elsewhere = sandbox.receive834(file834([subscriber], 50, { receiverId: 'OTHER' }));
    expect(readAcknowledgments(elsewhere.ta1!).ta1s[0]).toMatchObject({ acknowledgmentCode: 'R', noteCode: '009' });

    expect(sandbox.receive834(file834([subscriber], 51)).ack999).toBeDefined();
    const again = sandbox.receive834(file834([subscriber, spouse], 51));
    expect(readAcknowledgments(again.ta1!).ta1s[0]).toMatchObject({ acknowledgmentCode: 'R', noteCode: '025' });
  });

  it('puts an accepting TA1 inside the 999 when the 834 asks for one (ISA14 = 1)', () => {
    const answer = createSandboxCarrier(config).receive834(file834([subscriber], 60, { acknowledgmentRequested: true }));
    const acks = readAcknowledgments(answer.ack999!);
    expect(acks.ta1s).toMatchObject([{ interchangeControlNumber: '000000060', accepted: true, noteCode: '000' }]);
    expect(acks.acknowledgments[0]!.accepted).toBe(true);
  });

  it('says why it cannot answer text that is not an interchange', () => {
    const answer = createSandboxCarrier(config).receive834('hello', 'hello.834');
    expect(answer.ack999).toBeUndefined();
    expect(answer.ta1).toBeUndefined();
    expect(answer).toMatchObject({ results: [], problems: [expect.stringContaining('Not an X12 interchange')] });
  });

  it.each([
    '834_pyx12_deident_family.edi',
    '834_pyx12_deident_term.edi',
    '834_pyx12_ls_le_ls.edi',
    '834_pyx12_example834_5010.edi',
  ])('reads the public sample %s and answers it', async (sample) => {
    const text = await readFile(new URL(`../../../test/fixtures/x12-samples/${sample}`, import.meta.url), 'utf8');
    const answer = createSandboxCarrier({ groups: [{ group_number: 'GRP002', coverage_start_date: '2026-01-01' }], linesOfCoverage: ['HLT', 'PPO'] }).receive834(text, sample);
    expect(answer.problems).toEqual([]);
    const acks = readAcknowledgments(answer.ack999 ?? answer.ta1!);
    expect(acks.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    for (const results of answer.results) expect(parseCarrierResultFile(JSON.stringify(results))).toEqual(results);
  });

  it('accepts the family sample, a valid file, once its group is known', async () => {
    const text = await readFile(new URL('../../../test/fixtures/x12-samples/834_pyx12_deident_family.edi', import.meta.url), 'utf8');
    const answer = createSandboxCarrier({ groups: [{ group_number: 'GRP002', coverage_start_date: '2026-01-01' }], linesOfCoverage: ['PPO'] }).receive834(text);
    expect(readAcknowledgments(answer.ack999!).acknowledgments[0]!.accepted).toBe(true);
    expect(answer.results[0]!.results.map((result) => [result.subscriber_id, result.status])).toEqual([
      ['M000002', 'accepted'],
      ['M000003', 'accepted'],
      ['M000004', 'accepted'],
    ]);
  });
});
