import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportArgs, harbor, lines, PASS, useBuiltCli, vaultWithConsentedStory } from './cli-harness';

useBuiltCli();

describe('the shipped harbor export', () => {
  // Its build loads the check's language model (compromise) only when the check runs: the check
  // must still find the names and places that only that model knows.
  it('still finds unmarked names and places with its language model, and refuses with exit 5', async () => {
    const { work, dir, story, grant } = await vaultWithConsentedStory(
      'Station',
      'I met Maria Gonzalez at the bus station in Houston.\n',
    );
    const out = path.join(work, 'out.docx');
    const args = exportArgs(dir, ['--story', story], grant, out);
    const refused = await harbor(args, lines(PASS), {}, { shipped: true });
    expect(refused.code).toBe(5);
    expect(refused.stderr).toContain('Person: Maria Gonzalez');
    expect(refused.stderr).toContain('Place: Houston');
    await expect(fs.access(out)).rejects.toThrow();
  });
});
