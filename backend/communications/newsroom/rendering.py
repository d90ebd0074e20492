"""A communication's body as HTML for the newsroom page and its Atom feed: escaped, line breaks kept, and only
http(s) addresses made into links."""

import re

from django.template.defaultfilters import linebreaksbr
from django.utils.html import Urlizer
from django.utils.safestring import SafeString, mark_safe


class _HttpUrlizer(Urlizer):
    """Django's urlize (http://, https://, www. and bare .com/.org/... names, which it links as http://), without
    its mailto: links: a body's links are web addresses only. A `javascript:` or `data:` word is never linked."""

    # Django's bare-name pattern also takes "javascript:alert(1).com" (as http://javascript:alert(1).com: an
    # http link, but a misleading one): a bare name here has no colon before its top-level domain.
    simple_url_2_re = re.compile(r"^www\.|^(?!http)\w[^@:]+\.(com|edu|gov|int|mil|net|org)($|/.*)$", re.IGNORECASE)

    @staticmethod
    def is_email_simple(value: str) -> bool:
        return False


_urlize = _HttpUrlizer()


def newsroom_body_html(body: str) -> SafeString:
    """The body escaped (a <script> stays text), its http(s) addresses linked, its line breaks as <br>."""
    # With autoescape, the urlizer escapes every word it does not link (as the urlize filter, which marks the
    # result safe the same way); linebreaksbr then keeps it as it is.
    escaped = _urlize(body, autoescape=True)
    return linebreaksbr(mark_safe(escaped), autoescape=True)  # noqa: S308 - escaped word by word just above
