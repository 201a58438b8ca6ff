import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read834 } from '../../carriers/x12/index.ts';
import type { ImportPlan } from '../run-import.ts';
import { FamilyAssembler, flaggedMembers, planForCoverage, readerErrors } from './x12-families.ts';
import { readFileFacts } from './x12-file-facts.ts';
import { x12Text } from './testing/generate-834.ts';

const SAMPLES = new URL('../../../test/fixtures/x12-samples', import.meta.url).pathname;
const sample = (name: string) => fs.readFileSync(`${SAMPLES}/${name}`, 'utf8');
const plan = (product_line: ImportPlan['product_line'], external_identifier: string, plan_identifier: string | null = null): ImportPlan => ({ id: `${external_identifier}-id`, coverage_period_id: 'p', product_line, external_identifier, plan_identifier });
const PLANS = [plan('medical', 'MED-PPO', 'GOLDPPO'), plan('dental', 'DEN-1', 'DENTAL1')];

function families(text: string, plans: ImportPlan[] = PLANS) {
  const read = read834(text);
  const assembler = new FamilyAssembler({ plans }, flaggedMembers(read.issues, read.members.map((m) => m.segmentIndex)));
  const out = { families: [] as NonNullable<ReturnType<FamilyAssembler['end']>>[], errors: readerErrors(read.issues) };
  for (const member of read.members) {
    const { family, errors } = assembler.push(member);
    out.errors.push(...errors);
    if (family) out.families.push(family);
  }
  const last = assembler.end();
  if (last) out.families.push(last);
  return out;
}

describe('834 members as families', () => {
  it('reads the pyx12 family: subscriber then dependents, each dependent known by its own REF*0F, covered by the subscriber’s FAM loop', () => {
    const { families: [family], errors } = families(sample('834_pyx12_deident_family.edi'), [plan('medical', 'ONLY-MEDICAL')]);
    expect(errors).toEqual([]);
    expect(family!.map((p) => [p.externalIdentifier, p.subscriberExternalId, p.relationship, p.first_name, p.ssn, p.birth_date, p.gender])).toEqual([
      ['M000002', 'M000002', 'self', 'ROBERT', '000000002', '1975-08-20', 'male'],
      ['M000003', 'M000002', 'spouse', 'MARY', '000000003', '1977-03-03', 'female'],
      ['M000004', 'M000002', 'child', 'MICHAEL', '000000004', '2010-06-12', 'male'],
    ]);
    for (const person of family!) {
      expect(person.plans).toEqual({ medical: 'ONLY-MEDICAL' });
      expect(person.coverage_starts).toEqual({ medical: '2026-04-01' });
      expect(person.coverage_rows).toEqual({ medical: 15 }); // HD*021**PPO**FAM is the 15th segment
    }
    expect(family![0]!.address).toEqual({ address_line_1: '200 OAK AVE', address_line_2: null, city: 'RIVERSIDE', state: 'CA', zip: '92501' });
  });

  it('reads a termination: the coverage ends on DTP*349, starting when the coverage on file started', () => {
    const { families: read, errors } = families(sample('834_pyx12_deident_term.edi'), [plan('medical', 'MED')]);
    expect(errors).toEqual([]);
    expect(read.map((f) => [f[0]!.externalIdentifier, f[0]!.coverage_starts, f[0]!.coverage_ends])).toEqual([
      ['M000010', { medical: null }, { medical: '2026-03-31' }],
      ['M000011', { medical: null }, { medical: '2026-03-31' }],
    ]);
  });

  it('names the segment and element of each mistake, once', () => {
    const lines = x12Text({ families: 3, coverageStartDate: '2026-01-01' }).split('\n');
    const hd = lines.findIndex((line) => line.startsWith('HD*021**DEN'));
    lines[hd] = lines[hd]!.replace('**DEN*', '**PDG*');
    const dmg = lines.length - 1 - [...lines].reverse().findIndex((line) => line.startsWith('DMG*'));
    lines[dmg] = lines[dmg]!.replace(/DMG\*D8\*\d{8}/, 'DMG*D8*20261301');
    const { errors } = families(lines.join('\n'));
    expect(errors).toEqual([
      { row: dmg + 1, column: 'DMG02', error_type: 'invalid_request.x12_invalid', message: expect.stringContaining('not a date') },
      { row: hd + 1, column: 'HD03', error_type: 'unprocessable.insurance_line_unsupported', message: expect.any(String) },
    ]);
  });

  it('refuses a dependent that follows no subscriber', () => {
    const text = x12Text({ families: 1, coverageStartDate: '2026-01-01', seed: 2 });
    const lines = text.split('\n');
    const firstDependent = lines.findIndex((line) => line.startsWith('INS*N'));
    expect(firstDependent).toBeGreaterThan(0);
    const withoutSubscriber = [...lines.slice(0, lines.findIndex((line) => line.startsWith('INS*Y'))), ...lines.slice(firstDependent)];
    const { errors } = families(withoutSubscriber.join('\n'));
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ column: 'INS01', error_type: 'invalid_request.parameter_invalid' })]));
  });
});

