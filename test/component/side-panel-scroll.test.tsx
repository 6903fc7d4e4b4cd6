import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { SidePanel, type PanelTab } from '../../renderer/src/features/editor/panels/SidePanel';

beforeAll(() => {
  initI18n('en');
});

function Panel() {
  const [tab, setTab] = useState<PanelTab>('details');
  return (
    <SidePanel tab={tab} onTab={setTab}>
      <p>{tab}</p>
    </SidePanel>
  );
}

describe('the side panel', () => {
  it('shows another tab from its top, not where the last one was scrolled to', () => {
    render(<Panel />);
    const panel = screen.getByRole('tabpanel');
    panel.scrollTop = 480;
    expect(panel.scrollTop).toBe(480);
    fireEvent.click(screen.getByRole('tab', { name: 'Versions' }));
    expect(screen.getByRole('tabpanel').textContent).toBe('versions');
    expect(screen.getByRole('tabpanel').scrollTop).toBe(0);
  });
});
