/** /api/v1/kb-articles/?launch=: Customer Care's knowledge base articles for a launch; writes send If-Match. */
import { useMutation, useQuery } from '@tanstack/react-query'
import { api, apiRequestWithEtag } from '../../../lib/api'
import { launchActivityKey, launchKey, launchReadinessKey, useInvalidateLaunch } from '../../../lib/queryKeys'
import type { Paginated } from '../../../types/api'
import { etagIfUnchanged } from '../../../lib/ifMatch'

export type ArticleStatus = 'to_write' | 'in_review' | 'published'

export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = {
  to_write: 'To write',
  in_review: 'In review',
  published: 'Published',
}

export interface KnowledgeBaseArticle {
  id: number
  launch: number
  title: string
  url: string
  status: ArticleStatus
  reviewer: number | null
  reviewer_detail: { id: number; username: string; full_name: string } | null
  /** A task of the same launch the article belongs to. */
  task: number | null
  /** That task's title (read only). */
  task_title: string | null
  created_at: string
  updated_at: string
}

export interface ArticleInput {
  title: string
  url: string
  status: ArticleStatus
  reviewer: number | null
  /** A task of the same launch (the timeline task that schedules the writing), or null. */
  task: number | null
}

export const kbArticlesQueryKey = (launchId: number) => [...launchKey(launchId), 'kb-articles'] as const

const articlePath = (id: number) => `/kb-articles/${id}/`

export function getKbArticles(launchId: number, signal?: AbortSignal) {
  return api.get<Paginated<KnowledgeBaseArticle>>('/kb-articles/', {
    query: { launch: launchId, page_size: 100 },
    signal,
  })
}

export function useKbArticles(launchId: number) {
  return useQuery({ queryKey: kbArticlesQueryKey(launchId), queryFn: ({ signal }) => getKbArticles(launchId, signal) })
}

export function createKbArticle(launchId: number, input: ArticleInput) {
  return api.post<KnowledgeBaseArticle>('/kb-articles/', { launch: launchId, ...input })
}

/** Changes the article the list showed, with If-Match (a 412 when someone changed it since). */
export async function updateKbArticle(article: KnowledgeBaseArticle, patch: Partial<ArticleInput>) {
  const etag = await etagIfUnchanged(articlePath(article.id), article, 'article')
  const result = await apiRequestWithEtag<KnowledgeBaseArticle>(articlePath(article.id), {
    method: 'PATCH',
    body: patch,
    headers: { 'If-Match': etag },
  })
  return result.data
}

export async function deleteKbArticle(article: KnowledgeBaseArticle) {
  const etag = await etagIfUnchanged(articlePath(article.id), article, 'article')
  await api.delete(articlePath(article.id), { headers: { 'If-Match': etag } })
}

/**
 * Articles count in readiness and show in the activity: every write reloads those and the list, and nothing else
 * of the launch (not the task options of the form, up to 20 pages).
 */
function useReloadArticles(launchId: number) {
  return useInvalidateLaunch(launchId, {
    only: [kbArticlesQueryKey(launchId), launchReadinessKey(launchId), launchActivityKey(launchId)],
  })
}

export function useCreateKbArticle(launchId: number) {
  const reload = useReloadArticles(launchId)
  return useMutation({ mutationFn: (input: ArticleInput) => createKbArticle(launchId, input), onSettled: reload })
}

export function useUpdateKbArticle(launchId: number) {
  const reload = useReloadArticles(launchId)
  return useMutation({
    mutationFn: ({ article, patch }: { article: KnowledgeBaseArticle; patch: Partial<ArticleInput> }) =>
      updateKbArticle(article, patch),
    onSettled: reload,
  })
}

export function useDeleteKbArticle(launchId: number) {
  const reload = useReloadArticles(launchId)
  return useMutation({ mutationFn: deleteKbArticle, onSettled: reload })
}
