/** GET /api/v1/launches/{id}/export.csv and export.xlsx: the plan, one row per task, as a file to save. */
import { ApiError, apiUrl, parseErrorBody } from '../../../lib/api'
import { saveBlob } from '../saveFile'

export type PlanFormat = 'csv' | 'xlsx'

export function planExportPath(launchId: number, format: PlanFormat): string {
  return `/launches/${launchId}/export.${format}`
}

/** The file name the server gives (Content-Disposition), or the fallback. */
function attachmentName(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? ''
  return /filename="([^"]+)"/.exec(header)?.[1] ?? fallback
}

/**
 * Fetches the export with the session's cookie and saves it. Not through the API client, which reads JSON: the
 * answer is a file, and only an error is JSON (thrown as ApiError with the server's code and message).
 */
export async function downloadPlan(launchId: number, format: PlanFormat, fallbackName: string): Promise<string> {
  let response: Response
  try {
    response = await fetch(apiUrl(planExportPath(launchId, format)), { credentials: 'same-origin' })
  } catch {
    throw new ApiError(0, { code: 'network_error', message: 'The server could not be reached.', extra: {} })
  }
  if (!response.ok) {
    let body: unknown
    try {
      body = await response.json()
    } catch {
      body = undefined
    }
    throw new ApiError(
      response.status,
      parseErrorBody(body) ?? { code: `http_${response.status}`, message: `The server answered ${response.status}.`, extra: {} },
    )
  }
  const name = attachmentName(response, fallbackName)
  saveBlob(await response.blob(), name)
  return name
}
