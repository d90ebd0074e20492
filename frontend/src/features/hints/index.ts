export { HintsList } from './components/HintsList'
