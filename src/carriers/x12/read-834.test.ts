import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Issue } from './issues.ts';
import { read834, stream834, type Read834Event } from './read-834.ts';

// Public pyx12 samples (BSD-3-Clause), byte for byte: see test/fixtures/x12-samples/README.md.
const sample = (name: string): string => readFileSync(new URL(`../../../test/fixtures/x12-samples/${name}`, import.meta.url), 'utf8');
const errorsOf = (result: { issues: Issue[] }): Issue[] => result.issues.filter((i) => i.severity === 'error');

describe('read834 on a new family (834_pyx12_deident_family)', () => {
  const result = read834(sample('834_pyx12_deident_family.edi'));

  it('reads the envelopes and the change-file header', () => {
    expect(result.interchange).toMatchObject({ senderId: 'WIDGETCORP', receiverId: 'CAREPLUS', controlNumber: '000000002', usage: 'T', date: '2026-04-01' });
    expect(result.groups).toMatchObject([{ functionalIdentifierCode: 'BE', controlNumber: '100002', version: '005010X220A1' }]);
    const [set] = result.transactionSets;
    expect(set).toMatchObject({ controlNumber: '0001', groupControlNumber: '100002' });
    expect(set!.header).toEqual({ purpose: '00', referenceNumber: '20260401-002', date: '2026-04-01', time: '0900', actionCode: '2' });
    expect(set!.sponsor).toEqual({ name: 'WIDGET CORPORATION', idQualifier: 'FI', id: '234567891' });
    expect(set!.payer).toEqual({ name: 'CAREPLUS HEALTH PLAN', idQualifier: 'FI', id: '876543219' });
  });

  it('reads subscriber, spouse and child as additions', () => {
    expect(result.members.map((m) => [m.name?.first, m.relationship, m.relationshipCode, m.isSubscriber])).toEqual([
      ['ROBERT', 'self', '18', true],
      ['MARY', 'spouse', '01', false],
      ['MICHAEL', 'child', '19', false],
    ]);
    for (const member of result.members) {
      expect(member).toMatchObject({ maintenanceType: '021', maintenanceReason: 'XN', benefitStatus: 'A', employmentStatus: 'FT' });
      expect(member.dates).toEqual({ eligibilityBegin: '2026-04-01' });
    }
  });

  it("reads the subscriber's name, ids, address, demographics and family PPO coverage", () => {
    const [robert] = result.members;
    expect(robert).toMatchObject({
      subscriberId: 'M000002',
      groupPolicyNumber: 'GRP002',
      name: { last: 'SMITH', first: 'ROBERT', middle: 'J' },
      ssn: '000000002',
      address: { line1: '200 OAK AVE', city: 'RIVERSIDE', state: 'CA', zip: '92501' },
      demographics: { birthDate: '1975-08-20', gender: 'M' },
    });
    expect(robert!.coverages).toEqual([
      { maintenanceType: '021', insuranceLineCode: 'PPO', coverageLevel: 'FAM', startDate: '2026-04-01', segmentIndex: 14 },
    ]);
    expect(result.members[1]!.coverages).toEqual([]);
  });

  it('finds nothing wrong with a valid file', () => {
    expect(result.issues).toEqual([]);
  });
});

describe('read834 on two terminations (834_pyx12_deident_term)', () => {
  const result = read834(sample('834_pyx12_deident_term.edi'));

  it('reads INS03 024, INS05 T, the eligibility end and the coverage end', () => {
    expect(result.members).toHaveLength(2);
    for (const member of result.members) {
      expect(member).toMatchObject({ isSubscriber: true, maintenanceType: '024', benefitStatus: 'T' });
      expect(member.dates?.eligibilityEnd).toBe('2026-03-31');
      expect(member.coverages).toMatchObject([{ maintenanceType: '024', insuranceLineCode: 'PPO', coverageLevel: 'EMP', endDate: '2026-03-31' }]);
      expect(member.coverages[0]!.startDate).toBeUndefined();
    }
    expect(result.members.map((m) => m.name?.last)).toEqual(['JONES', 'BROWN']);
    expect(result.issues).toEqual([]);
  });
});

describe('read834 on the sloppy audit file (834_pyx12_example834_5010)', () => {
  const result = read834(sample('834_pyx12_example834_5010.edi'));

  it('reads it despite the spaces after ~ and the \\ component separator', () => {
    expect(result.delimiters).toEqual({ element: '*', repetition: '^', component: '\\', segment: '~' });
    expect(result.transactionSets[0]!.header).toMatchObject({ actionCode: '4', fileEffectiveDate: '2015-03-01' });
    expect(result.members).toHaveLength(1);
    expect(result.members[0]).toMatchObject({
      maintenanceType: '030',
      subscriberId: '00389999',
      groupPolicyNumber: '000003409999',
      name: { last: 'DOE', first: 'JOHN', middle: 'A' },
      coverages: [{ maintenanceType: '030', insuranceLineCode: 'AK', planCoverageDescription: '064703', coverageLevel: 'IND', startDate: '2015-03-01' }],
    });
  });

  it("warns about the padded INS06 'C   ' and reports no error", () => {
    expect(result.issues).toEqual([
      { severity: 'warning', segmentIndex: 7, segmentId: 'INS', elementPosition: 6, message: 'INS06 "C   " has trailing spaces; read as "C"' },
    ]);
  });
});

