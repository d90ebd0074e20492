/** The body of a PATCH: only what an edit form changed, so that a write touches (and audits) nothing else. */

/**
 * The `fields` of `form` that differ (!==) from `original`, the entry as it was loaded. A NaN (an emptied number
 * input) always differs, so the server's 400 can name the field.
 */
export function changedFields<Form extends object, Field extends keyof Form>(
  original: Pick<Form, Field>,
  form: Form,
  fields: readonly Field[],
): Partial<Pick<Form, Field>> {
  const patch: Partial<Pick<Form, Field>> = {}
  for (const field of fields) {
    if (form[field] !== original[field]) patch[field] = form[field]
  }
  return patch
}
