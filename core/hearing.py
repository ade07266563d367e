"""What a later turn of a conversation hears in its words (issue #13; used by core/listening.py): the weight going on
after distress (everything, alone, a list of what weighs), worry, living told as beyond the resident, the weight told
as a question of how to go on (in any turn, the soft tier), one place for everything asked, and whom a message names.
"""

from __future__ import annotations

import re

__all__ = ["BURDEN", "CHILD", "ELDER", "LIST", "ONE_PLACE", "ANYWHERE", "OVERWHELMED", "SAID", "SOMEONE", "TALK", "UNABLE", "WEIGHT",
           "WORRY"]

# What goes on about the weight after distress: everything, alone (「全部」「私ひとり」), or a list of what weighs told as
# a fragment (「職場の人間関係と家のお金のこと」「子育ても介護も」), not a sentence that tells a fact.
BURDEN = re.compile(r"全部|ぜんぶ|何もかも|なにもかも|すべて|全て|一人で|ひとりで|(私|わたし|自分)(一人|ひとり)|ばっ?かり|"
                    r"重なって|いっぱいいっぱい|\beverything\b|\ball of it\b|on my own|by myself|\balone\b|too much",
                    re.I)
LIST = re.compile(r"も[、,]?.+も|と.+の(こと|事)|,.+,")
SAID = re.compile(r"(ます|です|でした|ました|ません|ない|たい|た|だ|る|よ|ね|の|\b(is|was|were|are|have|had)\b.*)[。．.!！…\s]*$",
                  re.I)
# Worry or the weight told (「どう支えたらいいのか分からなくて」「不安で眠れない」 "I don't know how to help him").
WORRY = re.compile(r"(わから|分から|解ら)(ない|なく|ん)|どうし(たら|よう|ていいか)|不安|心配|つら|辛|しんど|疲れ|つかれ|"
                   r"(の|は|も)(無理|むり|ムリ)(かも|そう|だ|です|[。…]|$)|"
                   r"自信が(ない|なく|持てな)|怖|こわ|眠れ|ねむれ|泣|責め|せめ|"
                   r"\b(worried|scared|afraid|overwhelmed|exhausted)\b|(don'?t|do not) know (what|how)", re.I)
# Living itself told as beyond the resident (「家から出るのは無理かも」「もう頑張るのも無理」), in a thread: the quiet tier.
UNABLE = re.compile(r"(出る|でる|出かける|でかける|外出する|動く|うごく|起きる|おきる|頑張る|がんばる|続ける|つづける|耐える|たえる|"
                    r"生きる|いきる)の(は|も)(もう)?(無理|むり|ムリ)")
# One place for everything asked (「窓口がバラバラなのがしんどい。一か所で聞けないの？」「まとめて相談できるところは？」
# "is there a one-stop place"): the all-round counters, not the thread's again.
ONE_PLACE = re.compile(r"(一|ひと|1)(か所|カ所|ヶ所|ケ所|箇所|つ|ヵ所)(の(窓口|まどぐち|ところ|とこ|所|場所))?(で|だけで)|"
                       r"(まとめて|全部|ぜんぶ|いっぺんに|一度に|いちどに|一括で)(相談|そうだん|聞ける|きける|対応して(もら|くれ))|"
                       r"ワンストップ|たらい(回|まわ)し|(窓口|まどぐち)が(バラバラ|ばらばら|多すぎ|おおすぎ|多くて|たくさん)|"
                       r"\bone(-| )stop\b|\b(one|a single) place\b|\ball in one\b", re.I)
# Nowhere known to start, a place only to be listened to (「どこに相談したらいいかもわからない」「とりあえず話聞いてくれるとこ
# ある？」): with nothing shown yet and no concern the router finds, the all-round counters, as for one place.
ANYWHERE = re.compile(r"(話|はなし)(を|だけ(でも)?)?(聞|き)い?て(くれる|もらえる|もらえそうな)(ところ|とこ|所|場所|窓口|まどぐち|相談先)|"
                      r"(どこ|誰|だれ)(に|へ)(相談|そうだん|聞|き|行|い)(したら|すれば|けば|ったら)(いい|よい|良い)(の)?か(も|すら|さえ)?"
                      r"(わから|分から|わかん|分かん|知ら)|"
                      r"\b(don'?t|do not) (even )?know (where|who) to (go|ask|turn|start)\b|\bsomewhere (to|that will|i can) (just )?(talk|listen)\b", re.I)
# The weight told as a question of how to go on (「来月からどうやって暮らせばいいの」「どこから手をつければいいのか」) or a
# blow not taken in (「正直ショックで受け止めきれてない」; not 「ショックでした」 alone): heard in the soft tier in any turn, not as a calm question.
WEIGHT = re.compile(r"どう(やって|したら)?.{0,8}(暮らせば|くらせば|暮らしていけば|くらしていけば|生活していけば|生きていけば|"
                    r"いきていけば|食べていけば|たべていけば|食っていけば)|(暮らして|くらして|生活して|生きて|食べて)(い)?けない|"
                    r"(どこ|何|なに)から手を?(つけ|付け)(れば|たら)(いい|よい)(のか|のやら|か(わから|分から)|[…。.\s]*$)|受け止め(き)?れ(ない|て(い)?ない|ず|ません)|"
                    r"頭が(真っ白|まっしろ)|"
                    r"\bhow (will|are|do|can) (we|i) (live|survive|get by|make ends meet)\b|\bwhere (do|to) (i )?even start\b",
                    re.I)
# Not knowing where to start, with many things at once (「どこから手をつければいいのか」): the all-round counter beside the first.
OVERWHELMED = re.compile(r"(どこ|何|なに)から手を?(つけ|付け)|\bwhere (do|to) (i )?(even )?start\b", re.I)
# Someone named (「夫のことで」): whose concern, not yet what.
SOMEONE = re.compile(r"夫|妻|主人|旦那|嫁|母|父|親|息子|娘|子ども|子供|こども|祖母|祖父|おばあ|おじい|家族|兄|姉|弟|妹|孫|"
                     r"友人|友達|近所|husband|wife|mother|father|son|daughter|child|parent|family|neighbou?r", re.I)
# A child named (not a grown son or daughter told by age) and no older relative: a question about a child.
CHILD = re.compile(r"子ども|子供|こども|赤ちゃん|赤ん坊|乳児|幼児|園児|小学生|未就学|\b(kids?|child|children|baby|toddler)\b", re.I)
ELDER = re.compile(r"母|父|親|祖|おばあ|おじい|高齢|介護|認知症|\b(mother|father|mum|mom|dad|parents?|grand\w*)\b", re.I)
# Somewhere or someone to talk to, asked after distress (「ただ話せる場所がほしい」「話を聞いてくれる人がいれば」 "I just
# need someone to talk to"): the weight itself, not a place of any kind (a playroom, a salon) the word 場所 would find.
TALK = re.compile(r"(話せる|はなせる|話を聞いて(くれる|もらえる)|はなしを(きいて|聞いて)(くれる|もらえる)|聞いてもらえる|きいてもらえる|"
                  r"相談できる|吐き出せる|はきだせる)(場所|ばしょ|ところ|とこ|所|人|ひと|相手|あいて)|話し相手|はなし相手|"
                  r"\b(someone|somewhere|a place) to (talk|talk to|be heard)\b", re.I)
