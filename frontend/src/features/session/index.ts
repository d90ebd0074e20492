export { meQueryKey, useMe } from './api/me'
export { SignInPrompt } from './components/SignInPrompt'
export { SignOutButton } from './components/SignOutButton'
export { SignedInAs } from './components/SignedInAs'
