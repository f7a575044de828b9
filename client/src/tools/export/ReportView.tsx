import type { Report, ReportBlock } from '@roundtable/shared';
import { ReportFigureView } from './ReportFigureView.tsx';
import { ReportTableView } from './ReportTableView.tsx';
import { ReportTreeFigureView } from './ReportTreeFigureView.tsx';

function Block({ block }: { block: ReportBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'subheading':
      return <h3>{block.text}</h3>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return <ReportTableView table={block} />;
    case 'figure':
      return <ReportFigureView figure={block} />;
    case 'treeFigure':
      return <ReportTreeFigureView figure={block} />;
  }
}

/** A meeting's report as a page: the title, then one headed section per tool, as in every export. */
export function ReportView({ report }: { report: Report }) {
  return (
    <article className="report stack">
      <header>
        <h1>{report.title}</h1>
        <p className="lead">
          What came of meeting {report.meetingNumber}, {report.date}.
        </p>
      </header>
      {report.sections.map((section) => (
        <section key={section.id} className="report-section stack" aria-labelledby={`report-${section.id}`}>
          <h2 id={`report-${section.id}`}>{section.heading}</h2>
          {section.blocks.map((block, index) => (
            <Block key={index} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}
