export { NotificationBell } from './components/NotificationBell'
export { useUnreadCount, getUnreadCount } from './api/notifications'
