import { promises as fs } from 'node:fs';
import type { z } from 'zod';
import { formatErrorMessage, isErrorMessageKey } from '../../shared/error-text/error-catalog';
import { HarborError } from '../../shared/errors';
import { UsageError } from './usage-error';

/** Far above any testimony (40 sections of 60,000 characters and their quotes), far below memory trouble. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;

/** "sections.story.text: Expected string" for each problem, the first few only. */
function describeIssues(issues: readonly z.ZodIssue[]): string {
  const shown = issues.slice(0, 5).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'the whole file';
    const message = isErrorMessageKey(issue.message) ? formatErrorMessage('en', issue.message) : issue.message;
    return `  ${where}: ${message}`;
  });
  const more = issues.length > shown.length ? [`  … and ${issues.length - shown.length} more`] : [];
  return [...shown, ...more].join('\n');
}

/**
 * Reads a JSON file named on the command line and checks it with `schema` before anything is
 * opened or written. A file that is not JSON, or not the shape asked for, is a usage error (exit 1)
 * saying where; a missing or unreadable file is the same error as for a story file.
 */
export async function readJsonFile<S extends z.ZodTypeAny>(file: string, schema: S): Promise<z.output<S>> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new HarborError('not_found', { key: 'cli.fileNotFound', params: { file } });
  if (!stat.isFile()) throw new HarborError('invalid_input', { key: 'cli.notAFile', params: { file } });
  if (stat.size > MAX_JSON_BYTES) throw new UsageError(`${file} is far larger than a testimony can be.`);
  const text = await fs.readFile(file, 'utf8').catch(() => {
    throw new HarborError('io', { key: 'cli.fileUnreadable', params: { file } });
  });
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // JSON.parse says where ("at position 12"); that is all it says, and never more of the text.
    const where = /position \d+(?: \(line \d+ column \d+\))?/.exec((error as Error).message)?.[0];
    throw new UsageError(`${file} is not valid JSON${where ? ` (${where})` : ''}. Nothing was written.`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new UsageError(
      `${file} does not hold what Harbor expects. Nothing was written.\n${describeIssues(parsed.error.issues)}`,
    );
  }
  return parsed.data;
}
