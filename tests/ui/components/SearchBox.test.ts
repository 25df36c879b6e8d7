import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { createSearcher, type SearchHit } from '../../../src/domain/search/index.ts';
import SearchBox from '../../../src/ui/components/SearchBox.svelte';
import { seedGraph } from '../../fixtures/seed-graph.ts';

const doc = seedGraph();
const names = new Map(doc.jurisdictions.map((j) => [j.id, j.name]));

function setup() {
  const onchoose = vi.fn<(hit: SearchHit) => void>();
  render(SearchBox, { props: { id: 's', searcher: createSearcher(doc), jurisdictionName: (j: string) => names.get(j) ?? j, onchoose } });
  const input = screen.getByRole('combobox');
  return { input, onchoose };
}

describe('<SearchBox>', () => {
  it('groups results by jurisdiction and marks the matched words', async () => {
    const { input } = setup();
    await fireEvent.input(input, { target: { value: 'case manager' } });
    const groups = screen.getAllByRole('group').map((g) => g.getAttribute('aria-labelledby'));
    expect(groups.length).toBeGreaterThanOrEqual(2);
    const option = screen.getByRole('option', { name: /Intensive Case Manager/ });
    expect([...option.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Case', 'Manager']);
  });

  it('moves with ↓ ↑, opens with Enter and marks the active option for assistive technology', async () => {
    const { input, onchoose } = setup();
    await fireEvent.input(input, { target: { value: 'medical social' } });
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    await fireEvent.keyDown(input, { key: 'ArrowUp' });
    const active = screen.getAllByRole('option')[0]!;
    expect(active.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(active.id);
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onchoose).toHaveBeenCalledTimes(1);
    expect(onchoose.mock.calls[0]?.[0].title).toBe(active.querySelector('.title')?.textContent);
  });

  it('closes with Esc and clears with a second Esc', async () => {
    const { input } = setup();
    await fireEvent.input(input, { target: { value: 'social' } });
    expect(screen.queryByRole('listbox')).not.toBeNull();
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('says so when nothing matches', async () => {
    const { input } = setup();
    await fireEvent.input(input, { target: { value: 'zzqqxx' } });
    expect(screen.getByRole('status').textContent).toMatch(/No class matches/);
  });
});
