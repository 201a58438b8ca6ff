import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAcknowledgments, readAcknowledgmentsFromStream, write999, type Acknowledgment999Input } from './ack-999.ts';
import { X12ValueError } from './issues.ts';
import { writeTa1 } from './ta1.ts';

// Public samples (BSD-3-Clause), byte for byte: see test/fixtures/x12-samples/README.md.
const sample = (name: string): string => readFileSync(new URL(`../../../test/fixtures/x12-samples/${name}`, import.meta.url), 'utf8');

describe('readAcknowledgments on an accepting 999 of 005010X231 (999_pyx12_834_ls_le_ls_5010)', () => {
  const result = readAcknowledgments(sample('999_pyx12_834_ls_le_ls_5010.edi'));

  it('matches the answer to the 834 group 146 and its transaction set 146001, accepted', () => {
    expect(result.delimiters.repetition).toBe('!');
    expect(result.ta1s).toEqual([]);
    expect(result.acknowledgments).toHaveLength(1);
    const [ack] = result.acknowledgments;
    expect(ack).toMatchObject({
      acknowledgedGroup: { functionalIdentifierCode: 'BE', controlNumber: '146', version: '005010X220A1' },
      acknowledgmentCode: 'A',
      acknowledgmentDescription: 'Accepted',
      accepted: true,
      includedCount: 1,
      receivedCount: 1,
      acceptedCount: 1,
      errors: [],
    });
    expect(ack!.transactionSets).toEqual([
      {
        transactionSetId: '834',
        controlNumber: '146001',
        implementationReference: '005010X220A1',
        acknowledgmentCode: 'A',
        acknowledgmentDescription: 'Accepted',
        accepted: true,
        errors: [],
        syntaxErrors: [],
        segmentIndex: 4,
      },
    ]);
  });

  it('accepts the older GS08/ST03 005010X231 without complaint', () => {
    expect(result.groups[0]!.version).toBe('005010X231');
    expect(result.issues).toEqual([]);
  });
});

describe('readAcknowledgments on a TA1 and a rejecting 999 (999_imsweb_x12_999_accepted_ta1)', () => {
  const result = readAcknowledgments(sample('999_imsweb_x12_999_accepted_ta1.edi'));

  it('reads the TA1 before the GS: interchange 101 accepted, note 000', () => {
    expect(result.ta1s).toEqual([
      {
        interchangeControlNumber: '101',
        date: '2024-10-18',
        time: '0307',
        acknowledgmentCode: 'A',
        acknowledgmentDescription: expect.stringContaining('Have No Errors'),
        accepted: true,
        noteCode: '000',
        noteDescription: 'No error',
        segmentIndex: 1,
      },
    ]);
  });

  it('reads the 999 rejection with the IK3 errors naming segment CLM in loop 2010', () => {
    const [ack] = result.acknowledgments;
    expect(ack).toMatchObject({ acknowledgedGroup: { functionalIdentifierCode: 'HC', controlNumber: '101' }, acknowledgmentCode: 'R', accepted: false, acceptedCount: 0 });
    const [set] = ack!.transactionSets;
    expect(set).toMatchObject({ transactionSetId: '837', controlNumber: '101', acknowledgmentCode: 'R', accepted: false });
    expect(set!.syntaxErrors).toEqual([{ code: '5', description: 'One or More Segments in Error' }]);
    expect(set!.errors).toEqual([
      { segmentId: 'CLM', position: 289, loopId: '2010', code: '6', description: 'Segment Not in Defined Transaction Set', elementErrors: [] },
      { segmentId: 'CLM', position: 381, loopId: '2010', code: '6', description: 'Segment Not in Defined Transaction Set', elementErrors: [] },
    ]);
  });

  it('reports the 3-character AK202 and the short TA101 as issues, and nothing else', () => {
    expect(result.issues).toMatchObject([
      { severity: 'warning', segmentId: 'TA1', elementPosition: 1, message: expect.stringContaining('000000101') },
      { severity: 'error', segmentId: 'AK2', elementPosition: 2, message: expect.stringContaining('AK202 "101"') },
    ]);
  });
});

const envelope = {
  senderQualifier: 'ZZ',
  senderId: 'CARRIER01',
  receiverQualifier: 'ZZ',
  receiverId: 'OPENENROLL',
  interchangeControlNumber: 900,
  groupControlNumber: 90,
  transactionSetControlNumber: 9,
  date: '2026-03-16',
  time: '1200',
  usage: 'T' as const,
};

