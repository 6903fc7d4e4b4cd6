import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** WCAG 2.1 A and AA rules: the bar issue #9 sets for every screen. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let axeSource: Promise<string> | null = null;
const loadAxe = () => (axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

interface AxeResult {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[];
}

/**
 * Runs axe-core over the page as it is now and returns the serious and critical findings, each with
 * the elements it names, so a failing spec says what to fix rather than only that something is wrong.
 * axe is evaluated through the debugging protocol, so the app's CSP (script-src 'self') stays as it is.
 */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  const source = await loadAxe();
  const results = await page.evaluate(
    async ([src, tags]) => {
      const w = window as unknown as { axe?: { run(ctx: unknown, opts: unknown): Promise<unknown> } };
      if (!w.axe) (0, eval)(src);
      return w.axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    },
    [source, WCAG_TAGS] as const,
  );
  return (results as AxeResult).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** Fails with the findings named (rule, elements) when `screen` has a serious or critical one. */
export async function expectAxeClean(page: Page, screen: string): Promise<void> {
  const findings = await seriousAxeFindings(page);
  expect(findings, `${screen}: ${JSON.stringify(findings, null, 2)}`).toEqual([]);
}

/**
 * Fails with the findings named when any of the given axe rules finds something, whatever its
 * impact: for rules outside the WCAG tags above that a screen still has to keep, such as
 * heading-order (a chart titled h3 under an h3 reads as beside its section, not in it).
 */
export async function expectAxeRulesClean(page: Page, rules: readonly string[], screen: string): Promise<void> {
  const source = await loadAxe();
  const results = await page.evaluate(
    async ([src, only]) => {
      const w = window as unknown as { axe?: { run(ctx: unknown, opts: unknown): Promise<unknown> } };
      if (!w.axe) (0, eval)(src);
      return w.axe!.run(document, { runOnly: { type: 'rule', values: only }, resultTypes: ['violations'] });
    },
    [source, [...rules]] as const,
  );
  const findings = (results as AxeResult).violations.map((v) => ({
    id: v.id,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(findings, `${screen}: ${JSON.stringify(findings, null, 2)}`).toEqual([]);
}
