/** One series of a stacked bar chart: its name and the class that colours it. */
export interface BarSeries {
  label: string
  className: string
}

export interface BarRow {
  label: string
  /** One value per series, stacked left to right. */
  values: number[]
}

const ROW = 26
const LABEL = 170
const WIDTH = 560
const VALUE = 40

/**
 * A horizontal stacked bar chart drawn as SVG: no library, no network, the same in the app and in
 * a screenshot. Each bar carries its numbers as a tooltip and for screen readers.
 */
export function BarChart({
  title,
  series,
  rows,
  describe,
}: {
  title: string
  series: BarSeries[]
  rows: BarRow[]
  /** The accessible text of one bar segment. */
  describe(row: BarRow, seriesIndex: number): string
}) {
  const max = Math.max(1, ...rows.map((r) => r.values.reduce((a, b) => a + b, 0)))
  const scale = (WIDTH - LABEL - VALUE) / max
  const height = rows.length * ROW + 4
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {series.length > 1 ? (
        <ul className="chart-legend">
          {series.map((s) => (
            <li key={s.label}>
              <span className={`chart-swatch ${s.className}`} aria-hidden="true" />
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={title}
        className="chart-svg"
      >
        {rows.map((row, n) => {
          const y = n * ROW + 2
          let x = LABEL
          const total = row.values.reduce((a, b) => a + b, 0)
          return (
            <g key={row.label}>
              <text x={LABEL - 8} y={y + ROW / 2} className="chart-label" textAnchor="end">
                {row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label}
              </text>
              {row.values.map((value, s) => {
                const width = value * scale
                const rect = (
                  <rect
                    key={s}
                    x={x}
                    y={y + 4}
                    width={width}
                    height={ROW - 8}
                    rx={2}
                    className={series[s]?.className}
                  >
                    <title>{describe(row, s)}</title>
                  </rect>
                )
                x += width
                return value > 0 ? rect : null
              })}
              <text x={x + 6} y={y + ROW / 2} className="chart-value">
                {total}
              </text>
            </g>
          )
        })}
      </svg>
    </figure>
  )
}
