// The file a class's field is cited from: a CSV class index keeps the summary, duties, KSAs and
// qualifications in sheets of their own ("il-sucss/maq.csv"), a document keeps them all in one.
// [Reference] job-class.ts `fileOf`; ../shared/PRODUCT.md (evidence: sentence, file, line).

import type { JobClass } from './job-class.ts';

/** The file whose line numbers `field`'s lines are: `cls.fileOf[field]`, else `cls.source.file`. */
export function fieldFile(
  cls: Pick<JobClass, 'source' | 'fileOf'>,
  field: keyof NonNullable<JobClass['fileOf']>,
): string {
  return cls.fileOf?.[field] ?? cls.source.file;
}
