import { describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../../src/domain/graph/index.ts';
import { AppData } from '../../../src/ui/state/app-data.svelte.ts';
import { seedGraph } from '../../fixtures/seed-graph.ts';

describe('AppData.classOf(id) and titleOf(id)', () => {
  it('finds a class of the loaded graph and its title', () => {
    const data = new AppData();
    data.graph = buildCareerGraph(seedGraph());
    expect(data.classOf('il-sucss:0876')?.title).toBe('Medical Social Consultant');
    expect(data.titleOf('il-sucss:0876')).toBe('Medical Social Consultant');
  });

  it('gives null and the id itself for an unknown class, no id, or no graph yet', () => {
    const data = new AppData();
    expect(data.classOf('il-sucss:0876')).toBeNull();
    expect(data.titleOf('il-sucss:0876')).toBe('il-sucss:0876');
    data.graph = buildCareerGraph(seedGraph());
    expect(data.classOf('nowhere:1')).toBeNull();
    expect(data.titleOf('nowhere:1')).toBe('nowhere:1');
    expect(data.classOf(null)).toBeNull();
    expect(data.titleOf(null)).toBe('');
  });
});
