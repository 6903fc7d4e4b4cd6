import { useAppName } from './use-app-name';
import { HarborMark } from './HarborMark';
import { NotesMark } from './NotesMark';

/** Mark and name at the top of a screen; neutral when the disguise is on. */
export function AppBrand({ className = 'brand' }: { className?: string }) {
  const { name, disguised } = useAppName();
  return (
    <div className={className} data-testid="app-brand">
      {disguised ? <NotesMark /> : <HarborMark />}
      <span>{name}</span>
    </div>
  );
}
