import { describe, expect, it } from 'vitest';
import { reasonView } from '../../../src/ui/lib/reason-view.ts';

describe('reasonView(reason)', () => {
  it('says an equivalence once: the route by its short name, its months, the kind of work', () => {
    const view = reasonView({
      kind: 'equivalence',
      route: { id: 'b', label: 'Or (b)', text: '' },
      months: 12,
      score: 0.8,
      basis:
        'counts toward route Or (b): Social casework in a medical, psychiatric or public health setting',
      evidence: [],
    });
    expect(view.label).toBe('Equivalent experience');
    expect(view.summary).toBe(
      'Experience here counts toward route b (12 months): Social casework in a medical, psychiatric or public health setting.',
    );
  });

  it('keeps a basis it does not recognise whole', () => {
    const view = reasonView({
      kind: 'equivalence',
      route: { id: 'A', label: '', text: '' },
      months: null,
      score: 0.7,
      basis: 'human services work',
      evidence: [],
    });
    expect(view.summary).toBe('Experience here counts toward route A: human services work.');
  });
});
