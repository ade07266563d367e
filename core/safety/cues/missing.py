"""A child lost or taken: the child named, then gone (いなくなった, 見当たらない, はぐれた, 行方がわからない), lost
sight of (見失った), taken (さらわれた, 知らない車に乗せられた), or not back long after the hour.

Each cue names the child as the one gone — 息子の上履きが見当たらない is a shoe, 息子が犬を見失った is the dog — and
the gone verb ends its clause: 子どもがいなくなった部屋 is an empty room, いなくなったら a thought of the future."""

from __future__ import annotations

from .words import Cue

# A child by a word of its own, a kana spelling, or a brother, sister or grandchild with an age below 18.
_KID = (r"(子ども|子供|こども|我が子|わが子|うちの子|息子|むすこ|娘|むすめ|長男|次男|三男|長女|次女|三女|上の子|下の子|末っ子|"
        r"孫|まご|弟|おとうと|妹|いもうと|男の子|女の子|幼児|園児|児童|赤ちゃん|あかちゃん|坊や|(小さい|小さな|ちいさい|幼い|よその|近所の|隣の)(子|男の子|女の子))")
_YEARS = r"[（(]?(?<![0-9])([1-9]|1[0-7])(歳|さい|才)[)）]?"
_WHO = r"(" + _KID + r"(" + _YEARS + r")?|" + _YEARS + r"(の)?(子|こ|男の子|女の子|息子|娘)?)(ちゃん|くん|君)?"
# The clause ends after the verb: punctuation, an end of speech, a conjunction — never a noun it modifies.
_END = r"(?=[。、,.!！?？…\s〜~😢😭]|$|(の|ん|よ|ね|けど|けれど|が|から|ので|です|でした|ました|ません|ちゃった|てしまった|まま|し|かも|みたい|らしい|っぽい|と思|とおも)(?![ら]))"
_GONE = (r"(いなくな(った|って|りました|っちゃ)|居なくな(った|って|りました)|見当たら(ない|なく|へん|ん)|みあたら(ない|なく)|見当たりません|"
         r"見つから(ない|なく|へん|ん)|みつから(ない|なく)|見つかりません|はぐれ(た|て|ちゃ)|行方(が)?(わから|分から|不明)|ゆくえ(が)?(わから|ふめい)|"
         r"姿が見えな(い|く)|すがたがみえな(い|く)|消え(た|ちゃっ|てしま)|きえ(た|ちゃっ)|どこにも(いない|いません|おらん)|さらわれ(た|ちゃ|て)|"
         r"連れ去られ|つれさられ|迷子(になっ(た|て|ちゃ)|になりました|です|なんです|だ|で|!|！)?|まいご(になっ(た|て|ちゃ)|です|だ)?)")
_TAKEN = r"(知らない|しらない|見知らぬ|みしらぬ|不審な|ふしんな)(人|ひと|男|おとこ|女|大人|おじさん|車|くるま)(に|の車に)(連れ|つれ|乗せ|のせ|引っ張|ひっぱ)"

CUES: tuple[Cue, ...] = (
    Cue("missing-person", phrases=(
        _WHO + r"(が|は|の姿が|のすがたが|ったら|、|\s)[^。、がを]{0,10}?" + _GONE + _END,
        _WHO + r"(を|のこと)[^。、がを]{0,6}?(見失|みうしな)(った|って|いました|っちゃ)",
        _WHO + r"(が|は|を)[^。がを]{0,10}?" + _TAKEN,
        # the hour come and gone (帰宅時間を2時間過ぎても帰らない, 門限を過ぎてもまだ戻らない)
        _WHO + r"(が|は)[^。]{0,16}(過ぎ|すぎ)(ても|たのに|てるのに|とるのに)(まだ|いまだに)?(帰|かえ|戻|もど)(ら|って(こ|き))(ない|ん|へん|ず)(?!こと|時|とき|日)")),
    # A child lost, said bare (娘が迷子 由比ガ浜: the space between words is gone), not a fear of it (迷子にならないか, 迷子札).
    Cue("missing-person", phrases=(_WHO + r"(が|は|、)?(迷子|まいご)(?!に(なら|なり|させ|する)|札|ふだ|センター|防止|対策|ひも|紐|アナウンス|放送|の(時|とき|場合|心配|対策|子))",)),
    # A parent searching for a small child seen walking off (親が必死で探し回ってる).
    Cue("missing-person", phrases=(r"(親|母親|父親|ママ|パパ|お母さん|お父さん|家族|保護者)(さん)?(が|は|も)[^。]{0,8}(探し回|さがしまわ|探して(い)?る|さがして(い)?る|捜して)",),
        needs=_WHO),
    # English: a child who never arrived where expected (never arrived at school, didn't make it to daycare).
    Cue("missing-person", english=(r"\b(never|didn'?t|did not|hasn'?t|has not|still hasn'?t) (arrived?|turned up|shown up|showed up|made it|come home|got(ten)? (there|home))\b",),
        needs=r"(school|daycare|nursery|kindergarten|class|\d+-year-old|\b(son|daughter|kid|child|boy|girl)\b)"),
    # Not there, and only just now (さっきまでいたのに, 目を離したすきに): 子どもがいない alone is a family without children.
    Cue("missing-person", phrases=(_WHO + r"(が|は)(いない|いません|おらん|おらへん|居ない)" + _END,),
        needs=r"(さっきまで|目を離|めをはな|目をはな|気(づ|が付|がつ)いたら|きづいたら|一瞬|いっしゅん|ちょっと(の間|のあいだ|目)|探し|さがし|探して|見当たら|みあたら|迷子|まいご)"),
    # English: someone gone missing now (He's gone missing right now, she went missing this morning) — not a thing
    # missed (he's missing school, she is missing her friends).
    Cue("missing-person", english=(r"\b(he|she|they)('s| is|'re| are| has|'ve| have| has gone| have gone| went) (gone |been )?missing"
                                   r"(?=\s*([,.!?]|$|right now|now\b|again|since|for (hours|\d)|tonight|this (morning|evening|afternoon)|and\b))",)),
)
