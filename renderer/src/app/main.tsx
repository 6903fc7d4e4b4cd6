import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from '../i18n/i18n';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import '../ui/styles/forms.css';
import '../ui/styles/shared.css';
import './shell/shell.css';
import '../features/safety/safety.css';

initI18n();
document.documentElement.dataset.theme = 'system';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
