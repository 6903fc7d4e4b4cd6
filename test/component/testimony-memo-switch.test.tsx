import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInTemplate } from '../../shared/templates';
import { newTestimonyData, type Testimony, type TestimonyEdit } from '../../shared/testimony';
import { initI18n, setLanguage } from '../../renderer/src/i18n/i18n';
import { MetadataForm } from '../../renderer/src/features/testimony/builder/MetadataForm';

beforeAll(() => {
  initI18n('en');
});

function testimonyOf(templateId: string): Testimony {
  const data = newTestimonyData(builtInTemplate(templateId)!, { language: 'en', now: '2098-01-01T10:00:00Z' });
  return { ...data, id: 'testimony-0001', revision: 1 };
}

/** The form as the builder holds it: each change saved and shown again. */
function Form({ initial, changes }: { initial: Testimony; changes: Partial<TestimonyEdit>[] }) {
  const [t, setT] = useState(initial);
  return (
    <MetadataForm
      testimony={t}
      onChange={(change) => {
        changes.push(change);
        setT((prev) => ({ ...prev, ...change }));
      }}
    />
  );
}

describe('the memo switch in the builder', () => {
  it('offers lines or a TO/FROM/RE/DATE memo for a state committee, and stores the choice in the testimony', () => {
    setLanguage('en');
    const changes: Partial<TestimonyEdit>[] = [];
    render(<Form initial={testimonyOf('us-state-written')} changes={changes} />);
    const group = screen.getByRole('group', { name: 'Heading' });
    const lines = screen.getByRole('radio', { name: 'Lines: who, on which bill, when' }) as HTMLInputElement;
    const memo = screen.getByRole('radio', { name: 'Memo: TO, FROM, RE, DATE' }) as HTMLInputElement;
    expect(group.contains(memo)).toBe(true);
    expect(lines.checked).toBe(true);
    fireEvent.click(memo);
    expect(changes).toEqual([{ headingStyle: 'memo' }]);
    expect(memo.checked).toBe(true);
    fireEvent.click(lines);
    expect(changes.at(-1)).toEqual({ headingStyle: 'lines' });
  });

  it('is in Spanish when the app is, and a briefing offers it too', () => {
    setLanguage('es');
    render(<Form initial={testimonyOf('briefing')} changes={[]} />);
    expect(screen.getByRole('group', { name: 'Encabezado' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Memorando: PARA, DE, ASUNTO, FECHA' })).toBeTruthy();
    setLanguage('en');
  });

  it('is not offered where the template has no memo block (a letter)', () => {
    setLanguage('en');
    render(<Form initial={testimonyOf('letter')} changes={[]} />);
    expect(screen.queryByRole('group', { name: 'Heading' })).toBeNull();
  });
});
