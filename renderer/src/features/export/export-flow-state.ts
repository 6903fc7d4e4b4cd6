import type { Refusal } from '../../../../shared/consent/check-grant';
import type { ExportFormat } from '../../../../shared/consent/grant';
import type { ExportPreview, ExportedFile } from '../../../../shared/ipc/contract-consent';
import type { IpcError, Result } from '../../../../shared/ipc/result';
import type { FileOptions } from './ExportOptions';

/** The export steps in order: why (first export only) → consent → identifying check → what leaves → file → done. */
export type Step = 'reflect' | 'grant' | 'check' | 'preview' | 'file' | 'done';

export type PreviewState =
  { status: 'idle' | 'loading' } | { status: 'error'; error: IpcError } | { status: 'ready'; preview: ExportPreview };

export interface RunProblem {
  refusal?: Refusal;
  text: string;
}

export interface ExportFlowState {
  /** Null until the sharing history answers: an empty history means the reflection step comes first. */
  firstExport: boolean | null;
  step: Step | null;
  grantId: string | null;
  /** The consent form is open in place of the list of consents. */
  creating: boolean;
  options: FileOptions;
  /** Once the person types a file name, a new preview no longer replaces it with the suggested one. */
  fileNameEdited: boolean;
  preview: PreviewState;
  running: boolean;
  runProblem: RunProblem | null;
  record: ExportedFile | null;
  /** Shared stories whose purpose the person confirmed this document serves (briefings). */
  purposeConfirmed: ReadonlyMap<string, number>;
}

export type ExportFlowAction =
  | { type: 'historyLoaded'; first: boolean }
  | { type: 'go'; step: Step }
  | { type: 'back' }
  | { type: 'chooseGrant'; grantId: string }
  | { type: 'creating'; creating: boolean }
  | { type: 'grantCreated'; grantId: string }
  | { type: 'options'; options: FileOptions }
  | { type: 'format'; format: ExportFormat }
  | { type: 'previewLoading' }
  | { type: 'previewLoaded'; result: Result<ExportPreview> }
  | { type: 'confirmPurpose'; storyId: string; paragraphs: number | null }
  | { type: 'runStarted' }
  | { type: 'runFailed'; problem: RunProblem }
  | { type: 'exported'; record: ExportedFile }
  | { type: 'again' };

export function initialExportFlowState(options: FileOptions): ExportFlowState {
  return {
    firstExport: null,
    step: null,
    grantId: null,
    creating: false,
    options,
    fileNameEdited: false,
    preview: { status: 'idle' },
    running: false,
    runProblem: null,
    record: null,
    purposeConfirmed: new Map(),
  };
}

/** The steps the person is counted through (the step indicator), in order; 'done' is not one. */
export function stepsOf(state: Pick<ExportFlowState, 'firstExport'>): Step[] {
  return [...(state.firstExport ? (['reflect'] as Step[]) : []), 'grant', 'check', 'preview', 'file'];
}

/** Moving to another step clears what went wrong on this one. */
const goTo = (state: ExportFlowState, step: Step): ExportFlowState => ({ ...state, step, runProblem: null });

export function exportFlowReducer(state: ExportFlowState, action: ExportFlowAction): ExportFlowState {
  switch (action.type) {
    case 'historyLoaded':
      return { ...state, firstExport: action.first, step: action.first ? 'reflect' : 'grant' };
    case 'go':
      return goTo(state, action.step);
    case 'back': {
      const steps = stepsOf(state);
      const previous = state.step ? steps[steps.indexOf(state.step) - 1] : undefined;
      return previous ? goTo(state, previous) : state;
    }
    case 'chooseGrant':
      return { ...state, grantId: action.grantId };
    case 'creating':
      return { ...state, creating: action.creating };
    case 'grantCreated':
      return { ...state, grantId: action.grantId, creating: false };
    case 'options':
      return {
        ...state,
        options: action.options,
        fileNameEdited: state.fileNameEdited || action.options.fileName !== state.options.fileName,
      };
    case 'format':
      return { ...state, options: { ...state.options, format: action.format } };
    case 'previewLoading':
      return { ...state, preview: { status: 'loading' } };
    case 'previewLoaded': {
      const { result } = action;
      if (!result.ok) return { ...state, preview: { status: 'error', error: result.error } };
      const fileName = state.fileNameEdited ? state.options.fileName : result.value.suggestedFileName;
      return { ...state, preview: { status: 'ready', preview: result.value }, options: { ...state.options, fileName } };
    }
    case 'confirmPurpose': {
      const purposeConfirmed = new Map(state.purposeConfirmed);
      if (action.paragraphs === null) purposeConfirmed.delete(action.storyId);
      else purposeConfirmed.set(action.storyId, action.paragraphs);
      return { ...state, purposeConfirmed };
    }
    case 'runStarted':
      return { ...state, running: true, runProblem: null };
    case 'runFailed':
      return { ...state, running: false, runProblem: action.problem };
    case 'exported':
      return { ...state, running: false, record: action.record, step: 'done' };
    case 'again':
      // Another file from the same story: the reflection was made, so it is not asked again.
      return goTo({ ...state, record: null, firstExport: false }, 'grant');
  }
}
