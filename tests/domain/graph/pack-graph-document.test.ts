import { describe, expect, it } from 'vitest';
import { buildEdges } from '../../../src/domain/graph/build-edges.ts';
import { loadGraphDocument } from '../../../src/domain/graph/load-graph-document.ts';
import {
  isPackedGraphDocument,
  packForExplorer,
  packedGraphFile,
  packGraphDocument,
  unpackGraphDocument,
} from '../../../src/domain/graph/pack-graph-document.ts';
import { InvalidDocumentError } from '../../../src/domain/errors.ts';
import type { GraphDocument } from '../../../src/domain/model/index.ts';
import { documentOf } from './fixtures.ts';
import { seedClasses } from './seed-graph.ts';

function seedDocument(): GraphDocument {
  const classes = seedClasses();
  const { edges, diagnostics } = buildEdges(classes);
  return { ...documentOf(classes, edges), diagnostics };
}

/** Through the wire as the app receives it: stringified, parsed, unpacked. */
function roundTrip(doc: GraphDocument): unknown {
  return unpackGraphDocument(JSON.parse(JSON.stringify(packGraphDocument(doc))));
}

describe('packGraphDocument(doc)', () => {
  it('unpacks to JSON equal to the seed graph document, which loads', () => {
    const doc = seedDocument();
    const back = roundTrip(doc);
    expect(back).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(loadGraphDocument(back).classes.map((c) => c.id)).toEqual(doc.classes.map((c) => c.id));
  });

  it('writes a repeated string once and each key list once, and is smaller than the document', () => {
    const doc = seedDocument();
    const packed = packGraphDocument(doc);
    const quoted = doc.edges.find((e) => e.kind === 'shared-ksa')?.evidence[0]?.text ?? '';
    expect(quoted.length).toBeGreaterThan(8);
    expect(packed.strings.filter((s) => s === quoted)).toHaveLength(1);
    expect(JSON.stringify(packed).split(quoted)).toHaveLength(2);
    expect(packed.shapes.filter((keys) => keys.includes('proficiencyWord'))).toHaveLength(1);
    expect(JSON.stringify(packed).split('"proficiencyWord"')).toHaveLength(2);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(doc).length * 0.6);
  });

  it('keeps text that itself begins with the reference mark', () => {
    const doc = seedDocument();
    const first = doc.classes[0];
    if (!first) throw new Error('no seed class');
    const tricky: GraphDocument = {
      ...doc,
      classes: [
        { ...first, summary: '~0', duties: ['~~ twice', '~zz', '~0', 'plain'] },
        ...doc.classes.slice(1),
      ],
    };
    const back = roundTrip(tricky) as GraphDocument;
    expect(back.classes[0]?.summary).toBe('~0');
    expect(back.classes[0]?.duties).toEqual(['~~ twice', '~zz', '~0', 'plain']);
  });
});

describe('packForExplorer(doc)', () => {
  it("leaves out the documents' lines and keeps everything else", () => {
    const doc = seedDocument();
    const withLines: GraphDocument = {
      ...doc,
      documents: [
        {
          file: 'a.txt',
          jurisdiction: 'x',
          format: 'text',
          lineCount: 2,
          placedLines: 2,
          contentLines: 2,
          classIds: [],
          lines: ['one', 'two'],
        },
      ],
    };
    const back = unpackGraphDocument(
      JSON.parse(JSON.stringify(packForExplorer(withLines))),
    ) as GraphDocument;
    expect(back.documents).toEqual([
      {
        file: 'a.txt',
        jurisdiction: 'x',
        format: 'text',
        lineCount: 2,
        placedLines: 2,
        contentLines: 2,
        classIds: [],
      },
    ]);
    expect(back.classes).toEqual(JSON.parse(JSON.stringify(doc.classes)));
    expect(back.edges).toEqual(JSON.parse(JSON.stringify(doc.edges)));
  });
});

describe('unpackGraphDocument(json)', () => {
  it('refuses a plain graph document, another version and a broken reference, naming why', () => {
    const doc = seedDocument();
    expect(isPackedGraphDocument(doc)).toBe(false);
    expect(() => unpackGraphDocument(doc)).toThrow(InvalidDocumentError);
    const packed = JSON.parse(JSON.stringify(packGraphDocument(doc))) as Record<string, unknown>;
    expect(() => unpackGraphDocument({ ...packed, version: 3 })).toThrow(
      /packed version 3, expected 2/,
    );
    expect(() => unpackGraphDocument({ ...packed, strings: [] })).toThrow(
      /no string "~[0-9a-z]+" in the table/,
    );
    expect(() => unpackGraphDocument({ ...packed, shapes: [] })).toThrow(/no shape 1 of \d+ keys/);
  });
});

describe('packedGraphFile(graphFile)', () => {
  it('names the packed file beside the graph document', () => {
    expect(packedGraphFile('/tmp/corpus.json')).toBe('/tmp/corpus.packed.json');
    expect(packedGraphFile('data/build/graph')).toBe('data/build/graph.packed.json');
  });
});
