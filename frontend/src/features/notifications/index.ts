export { NotificationBell } from './components/NotificationBell'
export { unreadCountKey } from './api/notifications'
