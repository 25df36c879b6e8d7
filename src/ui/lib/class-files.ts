// The source files a class's fields come from (one, or several for a class read from a CSV index
// with a sheet per field) and the lines of each file that belong to the class.

import type { JobClass } from '../../domain/model/index.ts';

export function classFiles(cls: JobClass): string[] {
  return [...new Set([cls.source.file, ...Object.values(cls.fileOf ?? {}).filter((f): f is string => typeof f === 'string')])];
}

/** The first and last line of `file` that hold this class's text, or null. */
export function classSpanIn(cls: JobClass, file: string): [number, number] | null {
  const lines: number[] = [];
  if (file === cls.source.file) lines.push(...cls.source.lines);
  const of = cls.fileOf ?? {};
  const isFieldFile = (field: keyof NonNullable<JobClass['fileOf']>): boolean => (of[field] ?? cls.source.file) === file;
  if (isFieldFile('summary') && cls.lineOf.summary) lines.push(...cls.lineOf.summary);
  if (isFieldFile('duties')) lines.push(...cls.lineOf.duties);
  if (isFieldFile('ksas')) for (const k of cls.ksas) if (k.line !== null) lines.push(k.line);
  if (isFieldFile('qualifications')) {
    if (cls.qualifications.lines) lines.push(...cls.qualifications.lines);
    for (const r of cls.qualifications.routes) if (r.line !== null) lines.push(r.line);
  }
  return lines.length > 0 ? [Math.min(...lines), Math.max(...lines)] : null;
}
