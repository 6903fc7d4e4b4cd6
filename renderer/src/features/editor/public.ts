// The library opens a story here.
export { StoryScreen } from './StoryScreen';
