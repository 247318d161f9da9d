export { reportWording, wordFor, type ReportWording } from './dictionary.js';
export { reportFormat, type ReportFormat } from './format.js';
export { renderReportPdf } from './render-report-pdf.js';
