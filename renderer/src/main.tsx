/** Renderer entry: picks the IPC transport, installs exit hooks, mounts the app. */
import { createRoot } from 'react-dom/client';
import { fontFaceCss } from '../../shared/export/html/print-fonts';
import { createApi } from '../../shared/ipc/api';
import { App } from './app';
import { installExitHooks } from './autosave/exit-hooks';
import { ApiProvider } from './ipc/api-context';
import { createInvoke, preloadBridge } from './ipc/transport';

// The print fonts' families (RW SongTi, RW HeiTi, …) that styles.css and the settings sample use; the
// shipped files are in fonts/ beside index.html (copied there by electron/tools/build.mjs).
const fontStyle = document.createElement('style');
fontStyle.textContent = fontFaceCss();
document.head.append(fontStyle);

const api = createApi(createInvoke());
installExitHooks(api, preloadBridge());

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
createRoot(container).render(
  <ApiProvider api={api}>
    <App />
  </ApiProvider>,
);
