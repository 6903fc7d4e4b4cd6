import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
// Component tests render workspace screens directly, without the shell that loads their words.
import '../../renderer/src/i18n/workspace-locales';

// A hang guard, not a speed target: with both cores busy (CI runs the component files in parallel
// with the unit files) a screen that loads on demand can take more than testing-library's default
// second to appear, and `findBy…` then failed a test whose behaviour was right.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
