export { PracticeMode } from './PracticeMode';
