export { useMe, getMe, meQueryKey } from './api/me'
export type { Me, MeDepartment, Role } from './api/me'
export { SignInPrompt, SIGN_IN_URL } from './components/SignInPrompt'
export { SignedInAs } from './components/SignedInAs'
