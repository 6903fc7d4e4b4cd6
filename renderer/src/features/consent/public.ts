// What the other flows may use of the consent decision: export and testimony pick a consent or
// make one, sharing history shows and withdraws them, settings edits the author's name. Each
// piece imports its own stylesheet; these two style what other flows build from a consent (a
// grant's card, badge and summary; a history group) and come with this entry point.
import './grant-list.css';
import './history.css';

export { ConsentPanel } from './ConsentPanel';
export { ConsentPage } from './ConsentPage';
export { GrantForm } from './GrantForm';
export { HistoryEntry } from './HistoryEntry';
export { RevokeDialog } from './RevokeDialog';
export { AuthorNameField } from './AuthorNameField';
export { docLanguage } from './doc-language';
export { grantStatus } from './grant-status';
export { useAuthorProfile } from './use-author-profile';
export { useGrants } from './use-grants';
export { usePurposeText } from './use-purpose-text';
export { useStoryDetails } from './use-story-details';
