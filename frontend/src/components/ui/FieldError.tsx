/** The server's message for one input of a refused write, under that input (lib/errors.ts fieldErrors). */
export function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages || messages.length === 0) return null
  return (
    <p className="error" id={id} role="alert">
      {messages.join(' ')}
    </p>
  )
}

/** The input's ARIA attributes pointing at its FieldError (nothing when the field has no error). */
export function invalidProps(errorId: string, messages: string[] | undefined) {
  return messages && messages.length > 0 ? { 'aria-invalid': true, 'aria-describedby': errorId } : {}
}
