/** Turns one static HTML page into an A4 PDF: Chromium's page.pdf() or Electron's printToPDF. */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>
  /** Frees the browser, if the printer keeps one running. */
  close(): Promise<void>
}
