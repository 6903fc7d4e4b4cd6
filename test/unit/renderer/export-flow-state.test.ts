import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../shared/ipc/result';
import type { ExportedFile, ExportPreview } from '../../../shared/ipc/contract-consent';
import {
  exportFlowReducer,
  initialExportFlowState,
  stepsOf,
  type ExportFlowAction,
  type ExportFlowState,
} from '../../../renderer/src/features/export/export-flow-state';

const start = () =>
  initialExportFlowState({ format: 'docx', paper: 'letter', language: 'en', title: null, fileName: '' });
const play = (state: ExportFlowState, ...actions: ExportFlowAction[]) => actions.reduce(exportFlowReducer, state);
const preview = (suggestedFileName: string) => ({ refusals: [], suggestedFileName }) as unknown as ExportPreview;
const record = { id: 'r1' } as ExportedFile;

describe('the export steps', () => {
  it('before the first export asks why first, then walks consent → check → what leaves → file → done', () => {
    let s = play(start(), { type: 'historyLoaded', first: true });
    expect(s.step).toBe('reflect');
    expect(stepsOf(s)).toEqual(['reflect', 'grant', 'check', 'preview', 'file']);
    const seen: (string | null)[] = [];
    for (const step of ['grant', 'check', 'preview', 'file'] as const) {
      s = play(s, { type: 'go', step });
      seen.push(s.step);
    }
    s = play(s, { type: 'runStarted' }, { type: 'exported', record });
    expect([...seen, s.step]).toEqual(['grant', 'check', 'preview', 'file', 'done']);
    expect(s.record).toBe(record);
    expect(s.running).toBe(false);
  });

  it('after an earlier export starts on the consent, and there is no step before it', () => {
    const s = play(start(), { type: 'historyLoaded', first: false });
    expect(s.step).toBe('grant');
    expect(stepsOf(s)).toEqual(['grant', 'check', 'preview', 'file']);
    expect(play(s, { type: 'back' }).step).toBe('grant');
  });

  it('goes back one step at a time, to the reflection only on a first export', () => {
    const first = play(start(), { type: 'historyLoaded', first: true }, { type: 'go', step: 'check' });
    expect(play(first, { type: 'back' }).step).toBe('grant');
    expect(play(first, { type: 'back' }, { type: 'back' }).step).toBe('reflect');
  });

  it('a problem with the file stays on the file step and goes away on moving on', () => {
    const s = play(
      start(),
      { type: 'historyLoaded', first: false },
      { type: 'go', step: 'file' },
      { type: 'runStarted' },
      { type: 'runFailed', problem: { text: 'No room on the disk' } },
    );
    expect(s).toMatchObject({ step: 'file', running: false, runProblem: { text: 'No room on the disk' } });
    expect(play(s, { type: 'back' }).runProblem).toBeNull();
    expect(play(s, { type: 'runStarted' }).runProblem).toBeNull();
  });

  it('a new consent made in the flow is the one chosen, and the form closes', () => {
    const s = play(start(), { type: 'creating', creating: true }, { type: 'grantCreated', grantId: 'g2' });
    expect(s).toMatchObject({ grantId: 'g2', creating: false });
  });

  it('fills in the suggested file name until the person types their own, which a new preview keeps', () => {
    const s = play(start(), { type: 'previewLoading' }, { type: 'previewLoaded', result: ok(preview('story.docx')) });
    expect(s.options.fileName).toBe('story.docx');
    expect(s.preview.status).toBe('ready');
    const typed = play(s, { type: 'options', options: { ...s.options, fileName: 'for-ana.docx' } });
    const again = play(typed, { type: 'previewLoaded', result: ok(preview('story-2.docx')) });
    expect(again.options.fileName).toBe('for-ana.docx');
    const paperOnly = play(s, { type: 'options', options: { ...s.options, paper: 'a4' } });
    expect(play(paperOnly, { type: 'previewLoaded', result: ok(preview('b.docx')) }).options.fileName).toBe('b.docx');
  });

  it('a preview that fails keeps its error and the file name', () => {
    const s = play(
      start(),
      { type: 'options', options: { ...start().options, fileName: 'mine.pdf' } },
      { type: 'previewLoaded', result: fail('not_found', 'vault.noRevision') },
    );
    expect(s.preview).toMatchObject({ status: 'error', error: { code: 'not_found' } });
    expect(s.options.fileName).toBe('mine.pdf');
  });

  it('confirms and withdraws the purpose of a quoted story', () => {
    const s = play(start(), { type: 'confirmPurpose', storyId: 's1', paragraphs: 3 });
    expect([...s.purposeConfirmed]).toEqual([['s1', 3]]);
    expect(play(s, { type: 'confirmPurpose', storyId: 's1', paragraphs: null }).purposeConfirmed.size).toBe(0);
  });

  it('"export again" starts a new file at the consent without asking why again', () => {
    const s = play(
      start(),
      { type: 'historyLoaded', first: true },
      { type: 'go', step: 'file' },
      { type: 'exported', record },
      { type: 'again' },
    );
    expect(s).toMatchObject({ step: 'grant', record: null, firstExport: false });
    expect(stepsOf(s)[0]).toBe('grant');
  });
});
