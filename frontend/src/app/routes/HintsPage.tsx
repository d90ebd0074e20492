import { HintsList } from '../../features/hints'

/** /hints: the employee hints everyone signed in may share now (the layout asks for sign-in first). */
export function HintsPage() {
  return <HintsList />
}
