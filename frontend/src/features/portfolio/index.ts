export { PortfolioView } from './components/PortfolioView'
