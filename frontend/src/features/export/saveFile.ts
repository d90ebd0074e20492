/** Saving a file the page made or fetched: an object URL behind a temporary link with `download`. */

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    // After the click's task: the browser has started the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
}

/** A launch's name as a file name: "Aurora Café" is "aurora-cafe" ("launch" when nothing of it is left). */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'launch'
}