describe('write999', () => {
  const input: Acknowledgment999Input = {
    interchange: envelope,
    acknowledgedGroup: { functionalIdentifierCode: 'BE', controlNumber: '7', version: '005010X220A1' },
    ta1: { interchangeControlNumber: 42, date: '2026-03-15', time: '0930', acknowledgmentCode: 'A' },
    transactionSets: [
      { controlNumber: '0001', implementationReference: '005010X220A1' },
      {
        controlNumber: '0002',
        errors: [
          {
            segmentId: 'HD',
            position: 17,
            loopId: '2300',
            code: '8',
            elementErrors: [{ position: 3, dataElementReference: '1205', code: '7', badValue: 'LI*FE' }],
          },
        ],
      },
    ],
  };
  const text = write999(input);

  it('writes TA1, AK1, an AK2 per transaction set, IK3/IK4, IK5 and AK9 with counts', () => {
    expect(text.split('~').slice(1, -1)).toEqual([
      'TA1*000000042*260315*0930*A*000',
      'GS*FA*CARRIER01*OPENENROLL*20260316*1200*90*X*005010X231A1',
      'ST*999*0009*005010X231A1',
      'AK1*BE*7*005010X220A1',
      'AK2*834*0001*005010X220A1',
      'IK5*A',
      'AK2*834*0002',
      'IK3*HD*17*2300*8',
      'IK4*3*1205*7*LI FE',
      'IK5*R*5',
      'AK9*P*2*2*1',
      'SE*10*0009',
      'GE*1*90',
      'IEA*1*000000900',
    ]);
  });

  it('is read back as written, with no issues', () => {
    const result = readAcknowledgments(text);
    expect(result.issues).toEqual([]);
    expect(result.ta1s[0]).toMatchObject({ interchangeControlNumber: '000000042', accepted: true, noteCode: '000' });
    const [ack] = result.acknowledgments;
    expect(ack).toMatchObject({ acknowledgmentCode: 'P', accepted: false, includedCount: 2, receivedCount: 2, acceptedCount: 1 });
    expect(ack!.transactionSets.map((t) => [t.controlNumber, t.accepted])).toEqual([
      ['0001', true],
      ['0002', false],
    ]);
    expect(ack!.transactionSets[1]!.errors).toEqual([
      {
        segmentId: 'HD',
        position: 17,
        loopId: '2300',
        code: '8',
        description: 'Segment Has Data Element Errors',
        elementErrors: [{ position: 3, dataElementReference: '1205', code: '7', description: 'Invalid Code Value', badValue: 'LI FE' }],
      },
    ]);
  });

  it('reads the same from a stream', async () => {
    expect(await readAcknowledgmentsFromStream([text.slice(0, 50), text.slice(50)])).toEqual(readAcknowledgments(text));
  });

  it('writes IK4 component and repetition positions as a composite', () => {
    const withComponent = write999({
      ...input,
      ta1: undefined,
      transactionSets: [{ controlNumber: '0001', errors: [{ segmentId: 'DMG', position: 12, elementErrors: [{ position: 5, componentPosition: 1, repetitionPosition: 2, code: '7' }] }] }],
    });
    expect(withComponent).toContain('~IK4*5:1:2**7~');
    expect(readAcknowledgments(withComponent).acknowledgments[0]!.transactionSets[0]!.errors[0]!.elementErrors[0]).toMatchObject({
      position: 5,
      componentPosition: 1,
      repetitionPosition: 2,
    });
  });

  it('refuses codes outside the X231A1 lists', () => {
    expect(() => write999({ ...input, transactionSets: [{ controlNumber: '0001', syntaxErrors: ['99' as '5'] }] })).toThrow(X12ValueError);
  });
});

describe('writeTa1', () => {
  it('writes a TA1 alone in its interchange, IEA01 0, and reads back the rejection note', () => {
    const text = writeTa1(envelope, { interchangeControlNumber: 42, date: '2026-03-15', time: '0930', acknowledgmentCode: 'R', noteCode: '022' });
    expect(text.split('~').slice(1)).toEqual(['TA1*000000042*260315*0930*R*022', 'IEA*0*000000900', '']);
    const result = readAcknowledgments(text);
    expect(result.issues).toEqual([]);
    expect(result.ta1s[0]).toMatchObject({ accepted: false, acknowledgmentCode: 'R', noteCode: '022', noteDescription: 'Invalid Control Structure' });
  });
});
