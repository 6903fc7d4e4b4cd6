// The safety guide is offered before the vault exists (first run) and on the lock screen.
export { SafetyGuidePage } from './SafetyGuidePage';
export { QuickExitButton } from './QuickExitButton';
