/** The font files the PDF embeds (subset), as bytes; loaded by the caller (fetch or fs). */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}
