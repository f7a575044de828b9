/** The files the console can save, in the order offered, with the words on each button. */
export const EXPORT_CHOICES = [
  { format: 'docx', label: 'Word document', hint: 'To edit and send round.' },
  { format: 'pdf', label: 'PDF', hint: 'To print or send as it is.' },
  { format: 'md', label: 'Plain text (Markdown)', hint: 'To paste into an email or a web page.' },
  { format: 'csv', label: 'Spreadsheets (CSV, in a zip)', hint: 'One table for each tool.' },
  { format: 'json', label: 'Whole room (JSON)', hint: 'A copy of everything, names included, to restore the room later.' },
] as const;

export type ExportChoice = (typeof EXPORT_CHOICES)[number];
