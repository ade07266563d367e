"""An emergency told as past and handled (救急車で運ばれました, 警察に保護されました, 家が焼けてしまって今は親戚の家に,
入院しています): the screen's `_decide` hears it in the quiet tier, a danger past — unless a sentence still tells it going
on (まだ意識が戻らない) or another sentence alarms on its own (今度は母が倒れて息してない)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from .normalize import Message, fold

# An emergency told as handled (救急車で運ばれました, 警察に保護されました, 家が焼けてしまって今は親戚の家に, 入院しています)
# — not one still going on in the same sentence (まだ意識が戻らない, まだ見つからない).
_HANDLED = re.compile(fold(r"(保護|ほご)(され|して(もら|くれ))(ました|た|て)|(運|はこ)ばれ(ました|た|て)|(搬送|はんそう)(され|し)|"
                           r"(入院|にゅういん)(し|中|ちゅう)|(退院|たいいん)|焼け(てしまっ|ちゃっ|た|ました)|(全焼|半焼)|"
                           r"(無事|ぶじ)(でした|だった)|助か(りました|った)"))
_STILL = re.compile(fold(r"まだ|意識が(ない|なく|戻ら|もどら)|いしきが(ない|なく)|息を?(して(い)?ない|しない|してな)|"
                         r"(戻|もど)ら(ない|なく)|見つから(ない|なく)|止まら(ない|なく)|(今|いま)(も|また)"))
# A turn after the handled clause (昨日は無事でしたが、母が倒れて動かない): what follows it is told on its own.
_BUT = re.compile(fold(r"(が|けど|けれど|のに|でも|しかし)[、,\s]|(けど|けれど|のに)"))


def besides(sentences: Iterable[tuple[str, bool]]) -> str:
    """What a message says besides its sentences that tell a danger handled (each given with whether it does): the
    other sentences, and what a telling one says after a turn (祖父は運ばれたけど、今度は祖母も倒れて動かない). The
    screen's decision and the conversation's tiering (core/tiering.py) both hear the rest on its own."""
    parts = []
    for text, told in sentences:
        turn = _BUT.search(text) if told else None
        parts.append(text if not told else text[turn.end():] if turn else "")
    return "".join(parts).strip()


def handled(msg: Message, screen: Callable[[str], Any]) -> bool:
    """The emergency told as past and handled, in sentences of its own, and nothing else in the message alarms."""
    told = [bool(_HANDLED.search(s.surface) and not _STILL.search(s.surface)) for s in msg.sentences]
    if not any(told):
        return False
    rest = besides((s.raw, t) for s, t in zip(msg.sentences, told, strict=True))
    return not rest or not screen(rest).alarm
