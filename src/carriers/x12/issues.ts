/**
 * What the readers report and what the writers throw.
 *
 * Readers never throw on a sloppy file they can still make sense of: they read it and list what is wrong
 * as issues (an `error` breaks the guide, a `warning` is tolerated sloppiness such as a padded code).
 * Writers throw `X12ValueError` instead: a file we send must be right or not sent at all.
 */

export type IssueSeverity = 'error' | 'warning';

export interface Issue {
  severity: IssueSeverity;
  /** 0-based position of the segment in the file (ISA = 0). */
  segmentIndex: number;
  segmentId: string;
  /** The guide's element position (INS06 → 6), when one element is at fault. */
  elementPosition?: number;
  message: string;
}

/** A value the writer cannot put into an X12 file; `parameter` is the path of the input field at fault. */
export class X12ValueError extends Error {
  override readonly name = 'X12ValueError';
  readonly errorType = 'invalid_request.x12_value';
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter}: ${message}`);
  }
}

/** Input that is not an X12 interchange at all (no ISA to take the delimiters from). */
export class X12SyntaxError extends Error {
  override readonly name = 'X12SyntaxError';
}

/** Collects issues for one read; the readers share one so the order is the file's order. */
export class IssueLog {
  readonly issues: Issue[] = [];

  error(segment: SegmentRef, message: string, elementPosition?: number): void {
    this.add('error', segment, message, elementPosition);
  }

  warning(segment: SegmentRef, message: string, elementPosition?: number): void {
    this.add('warning', segment, message, elementPosition);
  }

  private add(severity: IssueSeverity, segment: SegmentRef, message: string, elementPosition?: number): void {
    const issue: Issue = { severity, segmentIndex: segment.index, segmentId: segment.id, message };
    if (elementPosition !== undefined) issue.elementPosition = elementPosition;
    this.issues.push(issue);
  }
}

interface SegmentRef {
  id: string;
  index: number;
}
