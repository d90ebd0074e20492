import { describe, expect, it } from 'vitest'
import { shareLink, shareMessage } from './shareLinks'

const hint = {
  title: 'Aurora & friends',
  share_text: 'Something new is coming: #Aurora <script>alert(1)</script>',
  share_url: 'https://t-minus.example/newsroom/1/?a=1&b=2',
}

describe('shareLink', () => {
  it('builds each network’s share URL with every value encoded', () => {
    const url = encodeURIComponent(hint.share_url)
    const text = encodeURIComponent(hint.share_text)
    expect(shareLink('linkedin', hint)).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${url}`)
    expect(shareLink('x', hint)).toBe(`https://x.com/intent/post?text=${text}&url=${url}`)
    expect(shareLink('mastodon', hint)).toBe(`https://mastodonshare.com/?text=${encodeURIComponent(shareMessage(hint))}`)
    expect(shareLink('email', hint)).toBe(
      `mailto:?subject=Aurora%20%26%20friends&body=${encodeURIComponent(`${hint.share_text}\n\n${hint.share_url}`)}`,
    )
  })

  it('keeps the query of the shared URL and the hint’s words intact when read back', () => {
    const x = new URL(shareLink('x', hint))
    expect(x.searchParams.get('text')).toBe(hint.share_text)
    expect(x.searchParams.get('url')).toBe(hint.share_url)
    expect([...x.searchParams.keys()]).toEqual(['text', 'url'])
    const mastodon = new URL(shareLink('mastodon', hint))
    expect(mastodon.searchParams.get('text')).toBe(`${hint.share_text} ${hint.share_url}`)
  })
})
