// Sharing as the story screen and a testimony's shared excerpts see it.
export { ShareWithAdvocate } from './ShareWithAdvocate';
export { StatusBadge } from './StatusBadge';
export { useShareDate } from './use-share-date';
