"""What a short message must name before the crisis model's alarm stands: a referent of the danger it hears.

On a message of a few words the crisis head reads little more than its bias and a grammar of intention
(今夜は鍋にしよう, 今から寝る, 明日は早起きしよう were each a suicide plan or a person not breathing). A crisis of so
few words names its danger: a wish to die or its place and means, a cry for someone (誰か話聞いて, 今すぐ — a wish
to die is often typed wrong: 市に体), a blade or blood, pills, breath, heat, a body that fails (a fire, water or
gas names its element at any length: learned.py). Longer messages carry enough n-grams for the model's own
judgement; no locked part loses a crisis to the referents, and none gains an alarm.
"""

from __future__ import annotations

import re

from .normalize import fold

SHORT = 24  # characters: the messages where the model's alarm needs a referent

_SUICIDE = (r"死|しに|しぬ|しね|氏に|タヒ|消え|きえ|終わ|おわ|終え|おえ|生き|いき(る|て|た|ら)|いなくな|居なくな|楽にな|らくにな|逝|あの世|天国|あっち|向こう|むこう|"
            r"眠りた|ねむりた|ずっと眠|目覚め|めざめ|目が覚め|めがさめ|起きたくな|朝が来|あさがこ|明日が来|あしたがこ|明日は来|飛び降|とびお|飛ぶ|とぶ|飛び込|とびこ|飛ん|"
            r"首|くび|吊|つる|練炭|れんたん|薬|くすり|自殺|じさつ|自死|じし|遺書|いしょ|手紙|さよなら|さようなら|最後|さいご|最期|いらない|いらん|価値|意味|迷惑|めいわく|"
            r"生まれ|うまれ|もうだめ|もうダメ|もう無理|もうむり|限界|げんかい|ロープ|縄|なわ|紐|ひも|電車|線路|踏切|ふみきり|ホーム|屋上|おくじょう|ビル|橋|はし|崖|がけ|"
            r"海|うみ|川|かわ|樹海|包丁|刃|カッター|ナイフ|OD|オーバードーズ|まとめて|全部|ぜんぶ|一気|存在|心中|しんじゅう|決め|きめ|準備|用意|ガス|元栓|閉じこも|とじこも|"
            r"誰か|だれか|話(を)?聞|はなし(を)?きい|聞いてほし|きいてほし|今すぐ|いますぐ|助け|たすけ|氏に|市に体|もういい|もうええ|もうよか|疲れ|つかれ|会いた|あいた|ごめん|ありがとう|お別れ|おわかれ|けじめ|身辺整理|遺|来世|生まれ変|うまれかわ")
_SUICIDE_EN = (r"die|dying|dead|death|kill|end (it|my|things|everything)|suicid|disappear|not (be )?(here|around)|gone|no point|worthless|burden|cut|overdose|"
               r"pills|jump|hang|can'?t go on|give up|sleep forever|wake up|alive|live|living|goodbye|bridge|rope|roof|edge|train|tracks|sorry|last|letter|plan|decided|tired")
_SELF_HARM = (r"切|きっ|きる|きり|リスカ|りすか|傷|きず|血|ち(が|を|だら|まみれ)|刺|さし|さす|ひっかい|引っか|掻|かきむし|割|破片|拳|殴|なぐ|たた|叩|焼|やけど|火傷|髪|抜|ぬい|"
              r"噛|かん|刃|カッター|かみそり|剃刀|ピアス|ぴあす|針|はり|壁|かべ|頭を|あたま|自傷|じしょう|腕|うで|手首|てくび|太もも|ふともも|体を|からだ")
_SELF_HARM_EN = r"cut|cutting|blade|razor|blood|bleed|scratch|burn|hurt (my|him|her)self|self.?harm|wrist|arm|thigh|punch|bang|hit (my|him|her)self"
_BODY = (r"息|いき|呼吸|こきゅう|意識|いしき|反応|はんのう|動かな|うごかな|動かん|うごかん|冷た|つめた|起きな|おきな|起きん|おきん|起きて(こ|き)|目を(開け|覚ま|あけ|さま)|めをあけ|"
         r"返事|へんじ|倒れ|たおれ|ぐったり|白目|しろめ|顔色|かおいろ|青い|あおい|紫|むらさき|脈|みゃく|心臓|しんぞう|胸|むね|苦し|くるし|気を失|きをうしな|失神|しっしん|"
         r"声をかけ|呼んでも|よんでも|叩いても|揺すっ|ゆすっ|いびき|AED|心肺|救急|きゅうきゅう|119")
_BODY_EN = (r"breath|breathing|conscious|unconscious|respond|responsive|wake|waking|collapsed|passed out|faint|pulse|heart|chest|blue|cold|limp|not moving|"
            r"cpr|aed|ambulance|911|119")