describe('read834 on a Medicaid file with other loops (834_pyx12_ls_le_ls)', () => {
  const result = read834(sample('834_pyx12_ls_le_ls.edi'));

  it('reads the corrected member (NM1*74) and skips incorrect-name, mailing, responsible-person and LS/LE loops', () => {
    expect(result.transactionSets[0]).toMatchObject({ controlNumber: '146001', header: { actionCode: '2', masterPolicyNumber: '500647166' } });
    expect(result.transactionSets[0]!.payer).toEqual({ idQualifier: 'FI', id: '455492679' });
    expect(result.members).toHaveLength(1);
    const [member] = result.members;
    expect(member).toMatchObject({
      maintenanceType: '001',
      maintenanceReason: 'AI',
      employmentStatus: 'AC',
      memberReference: 'REF 23',
      name: { last: 'SUBSCRIBER LAST 1', first: 'SUBSCRIBER FIRST 1', middle: 'M' },
      contact: { phone: '5554718931' },
      address: { line1: 'SUBSCRIBER1 ADDRESS 1', city: 'GRANTS PASS', state: 'OR', zip: '975260000' },
      demographics: { birthDate: '1983-07-19', gender: 'F' },
      dates: { eligibilityBegin: '2012-09-01', eligibilityEnd: '2013-03-31' },
    });
    expect(member!.coverages).toEqual([
      {
        maintenanceType: '001',
        insuranceLineCode: 'HMO',
        planCoverageDescription: '12345678902012062020130415N',
        coverageLevel: 'IND',
        startDate: '2012-09-01',
        segmentIndex: 29,
      },
    ]);
    expect(result.issues).toEqual([]);
  });
});

describe('read834 reports what is wrong', () => {
  const family = sample('834_pyx12_deident_family.edi');

  it('reports a wrong SE count and a mismatched control number, and still reads the members', () => {
    const result = read834(family.replace('SE*25*0001', 'SE*24*0002'));
    expect(result.members).toHaveLength(3);
    expect(errorsOf(result)).toMatchObject([
      { segmentId: 'SE', elementPosition: 1, message: expect.stringContaining('has 25') },
      { segmentId: 'SE', elementPosition: 2 },
    ]);
  });

  it('reports GE and IEA counts and control numbers', () => {
    const result = read834(family.replace('GE*1*100002', 'GE*2*100009').replace('IEA*1*000000002', 'IEA*1*000000003'));
    expect(errorsOf(result).map((i) => [i.segmentId, i.elementPosition])).toEqual([
      ['GE', 1],
      ['GE', 2],
      ['IEA', 2],
    ]);
  });

  it('reports codes outside the guide and a missing trailer', () => {
    const result = read834(family.replace('INS*N*19*', 'INS*N*99*').replace('HD*021**PPO', 'HD*021**LIFE').replace(/GE\*.*$/s, ''));
    expect(result.members[2]).toMatchObject({ relationship: undefined, relationshipCode: '99' });
    expect(errorsOf(result).map((i) => i.message)).toEqual([
      expect.stringContaining('HD03 "LIFE"'),
      expect.stringContaining('INS02 "99"'),
      'Functional group 100002 has no GE',
      'The interchange has no IEA',
    ]);
  });
});

describe('stream834', () => {
  it('yields the header, then members one at a time, then the issues', async () => {
    const text = sample('834_pyx12_deident_family.edi');
    const chunks = text.match(/[\s\S]{1,50}/g)!.map((piece) => new TextEncoder().encode(piece));
    const events: Read834Event[] = [];
    for await (const event of stream834(chunks)) events.push(event);
    expect(events.map((e) => e.type)).toEqual(['transactionSet', 'member', 'member', 'member', 'end']);
    expect(events.filter((e) => e.type === 'member').map((e) => e.member)).toEqual(read834(text).members);
  });
});

