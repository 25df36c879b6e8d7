import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import TeamMembers from '../../../src/ui/components/team/TeamMembers.svelte';
import type { StoredMember } from '../../../src/ui/state/team-store.svelte.ts';
import { testContext } from './test-context.ts';

function setup(members: StoredMember[] = []) {
  const { context } = testContext();
  const onadd = vi.fn<(added: StoredMember[]) => void>();
  const result = render(TeamMembers, {
    props: { members, onadd, onremove: vi.fn(), onmonths: vi.fn() },
    context,
  });
  return { ...result, onadd };
}

describe('<TeamMembers>', () => {
  it('imports the good rows of a CSV file and names each bad row in its report', async () => {
    const { onadd } = setup([{ label: 'Zed', classId: 'il-sucss:0876', months: 1 }]);
    const input = screen.getByTestId('team-csv') as HTMLInputElement;
    const file = new File(
      ['label,class,months\nAna,0264,10\nBo,Nowhere,5\nZed,4260,2\nBen,Case Manager II,30\n'],
      'mine.csv',
      { type: 'text/csv' },
    );
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await fireEvent.change(input);
    const report = await screen.findByTestId('import-report');
    expect(onadd).toHaveBeenCalledWith([
      { label: 'Ana', classId: 'il-sucss:0264', months: 10 },
      { label: 'Ben', classId: 'westchester-ny:case-manager-ii-social-work', months: 30 },
    ]);
    expect(report.textContent?.replace(/\s+/g, ' ')).toContain(
      'mine.csv: 2 members imported (Ana, Ben); 2 rows not imported.',
    );
    expect(
      [...report.querySelectorAll('li')].map((li) => [
        li.getAttribute('data-row'),
        li.textContent?.trim(),
      ]),
    ).toEqual([
      ['3', 'Row 3: no class matches "Nowhere". The row was not imported.'],
      ['4', 'Row 4: the label "Zed" is already in the team. The row was not imported.'],
    ]);
  });

  it('asks for a class, refuses a label already on the team, and adds nothing until the form is right', async () => {
    const { onadd } = setup([{ label: 'Ana', classId: 'il-sucss:0264', months: 10 }]);
    await fireEvent.click(screen.getByTestId('add-member'));
    expect(screen.getByRole('alert').textContent).toBe('Choose the class this member holds.');
    await fireEvent.input(screen.getByLabelText('Label'), { target: { value: 'ana' } });
    await fireEvent.click(screen.getByTestId('add-member'));
    expect(screen.getByRole('alert').textContent).toBe(
      '“ana” is already on the team: give another label.',
    );
    expect(onadd).not.toHaveBeenCalled();
  });

  it('lists each member with the title of their class and months that can be changed', async () => {
    const { context } = testContext();
    const onmonths = vi.fn();
    render(TeamMembers, {
      props: {
        members: [{ label: 'Ana', classId: 'il-sucss:0264', months: 10 }],
        onadd: vi.fn(),
        onremove: vi.fn(),
        onmonths,
      },
      context,
    });
    expect(
      screen.getByRole('link', { name: /Medical Social Assistant/ }).getAttribute('href'),
    ).toBe('#/class/il-sucss:0264');
    const months = screen.getByLabelText('Months Ana has held Medical Social Assistant');
    await fireEvent.change(months, { target: { value: '14' } });
    expect(onmonths).toHaveBeenCalledWith('Ana', 14);
  });
});
