import writeXlsxFile from "write-excel-file/node";

import { csvCell } from "@/lib/events/csv-cell";

import type { Cell, Dataset } from "./datasets";

// Downloads of the indicator tables: CSV (semicolon, BOM, like the other exports) and XLSX.

export function datasetCsv(dataset: Dataset): string {
  const lines = [dataset.columns, ...dataset.rows.map((row) => row.map((cell) => cell ?? ""))];
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(";")).join("\r\n")}\r\n`;
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ . */
export function sheetName(title: string, index: number) {
  const clean = title.replace(/[[\]:*?/\\]/g, " ").trim();
  return `${index + 1}. ${clean}`.slice(0, 31);
}

function xlsxCell(value: Cell) {
  if (value === null) return null;
  return typeof value === "number" ? { value, type: Number } : { value, type: String };
}

/** One workbook, one sheet per dataset, the header row in bold. */
export async function datasetsXlsx(datasets: Dataset[]): Promise<Buffer> {
  const sheets = datasets.map((dataset, index) => ({
    sheet: sheetName(dataset.title, index),
    data: [
      dataset.columns.map((column) => ({ value: column, type: String, fontWeight: "bold" as const })),
      ...dataset.rows.map((row) => row.map(xlsxCell)),
    ],
  }));
  return writeXlsxFile(sheets).toBuffer();
}

export function downloadHeaders(filename: string, contentType: string) {
  return {
    "content-type": contentType,
    "content-disposition": `attachment; filename="${filename}"`,
    "cache-control": "private, no-store",
  };
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
