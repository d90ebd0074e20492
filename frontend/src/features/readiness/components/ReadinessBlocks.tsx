import type { Readiness } from '../api/readiness'

const COMMUNICATION_ROWS = [
  ['draft', 'Draft'],
  ['submitted', 'Submitted'],
  ['approved', 'Approved'],
  ['rejected', 'Rejected'],
  ['published', 'Published'],
  ['withdrawn', 'Withdrawn'],
] as const

const FEEDBACK_ROWS = [
  ['new', 'New'],
  ['accepted', 'Accepted'],
  ['rejected', 'Rejected'],
  ['duplicate', 'Duplicate'],
  ['done', 'Done'],
] as const

/** Knowledge base articles, recruiting, communications and developer feedback: the readiness beyond tasks and
 * gates. */
export function ReadinessBlocks({ readiness }: { readiness: Readiness }) {
  const { knowledge_base: kb, recruiting, communications, feedback } = readiness
  return (
    <div className="readiness-blocks">
      {kb && (
        <section aria-labelledby="readiness-kb">
          <h3 id="readiness-kb">Knowledge base</h3>
          <p>
            {kb.published} of {kb.total} articles published · {kb.in_review} in review · {kb.to_write} to write
          </p>
        </section>
      )}
      {recruiting && (
        <section aria-labelledby="readiness-recruiting">
          <h3 id="readiness-recruiting">Recruiting</h3>
          <p>
            {recruiting.filled} of {recruiting.positions} positions filled over {recruiting.roles} role
            {recruiting.roles === 1 ? '' : 's'}
          </p>
        </section>
      )}
      {communications && (
        <section aria-labelledby="readiness-communications">
          <h3 id="readiness-communications">Communications ({communications.total})</h3>
          <ul className="inline-counts">
            {COMMUNICATION_ROWS.map(([key, label]) => (
              <li key={key}>
                {label}: {communications[key]}
              </li>
            ))}
          </ul>
        </section>
      )}
      {feedback && (
        <section aria-labelledby="readiness-feedback">
          <h3 id="readiness-feedback">Developer feedback ({feedback.total})</h3>
          <ul className="inline-counts">
            {FEEDBACK_ROWS.map(([key, label]) => (
              <li key={key}>
                {label}: {feedback[key]}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
