import type { ReportTable } from '@roundtable/shared';
import { useId } from 'react';

/**
 * A report table as a real table with column headers. On a narrow phone it scrolls sideways
 * inside its own box, which a keyboard can reach and a screen reader names by the caption.
 */
export function ReportTableView({ table }: { table: ReportTable }) {
  const captionId = useId();
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a box that scrolls must take focus, or a keyboard cannot scroll it
    <div className="report-table" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            // Rows are fixed once the report is made: their place is their identity.
            <tr key={rowIndex}>
              {row.map((cell, cellIndex) => (
                <td key={cellIndex}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
