import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { createApiClient } from './api/client';
import { App } from './App';
import { setUpI18n } from './i18n';
import './styles.css';

setUpI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider value={createApiClient()}>
      <App />
    </Provider>
  </StrictMode>,
);
