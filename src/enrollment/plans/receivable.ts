// Which product lines a carrier can receive, pure. Every carrier receives 834 files, and an 834 carries a
// coverage only under an HD03 insurance line code: the implementation guide's default for the line
// (medical HLT, dental DEN, ...) or the code the carrier's companion guide names in its
// `line_of_coverage_codes`. A line with neither (life, accident, critical illness, ...) would be left
// out of every file, so a plan for it is refused at the door, naming the setting to add.
import type { ErrorItem } from '../../http/errors.ts';
import { insuranceLineFor, type CarrierInsuranceLineOverrides } from '../../carriers/x12/code-lists.ts';
import { PRODUCT_LINES, planServesProductLine, type ProductLine } from '../enrollment-facts.ts';

/** The election lines a plan of `line` may be elected under other than its own (disability → STD, LTD). */
export function specificLinesOf(line: ProductLine): ProductLine[] {
  return PRODUCT_LINES.filter((other) => other !== line && planServesProductLine(line, other));
}

/** A coverage of this line can be written into the carrier's 834. */
export function coverageLineReceivable(line: ProductLine, codes: CarrierInsuranceLineOverrides): boolean {
  return insuranceLineFor(line, codes) !== undefined;
}

/**
 * A plan of this line can be sent: its line has a code, or it is a general line (disability) whose
 * every specific line (short- and long-term disability) has one — its coverages go out under those.
 */
export function planLineReceivable(line: ProductLine, codes: CarrierInsuranceLineOverrides): boolean {
  if (coverageLineReceivable(line, codes)) return true;
  const specific = specificLinesOf(line);
  return specific.length > 0 && specific.every((other) => coverageLineReceivable(other, codes));
}

export const PRODUCT_LINE_NOT_RECEIVABLE = 'unprocessable.product_line_not_receivable';
export const LINE_OF_COVERAGE_CODE_NEEDED = 'unprocessable.line_of_coverage_code_needed';

/** The 422 of a plan its carrier cannot receive: which setting of which carrier to add. */
export function planLineNotReceivable(line: ProductLine, carrier: { id: string; name: string }, parameter = 'plan.product_line'): ErrorItem {
  return {
    error_type: PRODUCT_LINE_NOT_RECEIVABLE,
    message:
      `The carrier ${carrier.name} cannot receive ${line} coverage: the 834 implementation guide has no insurance line code (HD03) for ${line} ` +
      `and the carrier names none. Add the carrier's code as line_of_coverage_codes.${line} (PUT /carriers/${carrier.id}) before creating the plan`,
    parameter,
  };
}

/** Lines whose coverages the old codes could carry and the new ones cannot. */
export function linesLostByCodes(before: CarrierInsuranceLineOverrides, after: CarrierInsuranceLineOverrides): ProductLine[] {
  return PRODUCT_LINES.filter((line) => coverageLineReceivable(line, before) && !coverageLineReceivable(line, after));
}

/** The 422 of a carrier update that would lose a line its plans or coverages are for. */
export function lineOfCoverageCodeNeeded(line: ProductLine): ErrorItem {
  return {
    error_type: LINE_OF_COVERAGE_CODE_NEEDED,
    message: `Plans or current coverages of this carrier are for ${line}, which the 834 has no default code for: line_of_coverage_codes.${line} cannot be removed while they exist`,
    parameter: `carrier.line_of_coverage_codes.${line}`,
  };
}
