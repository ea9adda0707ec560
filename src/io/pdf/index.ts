/** The PDF report (PDFKit, DejaVu Sans embedded). Loaded on demand in the app. */
export { renderPdfReport } from "./report";
export type { PdfFonts } from "./fonts";
