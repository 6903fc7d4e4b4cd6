import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
// Component tests render workspace screens directly, without the shell that loads their words.
import '../../renderer/src/i18n/workspace-locales';

afterEach(() => cleanup());
