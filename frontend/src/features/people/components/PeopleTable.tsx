import { useState } from 'react'
import { describeWriteError } from '../../../lib/errors'
import type { Department } from '../api/departments'
import { useUpdatePerson, type Person } from '../api/people'
import { ConfirmAction } from './ConfirmAction'
import { PersonEditor } from './PersonEditor'
import { departmentsText, statusText } from './labels'
import { TableScroll } from '../../../components/ui/TableScroll'

/** Everyone, deactivated people too, with their departments and roles; edit, deactivate and reactivate. */
export function PeopleTable({ people, departments, meId }: { people: Person[]; departments: Department[]; meId: number }) {
  const [editingId, setEditingId] = useState<number | null>(null)
  const update = useUpdatePerson()
  const editing = people.find((person) => person.id === editingId)

  return (
    <>
      {update.isError && (
        <p className="error" role="alert">
          {describeWriteError(update.error)}
        </p>
      )}
      <TableScroll label="Table of people">
        <table className="table">
          <caption>People</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Username</th>
              <th scope="col">Email</th>
              <th scope="col">Departments</th>
              <th scope="col">Office</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => {
              const isSelf = person.id === meId
              return (
                <tr key={person.id} aria-label={person.full_name}>
                  <td>{person.full_name}</td>
                  <td>{person.username}</td>
                  <td>{person.email || '—'}</td>
                  <td>{departmentsText(person)}</td>
                  <td>{person.is_office ? 'Yes' : 'No'}</td>
                  <td>{statusText(person)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Edit ${person.full_name}`}
                      onClick={() => setEditingId(person.id)}
                    >
                      Edit
                    </button>
                    {person.is_active && !isSelf && (
                      <ConfirmAction
                        text="Deactivate"
                        label={`Deactivate ${person.full_name}`}
                        question={`Deactivate ${person.full_name}?`}
                        prompt="They can no longer sign in; their API tokens are revoked. Their work stays, and you can reactivate them later."
                        confirmText="Yes, deactivate"
                        danger
                        busy={update.isPending}
                        onConfirm={() => update.mutateAsync({ person, change: { is_active: false } })}
                      />
                    )}
                    {!person.is_active && (
                      <ConfirmAction
                        text="Reactivate"
                        label={`Reactivate ${person.full_name}`}
                        question={`Reactivate ${person.full_name}?`}
                        prompt="They can sign in again with their password."
                        confirmText="Yes, reactivate"
                        busy={update.isPending}
                        onConfirm={() => update.mutateAsync({ person, change: { is_active: true } })}
                      />
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </TableScroll>
      {editing && (
        <PersonEditor
          person={editing}
          departments={departments}
          isSelf={editing.id === meId}
          onClose={() => setEditingId(null)}
        />
      )}
    </>
  )
}
