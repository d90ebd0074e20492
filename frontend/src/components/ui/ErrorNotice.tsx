import { isApiError } from '../../lib/api'

/** An error from a query or mutation: the server's message when it sent one. */
export function ErrorNotice({ error }: { error: unknown }) {
  const message = isApiError(error)
    ? error.message
    : error instanceof Error
      ? error.message
      : 'Something went wrong.'
  return (
    <p className="error" role="alert">
      {message}
    </p>
  )
}
