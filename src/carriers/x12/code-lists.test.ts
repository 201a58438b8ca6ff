import { describe, expect, it } from 'vitest';
import { QUALIFYING_LIFE_EVENTS, SUBSCRIBER_RELATIONSHIPS, type SubscriberRelationship } from '../../enrollment/enrollment-facts.ts';
import {
  coverageLevelFor,
  INDIVIDUAL_RELATIONSHIP_CODES,
  insuranceLineFor,
  INSURANCE_LINE_FOR_PRODUCT_LINE,
  isCode,
  maintenanceForLifeEvent,
  MAINTENANCE_REASON_CODES,
  MEMBER_MAINTENANCE_TYPE_CODES,
  productLineForInsuranceLine,
  relationshipCodeFor,
  relationshipForCode,
} from './code-lists.ts';
import { X12ValueError } from './issues.ts';

const covered = (...relationships: SubscriberRelationship[]) => relationships.map((relationship) => ({ relationship }));

describe('relationship codes (INS02)', () => {
  it('maps every API relationship to a code of the guide', () => {
    for (const relationship of SUBSCRIBER_RELATIONSHIPS) {
      expect(isCode(INDIVIDUAL_RELATIONSHIP_CODES, relationshipCodeFor(relationship))).toBe(true);
    }
  });

  it('uses the guide codes for the common relationships', () => {
    expect(relationshipCodeFor('self')).toBe('18');
    expect(relationshipCodeFor('spouse')).toBe('01');
    expect(relationshipCodeFor('child')).toBe('19');
    expect(relationshipCodeFor('grandchild')).toBe('05');
    expect(relationshipCodeFor('registered_domestic_partner')).toBe('53');
    expect(relationshipCodeFor('stepchild')).toBe('17');
    expect(relationshipCodeFor('foster_child')).toBe('10');
    expect(relationshipCodeFor('other')).toBe('G8');
  });

  it('sends a court-ordered dependent as 15 ward and reads 15 back as ward', () => {
    expect(relationshipCodeFor('court_ordered_dependent')).toBe('15');
    expect(relationshipForCode('15')).toBe('ward');
  });

  it('reads back every other relationship as itself, and has no name for codes the API lacks', () => {
    for (const relationship of SUBSCRIBER_RELATIONSHIPS.filter((r) => r !== 'court_ordered_dependent')) {
      expect(relationshipForCode(relationshipCodeFor(relationship))).toBe(relationship);
    }
    expect(relationshipForCode('04')).toBeUndefined();
  });
});

describe('maintenanceForLifeEvent (INS03/INS04)', () => {
  it('gives a guide maintenance type and reason for every qualifying life event', () => {
    for (const event of QUALIFYING_LIFE_EVENTS) {
      const { maintenanceType, maintenanceReason } = maintenanceForLifeEvent(event);
      expect(isCode(MEMBER_MAINTENANCE_TYPE_CODES, maintenanceType)).toBe(true);
      expect(isCode(MAINTENANCE_REASON_CODES, maintenanceReason)).toBe(true);
    }
  });

  it('adds a newborn for a birth and terminates for a termination of employment', () => {
    expect(maintenanceForLifeEvent('birth')).toEqual({ maintenanceType: '021', maintenanceReason: '02' });
    expect(maintenanceForLifeEvent('marriage')).toEqual({ maintenanceType: '021', maintenanceReason: '32' });
    expect(maintenanceForLifeEvent('termination_of_employment')).toEqual({ maintenanceType: '024', maintenanceReason: '08' });
    expect(maintenanceForLifeEvent('initial_enrollment')).toEqual({ maintenanceType: '021', maintenanceReason: '28' });
  });
});

describe('insuranceLineFor (HD03)', () => {
  it('maps the HIPAA lines', () => {
    expect(insuranceLineFor('medical')).toBe('HLT');
    expect(insuranceLineFor('dental')).toBe('DEN');
    expect(insuranceLineFor('vision')).toBe('VIS');
    expect(insuranceLineFor('short_term_disability')).toBe('STD');
    expect(insuranceLineFor('long_term_disability')).toBe('LTD');
  });

  it('has no code for lines the guide does not cover, unless the carrier names one', () => {
    for (const line of ['life', 'accidental_death_dismemberment', 'accident', 'critical_illness', 'hospital_indemnity'] as const) {
      expect(insuranceLineFor(line)).toBeUndefined();
    }
    expect(insuranceLineFor('accident', { accident: 'AH' })).toBe('AH');
    expect(insuranceLineFor('medical', { medical: 'PPO' })).toBe('PPO');
  });
});

describe('productLineForInsuranceLine (HD03 read back)', () => {
  it('is the reverse of insuranceLineFor for every line the guide has a code for', () => {
    for (const [line, code] of Object.entries(INSURANCE_LINE_FOR_PRODUCT_LINE)) {
      if (code) expect(productLineForInsuranceLine(code)).toBe(line);
    }
  });

  it('reads the network-type codes senders use for medical plans, and nothing for codes with no line', () => {
    for (const code of ['PPO', 'HMO', 'EPO', 'POS', 'MM']) expect(productLineForInsuranceLine(code)).toBe('medical');
    for (const code of ['AK', 'PDG', 'FAC', 'XYZ', '']) expect(productLineForInsuranceLine(code)).toBeUndefined();
  });
});

describe('coverageLevelFor (HD05)', () => {
  it('derives the tier from who is covered', () => {
    expect(coverageLevelFor(covered('self'))).toBe('EMP');
    expect(coverageLevelFor(covered('self', 'spouse'))).toBe('ESP');
    expect(coverageLevelFor(covered('self', 'registered_domestic_partner'))).toBe('ESP');
    expect(coverageLevelFor(covered('self', 'child', 'stepchild'))).toBe('ECH');
    expect(coverageLevelFor(covered('self', 'spouse', 'child'))).toBe('FAM');
  });

  it('counts dependents when one fits neither spouse nor child', () => {
    expect(coverageLevelFor(covered('self', 'other'))).toBe('E1D');
    expect(coverageLevelFor(covered('self', 'spouse', 'other'))).toBe('E2D');
    expect(coverageLevelFor(covered('self', 'spouse', 'child', 'other'))).toBe('E3D');
    expect(coverageLevelFor(covered('self', 'spouse', 'child', 'child', 'other'))).toBe('E8D');
  });

  it('uses the dependents-only codes without the subscriber', () => {
    expect(coverageLevelFor(covered('spouse'))).toBe('SPO');
    expect(coverageLevelFor(covered('child', 'child'))).toBe('CHD');
    expect(coverageLevelFor(covered('spouse', 'child'))).toBe('SPC');
    expect(coverageLevelFor(covered('other'))).toBe('DEP');
  });

  it('refuses an empty list', () => {
    expect(() => coverageLevelFor([])).toThrow(X12ValueError);
  });
});
