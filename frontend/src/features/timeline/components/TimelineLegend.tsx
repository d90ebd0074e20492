/**
 * What the colours and marks mean (shapes and outlines too, not colour alone), and the keyboard move for
 * people who may move tasks.
 */
export function TimelineLegend({ showKeyboardMove = false }: { showKeyboardMove?: boolean }) {
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
        <span className="swatch task-bar is-forecast" aria-hidden="true" /> Forecast from today (dashed, hatched)
      </li>
      <li>
        <span className="swatch baseline-swatch" aria-hidden="true" /> Baseline (thin bar under)
      </li>
      <li>
        <span className="swatch day-off-swatch" aria-hidden="true" /> Day off (shaded)
      </li>
      <li>
        <span className="swatch link-swatch" aria-hidden="true" /> Arrows: finish to start, unless labelled SS (start
        to start), FF (finish to finish) or SF (start to finish); +n a lag, −n a lead, in days
      </li>
      <li>
        <span className="swatch marker-swatch-t0" aria-hidden="true" /> T-0
      </li>
      <li>
        <span className="swatch marker-swatch-today" aria-hidden="true" /> Today
      </li>
      {showKeyboardMove && (
        <li>
          <ArrowKey direction="Right" /> / <ArrowKey direction="Left" /> on a task's bar you may edit: move it a day
          later / earlier; with Shift, move its end. Drag a bar to move it, its ends to resize it, the dot at its end
          to another bar to link them; drag in a lane's empty row to add a task.
        </li>
      )}
    </ul>
  )
}

/** The keyboard move in words, for the bars that may move (their aria-describedby). */
export function KeyboardMoveHint({ id }: { id: string }) {
  return (
    <p id={id} className="visually-hidden">
      Alt+Right Arrow moves the task one day later, Alt+Left Arrow one day earlier; with Shift, its end only (a longer or
      shorter task).
    </p>
  )
}

function ArrowKey({ direction }: { direction: 'Right' | 'Left' }) {
  return (
    <kbd>
      Alt+<span aria-hidden="true">{direction === 'Right' ? '→' : '←'}</span>
      <span className="visually-hidden">{direction} Arrow</span>
    </kbd>
  )
}
