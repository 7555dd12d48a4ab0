/**
 * Renders simulated documents to real PDF and DOCX bytes, so tests and the
 * demo read files produced by the same libraries real municipalities use
 * (pdfkit writes real text layers; docx writes real Office Open XML).
 */
import PDFDocument from 'pdfkit';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun, Header, Footer } from 'docx';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';

/** A document to render: a title and pages of paragraphs. Lines starting with "# " are headings. */
export interface DocumentSpec {
  title: string;
  /** One array of paragraphs per page. */
  pages: string[][];
  /** Repeated on every page, like real municipal layouts. */
  header?: string;
  footer?: string;
  author?: string;
}

export interface PdfOptions {
  /** Encrypt with this user password (the file cannot be read without it). */
  userPassword?: string;
  /** Draw no text at all, only shapes: a PDF "without text layer", like a scan. */
  scanned?: boolean;
  /** Put the title into the PDF metadata (default true). */
  metadataTitle?: boolean;
  /** Fixed creation date: with it the bytes are the same on every run (ETag tests, determinism). */
  creationDate?: Date;
}

export interface DocxOptions {
  /** Fixed creation/modification date and zip timestamps: identical bytes on every run. */
  creationDate?: Date;
}

/** Renders a document to PDF bytes. */
export async function renderPdf(spec: DocumentSpec, options: PdfOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: 'A4',
    margin: 56,
    info: {
      Title: options.metadataTitle === false ? '' : spec.title,
      Author: spec.author ?? '',
      ...(options.creationDate ? { CreationDate: options.creationDate } : {}),
    },
    ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: `${options.userPassword}-owner`, pdfVersion: '1.7' as const } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  spec.pages.forEach((paragraphs, index) => {
    doc.addPage();
    if (options.scanned) {
      // Grey bars where text would be: what a scanner without OCR leaves behind.
      for (let y = 80; y < 760; y += 18) doc.rect(56, y, 300 + ((y * 7) % 180), 9).fill('#444444');
      return;
    }
    if (spec.header) doc.fontSize(8).font('Helvetica').text(spec.header, 56, 24, { lineBreak: false });
    doc.x = 56;
    doc.y = 56;
    for (const paragraph of paragraphs) {
      if (paragraph.startsWith('# ')) {
        doc.moveDown(0.5).font('Helvetica-Bold').fontSize(15).text(paragraph.slice(2)).moveDown(0.3);
      } else {
        doc.font('Helvetica').fontSize(10.5).text(paragraph, { align: 'left' }).moveDown(0.5);
      }
    }
    const footer = `${spec.footer ?? ''}${spec.footer ? '   ' : ''}Sida ${index + 1} av ${spec.pages.length}`;
    doc.font('Helvetica').fontSize(8).text(footer, 56, 800, { lineBreak: false });
  });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Renders a document to DOCX bytes; pages are separated by page breaks. */
export async function renderDocx(spec: DocumentSpec, options: DocxOptions = {}): Promise<Uint8Array> {
  const children: Paragraph[] = [new Paragraph({ text: spec.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT })];
  spec.pages.forEach((paragraphs, index) => {
    paragraphs.forEach((paragraph, i) => {
      const pageBreakBefore = index > 0 && i === 0;
      if (paragraph.startsWith('# ')) {
        children.push(new Paragraph({ text: paragraph.slice(2), heading: HeadingLevel.HEADING_1, pageBreakBefore }));
      } else {
        children.push(new Paragraph({ children: [new TextRun(paragraph)], pageBreakBefore }));
      }
    });
  });
  const document = new Document({
    creator: spec.author ?? 'Programkartan simulated web',
    title: spec.title,
    sections: [
      {
        headers: spec.header ? { default: new Header({ children: [new Paragraph(spec.header)] }) } : undefined,
        footers: spec.footer ? { default: new Footer({ children: [new Paragraph(spec.footer)] }) } : undefined,
        children,
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  return options.creationDate ? pinDocxDates(bytes, options.creationDate) : bytes;
}

/** Rewrites the dates docx stamps with "now" (core.xml and zip entries) to a fixed one. */
function pinDocxDates(bytes: Uint8Array, date: Date): Uint8Array {
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) {
    const iso = `${date.toISOString().split('.')[0]}Z`;
    const xml = strFromU8(core).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`);
    files['docProps/core.xml'] = strToU8(xml);
  }
  // Keys keep insertion order, so the archive layout is stable too.
  return zipSync(files, { mtime: date, level: 6 });
}