describe('read834 normalizes what is unambiguous and says so (issue 11)', () => {
  const family = sample('834_pyx12_deident_family.edi');
  const warning = (result: { warnings: Array<{ code: string; count: number }> }, code: string) => result.warnings.filter((w) => w.code === code).reduce((sum, w) => sum + w.count, 0);

  it('reads a ZIP+4 with a hyphen without it, lower-case codes in upper case and trailing spaces trimmed, counting each kind', () => {
    const text = family
      .replace('N4*RIVERSIDE*CA*92501~', 'N4*RIVERSIDE*ca*92501-1234~')
      .replace('DMG*D8*19770303*F~', 'DMG*D8*19770303*f~')
      .replace('INS*N*19*021*XN*A*C**FT~', 'INS*n*19*021*xn*a*C**ft~')
      .replace('HD*021**PPO**FAM~', 'HD*021**ppo**FAM  ~');
    const result = read834(text);
    expect(errorsOf(result)).toEqual([]);
    const [robert, mary, michael] = result.members;
    expect(robert!.address).toMatchObject({ state: 'CA', zip: '925011234' });
    expect(robert!.coverages[0]).toMatchObject({ insuranceLineCode: 'PPO', coverageLevel: 'FAM' });
    expect(mary!.demographics).toMatchObject({ gender: 'F' });
    expect(michael).toMatchObject({ isSubscriber: false, maintenanceReason: 'XN', benefitStatus: 'A', employmentStatus: 'FT' });
    expect(warning(result, 'zip_hyphen_removed')).toBe(1);
    expect(warning(result, 'lowercase_code_uppercased')).toBe(7);
    expect(warning(result, 'trailing_spaces_trimmed')).toBe(1);
    // No personal data in a warning: the ZIP, the name and the birth date are not in it.
    expect(JSON.stringify(result.warnings)).not.toMatch(/92501|SMITH|1977/);
  });

  it('a clean file has no warnings', () => {
    expect(read834(family).warnings).toEqual([]);
  });

  it('counts data present and not stored: providers (2310), COB (2320), unknown DTP and REF qualifiers', () => {
    const text = family
      .replace('DTP*348*D8*20260401~', 'DTP*348*D8*20260401~DTP*303*D8*20260401~REF*ZZ*ABC~LX*1~NM1*P3*1*WELBY*MARCUS~COB*P*123*1~')
      .replace('REF*1L*GRP002~', 'REF*1L*GRP002~REF*DX*77~REF*DX*78~')
      .replace(/SE\*25\*0001/, 'SE*32*0001');
    const result = read834(text);
    expect(errorsOf(result)).toEqual([]);
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        { code: 'provider_not_stored', message: expect.stringContaining('2310'), count: 1 },
        { code: 'coordination_of_benefits_not_stored', message: expect.stringContaining('2320'), count: 1 },
        { code: 'dtp_qualifier_not_stored', message: 'DTP*303 in loop 2300 was read and not stored', count: 1 },
        { code: 'ref_qualifier_not_stored', message: 'REF*ZZ in loop 2300 was read and not stored', count: 1 },
        { code: 'ref_qualifier_not_stored', message: 'REF*DX in loop 2000 was read and not stored', count: 2 },
      ]),
    );
    expect(result.warnings).toHaveLength(5);
  });

  it('refuses a 4010 file with an error naming GS08/ST03', () => {
    const result = read834(family.replaceAll('005010X220A1', '004010X095A1'));
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ segmentId: 'ST', elementPosition: 3, message: expect.stringMatching(/^GS08\/ST03 "004010X095A1" is version 4010/) }),
    ]);
  });
});

describe('every public 834 sample in test/fixtures/x12-samples reads without errors', () => {
  const dir = new URL('../../../test/fixtures/x12-samples/', import.meta.url);
  // What each sample carries that is normalized or not stored: the answer's warnings, by code.
  const expected: Record<string, Record<string, number>> = {
    '834_pyx12_deident_family.edi': {},
    '834_pyx12_deident_new_enroll.edi': {},
    '834_pyx12_deident_term.edi': {},
    '834_pyx12_example834_5010.edi': { trailing_spaces_trimmed: 1, ref_qualifier_not_stored: 2 }, // INS06 'C   '; REF*3H and REF*17
    '834_pyx12_ls_le_ls.edi': { coordination_of_benefits_not_stored: 2, ref_qualifier_not_stored: 3, member_party_not_stored: 4, reporting_categories_not_stored: 1 }, // NM1*70/31/QD/GD; LS/LE
    '834_x12types_guide_example1.edi': { coordination_of_benefits_not_stored: 1, contact_not_stored: 1 }, // PER's work phone
    '834_x12types_emedny_changes.edi': { ref_qualifier_not_stored: 21, provider_not_stored: 7, coordination_of_benefits_not_stored: 5, reporting_categories_not_stored: 7, member_party_not_stored: 2 },
    '834_x12types_emedny_verification.edi': { ref_qualifier_not_stored: 9, provider_not_stored: 3, coordination_of_benefits_not_stored: 3, reporting_categories_not_stored: 3, member_party_not_stored: 1 },
    '834_x12types_vba_companion_guide.edi': { ref_qualifier_not_stored: 1 * 3 }, // REF*1L under HD
  };
  for (const file of readdirSync(dir).filter((f) => f.startsWith('834_'))) {
    it(file, () => {
      const result = read834(readFileSync(new URL(file, dir), 'utf8'));
      expect(errorsOf(result)).toEqual([]);
      expect(result.members.length).toBeGreaterThan(0);
      const byCode: Record<string, number> = {};
      for (const w of result.warnings) byCode[w.code] = (byCode[w.code] ?? 0) + w.count;
      expect(byCode).toEqual(expected[file]);
    });
  }
});
