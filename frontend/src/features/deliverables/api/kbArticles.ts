/** /api/v1/kb-articles/?launch=: Customer Care's knowledge base articles for a launch; writes send If-Match. */
import { useMutation, useQuery } from '@tanstack/react-query'
import { api, apiRequestWithEtag } from '../../../lib/api'
import { launchActivityKey, launchKey, launchReadinessKey, useInvalidateLaunch } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema, Paginated } from '../../../types/api'
import { etagIfUnchanged } from '../../../lib/ifMatch'

export type ArticleStatus = ApiSchema<'ArticleStatusEnum'>

export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = {
  to_write: 'To write',
  in_review: 'In review',
  published: 'Published',
}

/** `task`: a task of the same launch (the timeline task that schedules the writing), or null. */
export type KnowledgeBaseArticle = ApiModel<'KnowledgeBaseArticle'>

/** What the article form sends, every field. */
export type ArticleInput = Required<ApiSchema<'PatchedKnowledgeBaseArticleUpdateRequest'>>

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
  return api.post<KnowledgeBaseArticle>('/kb-articles/', {
    launch: launchId,
    ...input,
  } satisfies ApiSchema<'KnowledgeBaseArticleRequest'>)
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
