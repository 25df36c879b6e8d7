// Typed errors for misuse of the API (unknown class id, bad options). Messy documents never throw:
// they produce diagnostics (see diagnostics.ts).
// [Reference] graphology's NotFoundGraphError; ../shared/STYLE.md "Errors".

export class RungsError extends Error {
  override name = 'RungsError';
}

/** `nextRoles: job class "x" not found.` */
export class ClassNotFoundError extends RungsError {
  override name = 'ClassNotFoundError';
  constructor(
    readonly fn: string,
    readonly classId: string,
  ) {
    super(`${fn}: job class "${classId}" not found.`);
  }
}

export class InvalidOptionError extends RungsError {
  override name = 'InvalidOptionError';
  constructor(
    readonly fn: string,
    readonly option: string,
    readonly value: unknown,
  ) {
    super(`${fn}: invalid ${option} ${JSON.stringify(value)}.`);
  }
}

export class InvalidDocumentError extends RungsError {
  override name = 'InvalidDocumentError';
  constructor(
    readonly fn: string,
    readonly reason: string,
  ) {
    super(`${fn}: not a Rungs graph document (${reason}).`);
  }
}
