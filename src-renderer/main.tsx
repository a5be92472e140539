import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectOutlay } from './api/transport';
import { createClient } from './api/client';
import { ApiProvider } from './api/ApiProvider';
import { App, Splash } from './App';
import './grids/setup';
import './styles/base.css';
import './styles/layout.css';
import './styles/grid.css';
import './styles/forms.css';
import './styles/panels.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);
root.render(<Splash error={null} />);

connectOutlay()
  .then((api) => {
    root.render(
      <StrictMode>
        <ApiProvider client={createClient(api)}>
          <App />
        </ApiProvider>
      </StrictMode>,
    );
  })
  .catch((e: unknown) => root.render(<Splash error={e instanceof Error ? e.message : String(e)} />));
