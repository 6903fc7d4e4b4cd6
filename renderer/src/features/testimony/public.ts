// The story screen's "prepare a testimony" hands the story over through this request.
export { requestPrepareTestimony } from './prepare-request';
