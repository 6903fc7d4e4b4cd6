import { useCallback, useEffect, useState } from 'react';
import { registerBeforeLock } from '../../platform/lock';
import { Builder } from './builder/Builder';
import { TemplateChooser } from './TemplateChooser';
import { TemplatesScreen } from './templates/TemplatesScreen';
import { TestimonyList } from './TestimonyList';
import { takePreparedStory } from './prepare-request';
import './testimony.css';

type View =
  | { kind: 'list' }
  | { kind: 'choose'; fromStoryId: string | null }
  | { kind: 'builder'; id: string }
  | { kind: 'templates' };

/** The Testimony section: your testimony documents, a template to start one, the builder, your templates. */
export function TestimonyScreen() {
  const [view, setView] = useState<View>(() => {
    const storyId = takePreparedStory();
    return storyId ? { kind: 'choose', fromStoryId: storyId } : { kind: 'list' };
  });
  const toList = useCallback(() => setView({ kind: 'list' }), []);

  // Asked again while already here (another story's "Prepare testimony").
  useEffect(() => {
    const storyId = takePreparedStory();
    if (storyId) setView({ kind: 'choose', fromStoryId: storyId });
  }, []);

  switch (view.kind) {
    case 'list':
      return (
        <TestimonyList
          onNew={() => setView({ kind: 'choose', fromStoryId: null })}
          onOpen={(id) => setView({ kind: 'builder', id })}
          onTemplates={() => setView({ kind: 'templates' })}
        />
      );
    case 'choose':
      return (
        <TemplateChooser
          fromStoryId={view.fromStoryId}
          onCreated={(id) => setView({ kind: 'builder', id })}
          onCancel={toList}
        />
      );
    case 'builder':
      return <Builder key={view.id} id={view.id} onClose={toList} registerBeforeLock={registerBeforeLock} />;
    case 'templates':
      return <TemplatesScreen onClose={toList} />;
  }
}
