/** Warnings that only the PDF export gives (the plan's own come from shared/export/export-warnings.ts). */

export const pdfWarnings = {
  pageNotFound: (name: string): string => `未能确定“${name}”所在的页码，目录中该项页码留空。`,
  unreadableImage: (sha256: string): string => `项目中的图片 ${sha256.slice(0, 12)}… 无法读取，PDF 中该图显示为空白。`,
} as const;
