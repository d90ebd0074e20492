import { useState } from 'react'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { describeWriteError } from '../../../lib/errors'
import { KNOWLEDGE_BASE_DEPARTMENT } from '../../../lib/permissions'
import { useDepartmentPeople } from '../api/departments'
import {
  ARTICLE_STATUS_LABELS,
  useDeleteKbArticle,
  useKbArticles,
  useUpdateKbArticle,
  type ArticleStatus,
  type KnowledgeBaseArticle,
} from '../api/kbArticles'
import { ArticleForm } from './ArticleForm'
import { RowActions } from './RowActions'
import { TableScroll } from '../../../components/ui/TableScroll'

/**
 * Customer Care's knowledge base for the launch: each article's status and reviewer. Those who may plan it
 * (canPlan) change a status in place, edit, delete and add articles; everyone else reads.
 */
export function KnowledgeBaseArticles({ launchId, canPlan }: { launchId: number; canPlan: boolean }) {
  const articles = useKbArticles(launchId)
  const people = useDepartmentPeople(KNOWLEDGE_BASE_DEPARTMENT, canPlan)
  const changeStatus = useUpdateKbArticle(launchId)
  const remove = useDeleteKbArticle(launchId)
  const [editing, setEditing] = useState<KnowledgeBaseArticle | null>(null)
  const rows = articles.data?.results ?? []
  const rowError = changeStatus.error ?? remove.error

  /** After a 412: the edit starts again from the version on the server (closed if it was deleted). */
  async function reloadEditing(articleId: number) {
    const current = await articles.refetch()
    setEditing(current.data?.results.find((a) => a.id === articleId) ?? null)
  }

  return (
    <section className="deliverables" aria-labelledby="kb-articles-heading">
      <h3 id="kb-articles-heading">Knowledge base articles</h3>
      <p className="muted">Customer Care's articles for the launch, and how far their review is.</p>
      {articles.isPending ? (
        <Loading label="Loading articles…" />
      ) : articles.isError ? (
        <ErrorNotice error={articles.error} />
      ) : rows.length === 0 ? (
        <p className="muted">No articles yet.</p>
      ) : (
        <TableScroll label="Knowledge base articles">
          <table className="table deliverables-table">
            <thead>
              <tr>
                <th scope="col">Article</th>
                <th scope="col">Status</th>
                <th scope="col">Reviewer</th>
                {canPlan && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((article) => (
                <tr key={article.id}>
                  <th scope="row">
                    {article.url ? <a href={article.url}>{article.title}</a> : article.title}
                    {article.task_title && <div className="muted">Task: {article.task_title}</div>}
                  </th>
                  <td>
                    {canPlan ? (
                      <select
                        aria-label={`Status of “${article.title}”`}
                        value={article.status}
                        disabled={changeStatus.isPending}
                        onChange={(e) => {
                          remove.reset()
                          changeStatus.mutate({ article, patch: { status: e.target.value as ArticleStatus } })
                        }}
                      >
                        {Object.entries(ARTICLE_STATUS_LABELS).map(([value, label]) => (
                          <option key={value} value={value}>
                            {label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      ARTICLE_STATUS_LABELS[article.status]
                    )}
                  </td>
                  <td>
                    {article.reviewer_detail ? (
                      article.reviewer_detail.full_name || article.reviewer_detail.username
                    ) : (
                      <span className="muted">Nobody yet</span>
                    )}
                  </td>
                  {canPlan && (
                    <RowActions
                      label={article.title}
                      busy={remove.isPending}
                      onEdit={() => setEditing(article)}
                      onDelete={() => {
                        changeStatus.reset()
                        remove.mutate(article, { onSuccess: () => editing?.id === article.id && setEditing(null) })
                      }}
                    />
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {rowError && (
        <p className="error" role="alert">
          {describeWriteError(rowError)}
        </p>
      )}
      {canPlan &&
        (editing ? (
          <ArticleForm
            key={`${editing.id}-${editing.updated_at}`}
            launchId={launchId}
            people={people.data ?? []}
            article={editing}
            onDone={() => setEditing(null)}
            onReload={() => void reloadEditing(editing.id)}
          />
        ) : (
          <ArticleForm launchId={launchId} people={people.data ?? []} />
        ))}
    </section>
  )
}
