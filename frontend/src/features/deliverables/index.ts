export { DeliverablesView } from './components/DeliverablesView'
