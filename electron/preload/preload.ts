/**
 * The preload (sandboxed): exposes exactly one allow-listed `invoke` and the close-request hook.
 * It imports only `electron`'s ipcRenderer/contextBridge and shared/.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CLOSE_REQUEST_CHANNEL, IPC_CHANNEL, isIpcMethod, type PreloadBridge } from '../../shared/ipc/contract';

const bridge: PreloadBridge = {
  invoke(method, payload) {
    if (!isIpcMethod(method)) return Promise.reject(new Error(`method not allowed: ${String(method)}`));
    return ipcRenderer.invoke(IPC_CHANNEL, method, payload);
  },
  onCloseRequest(listener) {
    ipcRenderer.on(CLOSE_REQUEST_CHANNEL, () => listener());
  },
};

contextBridge.exposeInMainWorld('reportworks', bridge);
