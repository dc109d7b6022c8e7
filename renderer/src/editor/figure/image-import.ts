/**
 * Bringing images into the project: from a file chosen in main's dialog (passed back by its handle) or from
 * the clipboard / a drop (the renderer sends the bytes). Either way main decodes, downscales and
 * stores the image (asset.import) and answers with its hash; an unsupported or corrupt file is
 * refused there with a message for the user, and nothing is inserted.
 */
import type { Api, ImportedAsset } from '../../../../shared/ipc/contract';

export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Asks for an image file; null when the user cancelled the dialog. */
export async function importImageFromDialog(api: Api): Promise<ImportedAsset | null> {
  const picked = await api.dialog.pickImagePath({});
  return picked === null ? null : api.asset.import({ file: picked.handle });
}

export async function importImageFile(api: Api, file: File): Promise<ImportedAsset> {
  const base64 = await fileToBase64(file);
  return api.asset.import({ name: file.name || 'image', base64 });
}

/**
 * The files of a paste or drop that should become figures. Content copied from Word or a web page
 * carries a picture of the copied text next to the text (as HTML): then the text wins. Images
 * win when the HTML holds no text (“复制图片” in a browser), or when there is no HTML at all (a
 * screenshot, files dropped from the file manager, which may add their paths as plain text).
 */
export function imageFilesOf(data: DataTransfer): File[] {
  if (data.files.length === 0 || data.types.includes('application/x-slate-fragment')) return [];
  const html = data.getData('text/html');
  if (html) {
    const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
    if (text.trim().length > 0) return [];
  }
  return Array.from(data.files);
}
