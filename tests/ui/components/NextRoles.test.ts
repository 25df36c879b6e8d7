import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { nextRoles } from '../../../src/domain/graph/index.ts';
import NextRoles from '../../../src/ui/components/NextRoles.svelte';
import { testContext } from './test-context.ts';

describe('<NextRoles>', () => {
  it('ranks the next rung first with its reason chips and an eligibility badge that has a text', () => {
    const { ctx, context } = testContext();
    const graph = ctx.data.graph!;
    const result = nextRoles(graph, 'il-sucss:4260', { limit: 5 });
    render(NextRoles, { props: { result, graph, atTop: false, personal: false, jurisdictionName: (j: string) => j }, context });
    const cards = screen.getAllByRole('listitem').filter((li) => li.classList.contains('role'));
    expect(within(cards[0]!).getByRole('link').textContent).toBe('Medical Social Consultant');
    expect(within(cards[0]!).getByText('Next rung')).toBeTruthy();
    const chips = within(cards[0]!).getAllByRole('button').map((b) => b.getAttribute('data-kind')).filter(Boolean);
    expect(chips).toContain('promotion');
    const badge = within(cards[0]!).getByTestId('eligibility-badge');
    expect(badge.textContent?.trim().length).toBeGreaterThan(5);
    expect(['eligible', 'after-months', 'missing-credential', 'unreachable']).toContain(badge.getAttribute('data-status'));
    // The Associate's minimum asks 12 months, taken as months on the rung below.
    expect(screen.getByText(/just meets this class's minimum/).textContent).toContain(
      "minimum; the experience it asks is taken to be 1 year as Medical Social Assistant.",
    );
  });

  it('adds months beside a missing-credential badge only: the other badges say them already', () => {
    const { ctx, context } = testContext();
    const graph = ctx.data.graph!;
    const result = nextRoles(graph, 'il-sucss:4260', { limit: 10 });
    render(NextRoles, { props: { result, graph, atTop: false, personal: false, jurisdictionName: (j: string) => j }, context });
    const cards = screen.getAllByRole('listitem').filter((li) => li.classList.contains('role'));
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) {
      const status = within(card).getByTestId('eligibility-badge').getAttribute('data-status');
      const months = card.querySelector('.months');
      if (status === 'missing-credential') expect(months?.textContent).toMatch(/credential is missing|more experience/);
      else expect(months).toBeNull();
    }
  });

  it('says why there are no next roles at the top of a ladder and points to the compare view', () => {
    const { ctx, context } = testContext();
    const graph = ctx.data.graph!;
    render(NextRoles, { props: { result: { classId: 'il-sucss:3729', roles: [], total: 0, assumed: null }, graph, atTop: true, personal: true, jurisdictionName: (j: string) => j }, context });
    expect(screen.getByText(/top of its ladder/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'compare view' }).getAttribute('href')).toBe('#/compare?from=il-sucss:3729');
  });
});
