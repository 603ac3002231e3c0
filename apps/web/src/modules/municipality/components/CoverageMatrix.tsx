import { useT } from '../../../app/i18n/use-t';
import type {
  CoverageCell,
  CoverageRow,
  CoverageViewProps,
} from '../hooks/use-municipality-coverage';

export interface OpenCell {
  vestigingscode: string;
  interventionType: string;
}

/** The cell's button, for the keyboard to go back to when its detail is closed. */
export const cellFocusKey = (cell: OpenCell): string =>
  `matrix-cell-${cell.vestigingscode}-${cell.interventionType}`;

interface CoverageMatrixProps extends CoverageViewProps {
  /** The rows to show (a filtered list); all schools when left out. Totals stay for all. */
  rows?: CoverageRow[];
  open: OpenCell | null;
  onOpen: (cell: OpenCell) => void;
}

/** The matrix as a real table: schools are row headers, intervention types column headers. */
export function CoverageMatrix({ coverage, rows, label, open, onOpen }: CoverageMatrixProps) {
  const t = useT();
  const m = t.municipality;
  return (
    <div
      className="coverage-matrix__scroll"
      tabIndex={0}
      role="region"
      aria-label={m.tableCaption(coverage.municipality.name)}
    >
      <table className="coverage-matrix">
        <caption>{m.tableCaption(coverage.municipality.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{m.schoolColumn}</th>
            {coverage.interventionCodes.map((code) => (
              <th scope="col" key={code}>
                {label(code)}
              </th>
            ))}
            <th scope="col">{m.coveredColumn}</th>
          </tr>
        </thead>
        <tbody>
          {(rows ?? coverage.schools).map((row) => (
            <tr key={row.vestigingscode} data-testid="matrix-row" data-school={row.vestigingscode}>
              <th scope="row">
                <span className="coverage-matrix__school">{row.name}</span>
                <span className="coverage-matrix__code">
                  {row.vestigingscode} · {row.schoolType}
                </span>
              </th>
              {row.cells.map((cell) => (
                <MatrixCell
                  key={cell.interventionType}
                  row={row}
                  cell={cell}
                  typeLabel={label(cell.interventionType)}
                  isOpen={
                    open?.vestigingscode === row.vestigingscode &&
                    open.interventionType === cell.interventionType
                  }
                  onOpen={onOpen}
                />
              ))}
              <td className="coverage-matrix__sum">
                {row.typesCovered} / {row.typesApplicable}
                <span className="coverage-matrix__sub">
                  {row.typesCoveredLocally} {m.local}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{m.totalsRow}</th>
            {coverage.totals.map((total) => (
              <td key={total.interventionType}>
                {total.gapSchools} / {coverage.schools.length - total.notApplicableSchools}
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function MatrixCell({
  row,
  cell,
  typeLabel,
  isOpen,
  onOpen,
}: {
  row: CoverageRow;
  cell: CoverageCell;
  typeLabel: string;
  isOpen: boolean;
  onOpen: (cell: OpenCell) => void;
}) {
  const t = useT();
  const m = t.municipality;
  if (cell.status === 'NOT_APPLICABLE') {
    // Not applicable to this school's sector: said in words, not a gap, nothing to open.
    return (
      <td
        className="coverage-cell coverage-cell--not_applicable"
        data-type={cell.interventionType}
        data-status={cell.status}
      >
        <span aria-hidden="true">{m.cellNotApplicable}</span>
        <span className="visually-hidden">{m.cellNotApplicableLabel(row.name, typeLabel)}</span>
      </td>
    );
  }
  // Status in words as well as colour and pattern: never colour alone.
  const text =
    cell.status === 'GAP'
      ? m.cellGap
      : cell.status === 'ONLY_NATIONAL'
        ? `${cell.offerings} · ${m.cellOnlyNational}`
        : m.cellText(cell.offerings, cell.local);
  return (
    <td
      className={`coverage-cell coverage-cell--${cell.status.toLowerCase()}`}
      data-type={cell.interventionType}
      data-status={cell.status}
    >
      <button
        type="button"
        className="coverage-cell__button"
        aria-expanded={isOpen}
        aria-label={`${m.cellLabel(row.name, typeLabel)}: ${text}`}
        data-focus-key={cellFocusKey({
          vestigingscode: row.vestigingscode,
          interventionType: cell.interventionType,
        })}
        onClick={() =>
          onOpen({ vestigingscode: row.vestigingscode, interventionType: cell.interventionType })
        }
      >
        {cell.status === 'GAP' && (
          <span className="coverage-cell__mark" aria-hidden="true">
            ✕{' '}
          </span>
        )}
        {text}
      </button>
    </td>
  );
}
