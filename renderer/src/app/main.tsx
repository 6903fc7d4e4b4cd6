import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from '../i18n/i18n';
// The app-wide layers (theme variables, type, layout, form controls, then the shell), in this
// order; every other stylesheet is imported by the component it styles.
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import '../ui/styles/forms.css';
import '../ui/styles/shared.css';
import '../ui/styles/word-tip.css';
import './shell/shell.css';

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
