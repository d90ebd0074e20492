import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { useDepartments } from '../api/departments'
import { usePeople } from '../api/people'
import { AddPersonForm } from './AddPersonForm'
import { DepartmentsSection } from './DepartmentsSection'
import { PeopleImportForm } from './PeopleImportForm'
import { PeopleTable } from './PeopleTable'

/** The office's People screen: everyone with their departments, adding, importing, editing; the departments. */
export function PeopleScreen({ meId }: { meId: number }) {
  const people = usePeople()
  const departments = useDepartments()
  if (people.isPending || departments.isPending) return <Loading />
  if (people.isError) return <ErrorNotice error={people.error} />
  if (departments.isError) return <ErrorNotice error={departments.error} />
  const allDepartments = departments.data.results
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">People</h2>
      <PeopleTable people={people.data.results} departments={allDepartments} meId={meId} />
      <AddPersonForm departments={allDepartments} />
      <PeopleImportForm />
      <DepartmentsSection departments={allDepartments} />
    </section>
  )
}
