import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRovingFocus } from '../use-roving-focus';
import './side-panel.css';

export const PANEL_TABS = ['details', 'versions', 'prompts', 'consent'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

/** The optional right panel: sensitive details, versions, prompts, consent, as tabs (arrow keys move between them). */
export function SidePanel({
  tab,
  onTab,
  children,
}: {
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const roving = useRovingFocus<HTMLDivElement>();
  const content = useRef<HTMLDivElement>(null);
  // Another tab starts at its top, not where the last one was scrolled to.
  useLayoutEffect(() => {
    if (content.current) content.current.scrollTop = 0;
  }, [tab]);
  const label: Record<PanelTab, string> = {
    details: t('workspace.panel.details'),
    versions: t('workspace.panel.versions'),
    prompts: t('workspace.panel.prompts'),
    consent: t('consent.panel.tab'),
  };
  return (
    <aside className="side-panel" aria-label={t('workspace.panel.label')}>
      <div
        ref={roving.containerRef}
        role="tablist"
        aria-label={t('workspace.panel.label')}
        className="tabs"
        onKeyDown={(e) => {
          roving.onKeyDown(e);
          // Selection follows focus, so arrowing to a tab shows its panel.
          const focused = document.activeElement as HTMLElement | null;
          const next = focused?.dataset.tab as PanelTab | undefined;
          if (next && next !== tab) onTab(next);
        }}
        onFocus={roving.onFocus}
      >
        {PANEL_TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`${id}-tab-${name}`}
            data-tab={name}
            data-roving=""
            aria-selected={name === tab}
            aria-controls={`${id}-panel`}
            tabIndex={name === tab ? 0 : -1}
            className="tabs__tab"
            onClick={() => onTab(name)}
          >
            {label[name]}
          </button>
        ))}
      </div>
      <div
        ref={content}
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${tab}`}
        className="side-panel__content"
        tabIndex={-1}
      >
        {children}
      </div>
    </aside>
  );
}
