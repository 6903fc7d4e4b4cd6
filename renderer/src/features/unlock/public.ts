// First run speaks the disguise's words for the errors of making the vault, as the lock screen does.
export { DISGUISED_ERROR_TEXT, disguisedErrorOf } from './disguised-error';