# situation → (Japanese referents, English referents); a situation not named here needs only what learned.py says
_REFERENTS = {
    "suicide-thoughts": (_SUICIDE, _SUICIDE_EN),
    "suicide-plan-or-attempt": (_SUICIDE, _SUICIDE_EN),
    "self-harm": (_SELF_HARM + "|" + _SUICIDE, _SELF_HARM_EN + "|" + _SUICIDE_EN),
    "overdose": (r"薬|くすり|錠|じょう|粒|つぶ|瓶|びん|シート|包|ほう|OD|オーバー|睡眠|すいみん|眠剤|安定剤|市販|風邪薬|咳止め|頭痛薬|飲ん|のん|飲み|のみ|酒|さけ|"
                 r"アルコール|ブロン|パブロン|ロキソ|デパス|マイスリー|サプリ",
                 r"pills?|tablets?|bottle|overdose|\bod\b|meds|medication|medicine|sleeping|drank|swallow|took|alcohol|whole (pack|box|strip)"),
    "not-breathing-or-unconscious": (_BODY, _BODY_EN),
    "choking": (r"喉|のど|詰|つま|つめ|ふさが|塞が|餅|もち|飴|あめ|こんにゃく|パン|肉|食べ|たべ|飲み込|のみこ|咳|せき|むせ|" + _BODY,
                r"chok|throat|stuck|swallow|cough|food|mochi|candy|" + _BODY_EN),
    "heatstroke": (r"暑|あつ|熱|ねつ|日差し|ひざし|炎天|えんてん|汗|あせ|水分|すいぶん|脱水|だっすい|熱中|ねっちゅう|めまい|目眩|クーラー|くーらー|エアコン|えあこん|冷房|れいぼう|"
                   r"度|℃|夏|なつ|外|そと|畑|はたけ|部活|ぶかつ|車内|しゃない|車の中|くるまのなか|吐|は(いた|き)|けいれん|痙攣|" + _BODY,
                   r"heat|hot|sun|sweat|dehydrat|dizzy|temperature|degrees|air ?con|summer|car|vomit|" + _BODY_EN),
    "heavy-bleeding": (r"血|ち(が|を|だら|まみれ|の|で)|出血|しゅっけつ|切|き(った|れた|れて)|傷|きず|刺|さ(され|さっ)|裂|さけ|ぱっくり|止まら|とまら|止まん|とまん|タオル|たおる|"
                       r"真っ赤|まっか|どくどく|ドクドク", r"blood|bleed|bleeding|cut|wound|stab|gash|towel|won'?t stop"),
    "seizure": (r"けいれん|痙攣|ひきつけ|引きつけ|引き付け|発作|ほっさ|泡|あわ|白目|しろめ|ガクガク|がくがく|ビクビク|びくびく|震え|ふるえ|硬直|こうちょく|突っ張|つっぱ|てんかん|"
                r"手足|てあし|体が|からだが|止まら|とまら|" + _BODY, r"seiz|convuls|fit|fitting|shaking|jerk|foam|epilep|twitch|stiff|" + _BODY_EN),
    "stroke-signs": (r"顔|かお|口|くち|ろれつ|呂律|言葉|ことば|しゃべ|喋|話せ|はなせ|手足|てあし|手が|てが|足が|あしが|片側|かたがわ|半身|はんしん|しびれ|痺れ|シビレ|麻痺|まひ|"
                     r"力が入|ちからがはい|言わ|いわ|返さ|かえさ|焦点|しょうてん|あー|うー|様子が(変|おかし)|ようすが|おかしい|ゆが|歪|曲が|垂れ|たれ|よだれ|持て|もて|箸|"
                     r"立て|たて|歩け|あるけ|傾|かたむ|見えな|みえな|めまい|頭痛|ずつう|頭が痛|あたまがいた|脳|のう|" + _BODY,
                     r"face|droop|slur|speech|speak|talk|word|arm|leg|numb|weak|one side|paraly|stroke|vision|dizzy|headache|" + _BODY_EN),
    "elderly-fallen": (r"倒れ|たおれ|転|ころ(ん|ば|げ)|こけ|コケ|落ち|おち|滑|すべ|起き上が|おきあが|立て|たて|立ち上が|たちあが|動け|うごけ|動かな|うごかな|床|ゆか|階段|かいだん|"
                       r"骨|ほね|痛|いた|腰|こし|足|あし|しりもち|尻もち|ベッド|べっど|トイレ|といれ|風呂|ふろ|玄関|げんかん",
                       r"fall|fell|fallen|slip|trip|floor|stairs|get up|can'?t move|hip|bone|broke|hurt|pain"),
}
_COMPILED = {s: re.compile(fold(ja) + r"|\b(" + en + r")", re.I) for s, (ja, en) in _REFERENTS.items()}


def names_danger(situation: str, whole: str, raw: str) -> bool:
    """Whether a message the crisis model hears as `situation` names a referent of it (always true for a message
    longer than SHORT, or a situation without referents). `whole`: the folded text; `raw`: as written."""
    found = _COMPILED.get(situation)
    return found is None or len(raw.strip()) > SHORT or bool(found.search(whole) or found.search(raw))
