/** What the colours and marks mean (shapes and outlines too, not colour alone). */
export function TimelineLegend() {
  return (
    <ul className="timeline-legend" aria-label="Legend">
      <li>
        <span className="swatch task-bar is-critical" aria-hidden="true" /> Critical path (thick outline)
      </li>
      <li>
        <span className="swatch task-bar is-conflict" aria-hidden="true" /> Conflict (red, striped)
      </li>
      <li>
        <span className="swatch task-bar task-done" aria-hidden="true" /> Done
      </li>
      <li>
        <span className="swatch marker-swatch-t0" aria-hidden="true" /> T-0
      </li>
      <li>
        <span className="swatch marker-swatch-today" aria-hidden="true" /> Today
      </li>
    </ul>
  )
}
