import PDFDocument from "pdfkit";

import type { KeyFigure } from "@/lib/dashboard/figures";
import { numberFormat } from "@/lib/i18n/format";
import type { Indicators } from "@/lib/indicators/compute";
import type { Cell, Dataset } from "@/lib/indicators/datasets";

// The annual report as a PDF, drawn on the server with pdfkit (pure JavaScript, standard fonts: nothing
// to download or install). A4, the coordinator's texts, the key figures, then every table, with bar
// charts for the funnel and the monthly arrivals.

const MARGIN = 48;
const BRAND = "#0f5f8c";

type ReportPdfInput = {
  title: string;
  subtitle: string;
  blocks: { label: string; text: string }[];
  notWritten: string;
  figuresTitle: string;
  figures: KeyFigure[];
  datasets: Dataset[];
  indicators: Indicators;
  locale: string;
  none: string;
};

function cellText(value: Cell, locale: string, none: string) {
  if (value === null || value === "") return none;
  if (typeof value === "number") return numberFormat(locale === "en" ? "en-GB" : "fr-FR").format(value);
  return value;
}

export function renderReportPdf(input: ReportPdfInput): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: input.title } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const heading = (text: string) => {
    ensure(60);
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(13).fillColor(BRAND).text(text, MARGIN, doc.y, { width });
    doc.moveDown(0.3).fillColor("black");
  };

  doc.font("Helvetica-Bold").fontSize(20).fillColor(BRAND).text(input.title, { width });
  doc.font("Helvetica").fontSize(10).fillColor("#333333").text(input.subtitle, { width }).fillColor("black");

  for (const block of input.blocks) {
    heading(block.label);
    doc
      .font("Helvetica")
      .fontSize(10)
      .text(block.text || input.notWritten, MARGIN, doc.y, { width });
  }

  heading(input.figuresTitle);
  doc.font("Helvetica").fontSize(10);
  for (const figure of input.figures) {
    ensure(16);
    const y = doc.y;
    doc.text(figure.label, MARGIN, y, { width: width - 110 });
    doc.font("Helvetica-Bold").text(figure.value, MARGIN + width - 100, y, { width: 100, align: "right" });
    doc.font("Helvetica");
    doc.moveDown(0.2);
  }

  for (const dataset of input.datasets) {
    heading(dataset.title);
    if (dataset.key === "funnel")
      bars(input.indicators.requests.funnel.map((s, i) => ({ label: String(dataset.rows[i][0]), value: s.reached })));
    if (dataset.key === "arrivals")
      bars(input.indicators.arrivals.byMonth.map((m, i) => ({ label: String(dataset.rows[i][0]), value: m.total })));
    table(dataset);
  }

  function bars(items: { label: string; value: number }[]) {
    const max = Math.max(1, ...items.map((b) => b.value));
    const labelWidth = 110;
    doc.font("Helvetica").fontSize(8);
    for (const item of items) {
      ensure(14);
      const y = doc.y;
      doc.fillColor("black").text(item.label, MARGIN, y, { width: labelWidth - 6, lineBreak: false });
      const barWidth = ((width - labelWidth - 40) * item.value) / max;
      doc.rect(MARGIN + labelWidth, y, Math.max(barWidth, 0.5), 9).fill(BRAND);
      doc.fillColor("black").text(String(item.value), MARGIN + labelWidth + barWidth + 4, y, { lineBreak: false });
      doc.y = y + 13;
    }
    doc.moveDown(0.5);
  }

  function table(dataset: Dataset) {
    const columns = dataset.columns.length;
    const first = Math.min(170, width / 2.2);
    const rest = columns > 1 ? (width - first) / (columns - 1) : width;
    const widthOf = (c: number) => (c === 0 ? first : rest);
    const xOf = (c: number) => MARGIN + (c === 0 ? 0 : first + (c - 1) * rest);
    const row = (cells: string[], bold: boolean) => {
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8);
      const height = Math.max(...cells.map((text, c) => doc.heightOfString(text, { width: widthOf(c) - 6 }))) + 5;
      ensure(height);
      const y = doc.y;
      cells.forEach((text, c) =>
        doc.text(text, xOf(c) + 3, y + 2, { width: widthOf(c) - 6, align: c === 0 ? "left" : "right" }),
      );
      doc
        .moveTo(MARGIN, y + height)
        .lineTo(MARGIN + width, y + height)
        .lineWidth(0.3)
        .strokeColor("#999999")
        .stroke();
      doc.x = MARGIN;
      doc.y = y + height;
    };
    if (dataset.rows.length === 0) {
      doc.font("Helvetica").fontSize(9).text(input.none, MARGIN, doc.y, { width });
      return;
    }
    row(dataset.columns, true);
    for (const cells of dataset.rows)
      row(
        cells.map((cell) => cellText(cell, input.locale, input.none)),
        false,
      );
  }

  doc.end();
  return done;
}
