export { PeopleScreen } from './components/PeopleScreen'
export { SetPasswordForm } from './components/SetPasswordForm'