describe('planForCoverage (HD04)', () => {
  const plans = [plan('medical', 'MED-PPO', 'GOLDPPO'), plan('medical', 'MED-HMO', 'SILVERHMO'), plan('disability', 'DIS', 'STD1')];
  it('matches plan_identifier, then external_identifier, whatever the case', () => {
    expect(planForCoverage('medical', 'goldppo', plans)).toMatchObject({ external_identifier: 'MED-PPO' });
    expect(planForCoverage('medical', 'MED-HMO', plans)).toMatchObject({ external_identifier: 'MED-HMO' });
    expect(planForCoverage('short_term_disability', 'STD1', plans)).toMatchObject({ external_identifier: 'DIS' });
  });
  it('takes a line’s only plan for an empty HD04, and refuses to guess among several', () => {
    expect(planForCoverage('short_term_disability', undefined, plans)).toMatchObject({ external_identifier: 'DIS' });
    expect(planForCoverage('medical', undefined, plans)).toEqual({ error: expect.stringContaining('2 medical plans') });
    expect(planForCoverage('dental', 'X', plans)).toEqual({ error: expect.stringContaining('No dental plan') });
  });
});

describe('readFileFacts', () => {
  it('reads a full file (BGN08 4) as complete, with its sponsor, group number and plans', async () => {
    const text = x12Text({ families: 2, coverageStartDate: '2026-01-01', actionCode: '4', fileEffectiveDate: '2026-05-01' });
    const { stream834 } = await import('../../carriers/x12/index.ts');
    const facts = await readFileFacts(stream834([text]));
    expect(facts).toMatchObject({ actionCode: '4', complete: true, sponsors: [{ name: 'WIDGET CORPORATION', id: '234567891', id_qualifier: 'FI' }], groupNumbers: ['GRP002'], earliestStart: '2026-01-01', fileDate: '2026-05-01' });
    expect(facts.plans).toEqual([{ product_line: 'medical', plan_identifier: 'GOLDPPO', insurance_line_code: 'HLT' }, { product_line: 'dental', plan_identifier: 'DENTAL1', insurance_line_code: 'DEN' }]);
  });
});

describe('coverage that began before the coverage period (issue 11)', () => {
  it('is kept from the period’s start; a coverage that began within it is kept as sent', () => {
    const read = read834(sample('834_pyx12_deident_family.edi'));
    const run = (periodStart: string) => {
      const assembler = new FamilyAssembler({ plans: [plan('medical', 'ONLY-MEDICAL')], periodStart });
      for (const member of read.members) assembler.push(member);
      return assembler.end()!;
    };
    for (const person of run('2026-06-01')) expect(person.coverage_starts).toEqual({ medical: '2026-06-01' });
    for (const person of run('2026-01-01')) expect(person.coverage_starts).toEqual({ medical: '2026-04-01' });
  });
});
