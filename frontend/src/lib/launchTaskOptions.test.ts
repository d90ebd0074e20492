import { describe, expect, it } from 'vitest'
import { groupByDepartment } from './launchTaskOptions'

describe('groupByDepartment', () => {
  it('groups tasks by department, departments by name and tasks in plan order', () => {
    const tasks = [
      { id: 3, title: 'Draft the press release', department_name: 'PR' },
      { id: 1, title: 'Write release notes', department_name: 'Engineering' },
      { id: 2, title: 'Collect beta feedback', department_name: 'Engineering' },
      { id: 4, title: 'Write the pairing article', department_name: 'Customer Care' },
    ]
    expect(groupByDepartment(tasks)).toEqual([
      { department: 'Customer Care', tasks: [tasks[3]] },
      { department: 'Engineering', tasks: [tasks[1], tasks[2]] },
      { department: 'PR', tasks: [tasks[0]] },
    ])
  })

  it('has no groups without tasks', () => {
    expect(groupByDepartment([])).toEqual([])
  })
})
