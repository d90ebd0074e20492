import { useId, useState, type FormEvent } from 'react'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import { TaskSelect } from '../../../components/ui/TaskSelect'
import { isApiError } from '../../../lib/api'
import { changedFields } from '../../../lib/changedFields'
import { describeWriteError, fieldErrors } from '../../../lib/errors'
import {
  ARTICLE_STATUS_LABELS,
  useCreateKbArticle,
  useUpdateKbArticle,
  type ArticleInput,
  type ArticleStatus,
  type KnowledgeBaseArticle,
} from '../api/kbArticles'
import type { Person } from '../api/departments'

const FIELDS = ['title', 'url', 'status', 'reviewer', 'task'] as const

interface ArticleFormProps {
  launchId: number
  /** Customer Care's people, offered as reviewers. */
  people: Person[]
  /** The article to edit, as the list showed it; a new article without it. */
  article?: KnowledgeBaseArticle
  /** Closes the edit form. */
  onDone?: () => void
  /** Starts the edit again from the current version (after a 412). */
  onReload?: () => void
}

/**
 * Add a knowledge base article, or edit one: title, link, status, reviewer and the launch's task that schedules
 * the writing; server errors under each field.
 */
export function ArticleForm({ launchId, people, article, onDone, onReload }: ArticleFormProps) {
  const id = useId()
  const [title, setTitle] = useState(article?.title ?? '')
  const [url, setUrl] = useState(article?.url ?? '')
  const [status, setStatus] = useState<ArticleStatus>(article?.status ?? 'to_write')
  const [reviewer, setReviewer] = useState<number | null>(article?.reviewer ?? null)
  const [task, setTask] = useState<number | null>(article?.task ?? null)
  const create = useCreateKbArticle(launchId)
  const update = useUpdateKbArticle(launchId)
  const mutation = article ? update : create
  const errors = fieldErrors(mutation.error)
  const atFields = FIELDS.some((field) => errors[field])
  const stale = isApiError(mutation.error) && mutation.error.code === 'precondition_failed'
  const form: ArticleInput = { title, url, status, reviewer, task }
  const patch: Partial<ArticleInput> = article ? changedFields(article, form, FIELDS) : form
  const unchanged = Object.keys(patch).length === 0

  const reviewers =
    article?.reviewer_detail && !people.some((p) => p.id === article.reviewer)
      ? [...people, article.reviewer_detail]
      : people

  function submit(event: FormEvent) {
    event.preventDefault()
    if (article) {
      if (!unchanged) update.mutate({ article, patch }, { onSuccess: () => onDone?.() })
      return
    }
    create.mutate(form, {
      onSuccess: () => {
        setTitle('')
        setUrl('')
        setStatus('to_write')
        setReviewer(null)
        setTask(null)
      },
    })
  }

  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{article ? `Edit article “${article.title}”` : 'Add an article'}</h4>
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        required
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        {...invalidProps(`${id}-title-error`, errors.title)}
      />
      <FieldError id={`${id}-title-error`} messages={errors.title} />
      <label htmlFor={`${id}-url`}>Link (optional)</label>
      <input
        id={`${id}-url`}
        type="url"
        maxLength={500}
        placeholder="https://"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        {...invalidProps(`${id}-url-error`, errors.url)}
      />
      <FieldError id={`${id}-url-error`} messages={errors.url} />
      <label htmlFor={`${id}-status`}>Status</label>
      <select
        id={`${id}-status`}
        value={status}
        onChange={(e) => setStatus(e.target.value as ArticleStatus)}
        {...invalidProps(`${id}-status-error`, errors.status)}
      >
        {Object.entries(ARTICLE_STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-status-error`} messages={errors.status} />
      <label htmlFor={`${id}-reviewer`}>Reviewer</label>
      <select
        id={`${id}-reviewer`}
        value={reviewer ?? ''}
        onChange={(e) => setReviewer(e.target.value ? Number(e.target.value) : null)}
        {...invalidProps(`${id}-reviewer-error`, errors.reviewer)}
      >
        <option value="">Nobody yet</option>
        {reviewers.map((person) => (
          <option key={person.id} value={person.id}>
            {person.full_name || person.username}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-reviewer-error`} messages={errors.reviewer} />
      <label htmlFor={`${id}-task`}>Task (optional)</label>
      <TaskSelect
        id={`${id}-task`}
        launchId={launchId}
        value={task}
        onChange={setTask}
        {...invalidProps(`${id}-task-error`, errors.task)}
      />
      <FieldError id={`${id}-task-error`} messages={errors.task} />
      {stale ? (
        <p className="error" role="alert">
          Someone else changed this article since you loaded it; nothing was saved.{' '}
          <button type="button" className="link-button" onClick={onReload}>
            Reload it
          </button>{' '}
          and make your change again.
        </p>
      ) : (
        mutation.isError &&
        !atFields && (
          <p className="error" role="alert">
            {describeWriteError(mutation.error)}
          </p>
        )
      )}
      <div className="dialog-actions">
        {article && (
          <button type="button" className="button secondary" onClick={onDone}>
            Cancel
          </button>
        )}
        <button type="submit" className="button" disabled={mutation.isPending || unchanged}>
          {article ? 'Save article' : 'Add article'}
        </button>
      </div>
    </form>
  )
}
