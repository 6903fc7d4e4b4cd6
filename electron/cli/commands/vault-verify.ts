import { formatMessage } from '../../../shared/error-text/error-catalog';
import { secretAt, type CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { SUMMARY_CACHE } from '../../stories/summary-index';
import { withVault } from '../with-vault';

export const vaultVerify: CliCommand = {
  name: 'vault verify',
  summary: 'Check that every saved item still authenticates',
  synopsis: '<dir> --passphrase-stdin',
  details: [
    'Standard input: the passphrase.',
    'Reads every saved version of every item and checks it was not damaged or changed outside Harbor.',
    'All good: exit 0 and a one-line summary on standard output.',
    'Damage found: exit 3 and the damaged item ids (and versions) on standard error. Nothing is changed.',
    'Derived data (such as the list of stories) that was damaged or changed outside Harbor is reported',
    'too (exit 3), once: Harbor rebuilds it from the items, but it may be a sign someone touched the files.',
  ],
  positionals: ['dir'],
  flags: {},
  secrets: [{ label: 'passphrase' }],
  async run(ctx) {
    const { dir } = ctx.args.positionals as { dir: string };
    const report = await withVault(dir, secretAt(ctx, 0), (vault) => vault.verify({ caches: [SUMMARY_CACHE] }));
    const versions = report.checked === 1 ? '1 saved version' : `${report.checked} saved versions`;
    if (report.ok) {
      ctx.io.out(`ok: ${versions} checked, none damaged`);
      return EXIT.ok;
    }
    const n = report.damaged.length;
    ctx.io.err(`Harbor found damage in ${n === 1 ? 'one place' : `${n} places`} (of ${versions} checked):`);
    for (const d of report.damaged) {
      if (d.itemId === 'cache') {
        ctx.io.err(
          `  derived data (${d.cache ?? 'cache'}): damaged or changed outside Harbor. Harbor rebuilt it from your ` +
            'items, so nothing is lost, but it may be the first sign that someone changed files in the vault folder.',
        );
      } else {
        ctx.io.err(
          `  ${d.itemId}${d.revision !== undefined ? ` version ${d.revision}` : ''}: ${formatMessage('en', d.problem)}`,
        );
      }
    }
    ctx.io.err('Nothing was changed. A backup can bring damaged items back.');
    return EXIT.integrity;
  },
};
