import boldUrl from "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url";
import regularUrl from "dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url";
import type { PdfFonts } from "../../io/pdf/fonts";

/**
 * The PDF's font, served by the app itself (Vite copies the files into the build): fetched the
 * first time a PDF is made, never from another origin. DejaVu Sans, see public/NOTICE-DejaVu.txt.
 */
let loading: Promise<PdfFonts> | null = null;

export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the font ${url} could not be loaded (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}
