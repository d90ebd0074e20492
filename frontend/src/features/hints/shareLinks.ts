/**
 * One-click share links for a hint: each network's public "share" URL with the hint's words and link, every
 * value through encodeURIComponent. Nothing is posted by T-Minus: the network's own page opens, filled in,
 * and the employee posts from their own account.
 *
 * Mastodon has no single site (every server is its own), so the link goes to mastodonshare.com, which asks
 * once for the reader's server and opens its compose box with the text (the URL is part of the text, as
 * Mastodon has no separate link field).
 */
import type { Hint, ShareNetwork } from './api/hints'

export const NETWORK_LABELS: Record<ShareNetwork, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  mastodon: 'Mastodon',
  email: 'Email',
  copy: 'Copy',
}

/** The networks opened by a link, in the order the page offers them (Copy is a button of its own). */
export const LINK_NETWORKS = ['linkedin', 'x', 'mastodon', 'email'] as const satisfies readonly ShareNetwork[]
export type LinkNetwork = (typeof LINK_NETWORKS)[number]

type Shared = Pick<Hint, 'title' | 'share_text' | 'share_url'>

/** The words and the link together, as posted where only one text field exists. */
export function shareMessage(hint: Shared): string {
  return [hint.share_text, hint.share_url].filter(Boolean).join(' ')
}

export function shareLink(network: LinkNetwork, hint: Shared): string {
  const e = encodeURIComponent
  switch (network) {
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${e(hint.share_url)}`
    case 'x':
      return `https://x.com/intent/post?text=${e(hint.share_text)}&url=${e(hint.share_url)}`
    case 'mastodon':
      return `https://mastodonshare.com/?text=${e(shareMessage(hint))}`
    case 'email':
      return `mailto:?subject=${e(hint.title)}&body=${e(`${hint.share_text}\n\n${hint.share_url}`.trim())}`
  }
}
