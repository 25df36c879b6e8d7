export { decodeText, type DecodedText, type TextEncodingName } from './decode-text.ts';
export {
  detectFormat,
  fileExtension,
  SUPPORTED_EXTENSIONS,
  type DocumentFormat,
} from './detect-format.ts';
export { htmlToLines } from './html-to-lines.ts';
export { pdfItemsToLines, type PdfPageItems, type PdfTextItem } from './pdf-items-to-lines.ts';
export { csvToLines } from './csv-to-lines.ts';
export { splitTextLines } from './split-text-lines.ts';
