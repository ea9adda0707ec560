/**
 * User text for the PDF: control characters (which would draw as boxes or break lines where
 * nobody put one) removed; `oneLine` also folds line breaks, for names and table cells.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function pdfText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROL, "");
}

export function oneLine(text: string): string {
  return pdfText(text).replace(/\s+/g, " ").trim();
}
