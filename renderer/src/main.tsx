/** Renderer entry: picks the IPC transport, installs exit hooks, mounts the app. */
import { createRoot } from 'react-dom/client';
import { createApi } from '../../shared/ipc/api';
import { App } from './app';
import { installExitHooks } from './autosave/exit-hooks';
import { ApiProvider } from './ipc/api-context';
import { createInvoke, preloadBridge } from './ipc/transport';

const api = createApi(createInvoke());
installExitHooks(api, preloadBridge());

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
createRoot(container).render(
  <ApiProvider api={api}>
    <App />
  </ApiProvider>,
);
