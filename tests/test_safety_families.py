"""The safety screen on families of phrasing (issue #11): a rule reads grammar or a scene, not one spelling.

Each sentence here was written for this test; none is copied from the question sets."""

from __future__ import annotations

import pytest

from core.safety import screen
from tests.screen_cases import answered

ALARMS = {
    # A carer's hand, in any verb, done, feared or wanted (frames: DONE / SOU / WANT, not the child's own act).
    "夜泣きが続いて、息子を強く揺らしてしまった": "caregiver-may-harm",
    "介護している祖母をベッドに押さえつけてしまいました": "caregiver-may-harm",
    "認知症の夫の介護で、いつか何かしてしまいそうで怖い": "caregiver-may-harm",
    "I'm worried I might hurt her, caring for my mum with dementia is too much": "caregiver-may-harm",
    # Blows told in the passive to a disabled person, with an injury (打たれた, not only 殴られた).
    "自閉症の兄が、寮で何かで打たれたらしく腕にあざがある": "disabled-abuse-injury",
    "My cousin has Down syndrome and her boyfriend slaps her, she has a black eye": "disabled-abuse-injury",
    # Latin letters next to kana keep their word edge (ODした, DVを受けて).
    "さっきOD しちゃった、手が震えてる": "overdose",
    # Words pushed into the postbox or sent by a friend are reported words, not someone else's quote.
    "玄関のドアに『逃がさない』って紙が貼られてた。毎晩だれか来る": "stalking-threat",
    # A place where a child is expected names the child (学童から帰らない: missing-child, not dementia).
    "学童から戻ってこない、連絡もつかない": "missing-child",
    "物忘れのある祖母の行方がわかりません": "missing-person-dementia",
    # A former partner who pursues, with fear.
    "元カレが引っ越し先を探し回ってて、バイト先まで毎日来る。怖い": "stalking-threat",
    # A day told in kana and nowhere to go.
    "ごはん 2にち たべてない おかねもない": "no-food-or-shelter-in-cold",
    "寒い夜なのに行くあてがなくて、公園にいます": "no-food-or-shelter-in-cold",
    # Words that hurt a child, said by a parent.
    "父親から毎日「お前なんかいらない」と言われる。小学生です": "child-abuse",
    # Endings of other regions and of a clause (なか, なくて), a utility cut for want of money in the cold.
    "寒か、寝るとこなか": "no-food-or-shelter-in-cold",
    "支払いが遅れて電気が止まって、冬なのに暖房もない": "no-food-or-shelter-in-cold",
    # Pursuit told as what one suffers (来られた), with fear.
    "断ったのに職場まで来られた。怖くて帰れない": "stalking-threat",
    # A decision told as such.
    "今夜、橋から飛ぶことにしました": "suicide-plan-or-attempt",
}


@pytest.mark.parametrize("text,situation", sorted(ALARMS.items()))
def test_a_family_of_phrasing_raises_its_alarm(text: str, situation: str) -> None:
    found = screen(text)
    assert found.alarm, (text, found)
    assert situation in found.situations, (text, found)


@pytest.mark.parametrize("text", [
    "子どもがおもちゃを投げてしまうので、発達相談を受けたい",          # the child throws: not the carer
    "市役所に何度も電話してもつながらない。福祉課の番号は？",          # repeated calls, no pursuer
    "駅のホームで電車を待つ間に読める福祉の冊子はありますか",          # a platform, no end in sight
    "娘が拒食症でがりがりに痩せてしまった。摂食障害の相談先は？",      # thin, no neglect
    "学校で『死ね』って言われたと子どもが話していた。いじめの相談窓口は？",  # bullying: no parent
    "元夫と子どもの面会交流の日程を相談したい",                        # a former partner, no pursuit
    "痛み止めを飲みすぎないように管理してくれるサービスはありますか",  # taking too much, as a worry
    "地震でガスメーターが止まって、ガスが使えない。復帰の仕方は？",      # a meter, not a cut for want of money
    "妻が後ろからついてきて、一緒に役所まで来てくれた",                  # a partner who helps
    "息子が同級生に叩かれたと言っていた。学校に相談すべき？",            # asking whether to consult
])
def test_routine_words_near_the_new_rules_raise_no_alarm(text: str) -> None:
    assert not screen(text).alarm, (text, screen(text))


@pytest.mark.parametrize("text", [
    "最近ずっと食べていなくて、体に力が入らない",   # no rule reads it as a crisis; the danger net gives the soft tier
    "職場の先輩に殴られた。どうしたらいいかわからない",
])
def test_danger_no_rule_reads_is_soft_never_silent(text: str) -> None:
    assert screen(text).urgency in ("soft", "crisis", "emergency"), (text, screen(text))


test_the_danger_net_is_quiet_around_a_course_or_a_what_if = answered("none", ["暴力防止の研修について知りたい", "ご飯を食べていない時の低血糖の対処法を知りたい"])


@pytest.mark.parametrize("text", [
    "叔母が転んで骨折し、いまは入院中です。退院後に使える介護サービスを知りたい",   # the fall is in hospital's hands
    "My daughter was pushed and hit by a classmate last month, it's resolved now. Any counselling for kids?",
    "去年の夏、近所で火事がありました。わが家も報知器を新しくしたい",
    "息子が海で溺れかけたことがあって、子ども用の救命胴衣を借りたい",
    "娘を叩いたことは一度もありませんが、怒鳴ってしまう。子育て講座はありますか",
    "行方不明になった方の話を聞いて、父の事前登録をしておきたくなりました",
])
def test_a_past_event_a_denial_or_a_story_raises_no_alarm(text: str) -> None:
    assert not screen(text).alarm, (text, screen(text))


@pytest.mark.parametrize("text,situation,not_first", [
    ("炭火の七輪を部屋で使ってたら、換気してなくて家族がみんな気持ち悪いって言ってる", "gas-or-co", "suicide-imminent"),
    ("喉を押さえて顔が紫になってる、背中を叩いても出てこない", "choking", "violence-now-family"),     # back blows
    ("脚立から落ちて、割れたガラスで腕を切った。押さえても止まらない", "heavy-bleeding", "self-harm"),  # an accident
    ("知的障害のある娘が作業所の職員に叩かれて、腕にあざができていた", "disabled-abuse-injury", "child-abuse"),
])
def test_the_right_kind_of_line_comes_first(text: str, situation: str, not_first: str) -> None:
    found = screen(text)
    assert found.alarm and situation in found.situations, (text, found)
    assert found.situations[0] != not_first, (text, found)


@pytest.mark.parametrize("text,situation", sorted({
    "彼に部屋の鍵を持っていかれて、外に出られないようにされている": "confinement",
    "一人で外出することも許されていない。夫に見張られている": "confinement",
    "元カレが毎日職場の駐車場で待ってて、昨日は自転車を壊された": "stalking-threat",
    "幼い子がケージに入れられたままになっている": "child-abuse",
    "夫に髪をつかまれて廊下を引きずられた": "violence-now-partner",
    "母が急に片方の足を引きずるようになって、言葉も出にくい": "stroke-signs",
}.items()))
def test_round_six_families(text: str, situation: str) -> None:
    found = screen(text)
    assert found.alarm and situation in found.situations, (text, found)


@pytest.mark.parametrize("text", [
    "祖母がデイサービスで転んだけど、けがはなかった。事故報告の仕組みを知りたい",
    "父がデイで転んで膝にあざができたが、施設からきちんと説明があった。リハビリを増やしたい",
    "娘が転んで膝にあざができた。整形外科の夜間診療はありますか",
    "犬が飛びかかってきて驚いた。狂犬病の届け出はどこ？",
    "元夫が学校の前で待っていて、面会交流の日を相談してきた。調停の相談先は？",
])
def test_round_six_routine_lines_raise_no_alarm(text: str) -> None:
    assert not screen(text).alarm, (text, screen(text))


@pytest.mark.parametrize("text,situation", sorted({
    "The living room is on fire and the fire alarm keeps ringing": "fire",   # an alarm going off is no product question
    "机の上に集めた薬を全部並べてある。今夜にする": "suicide-plan-or-attempt",
    "祖母の左半分の顔が急に垂れて、言っていることがおかしい": "stroke-signs",
    "He's smashing the doors and says I'm next": "violence-now-partner",
}.items()))
def test_round_seven_families(text: str, situation: str) -> None:
    found = screen(text)
    assert found.alarm, (text, found)
    assert situation in found.situations or situation.startswith("violence-now"), (text, found)


@pytest.mark.parametrize("text", [
    "Is it true that 119 is for fire and ambulance in Japan?",
    "一酸化炭素の警報器は賃貸でも取り付けられますか",
    "父の形見の時計と財布が見つからない。遺品整理の業者を探しています",
    "焼き魚の煙で火災報知器が鳴った。誤作動の止め方を知りたい",
    "孫が迷子にならないよう、名札を配っていますか",
    "練炭を使ったバーベキューは河川敷でできますか",
    "笑いすぎて倒れそうになった。市民落語会の日程は？",
])
def test_round_eight_routine_lines_raise_no_alarm(text: str) -> None:
    assert not screen(text).alarm, (text, screen(text))


# Silent crises of a fresh blind set, as families (issue #11): telegraphic kana, regional voicing, a note and
# someone gone, heat and a person who no longer answers, a carer at the end of their strength.
@pytest.mark.parametrize("text,situation", sorted({
    "みぎあし うごかない ことば でてこない": "stroke-signs",
    "急に右手が動かなくなって、言葉もうまく出てきません": "stroke-signs",
    "閉め切った部屋で父がうずくまっていて、呼んでも返事がおかしい": "heatstroke",
    "体が焼けるように熱くて、うーんとしか言わない祖母": "heatstroke",
    "My dad is not sweating anymore and he is confused, it is so hot today": "heatstroke",
    "娘が書き置きを残して出ていった。電話も出ない": "suicide-plan-or-attempt",
    "しぬばしょ　きめた": "suicide-plan-or-attempt",
    "頭を壁に打ちつけてしまう、やめられない": "self-harm",
    "切ると楽になるからまたやる": "self-harm",
    "父がビールと一緒に睡眠薬をまとめて飲んで、いびきをかいて起きない": "overdose",
    "かのじょに　くび　しめられた": "violence-now-partner",
    "おばあさんが道でうろうろしてて、名前も住所も答えられない": "missing-person-dementia",
    "高1の息子が昨夜から帰ってこない、電話もつながらない": "missing-child",
    "今夜は駅で寝る、寒くて指の感覚がない": "no-food-or-shelter-in-cold",
    "No place to sleep tonight and it is freezing": "no-food-or-shelter-in-cold",
    "夫の介護に疲れて、包丁を手にして一緒に…と思った": "caregiver-may-harm",
    "母の世話でもう限界、本気で叩くかもしれない": "caregiver-may-harm",
    "施設のおじいちゃん、オムツを替えてもらえてなくて全身にあざ": "elder-abuse-injury",
    "ばっちゃが息子に叩がれでる、顔さあざ": "elder-abuse-injury",
    "支援学級の息子が送迎車でつねられて、腕にあざができてる": "disabled-abuse-injury",
    "てが　しびれて　うまく　しゃべれない": "stroke-signs",
    "きゅうに　めが　みえない　あたま　いたい": "stroke-signs",
    "父の字の手紙が机にあって、父の姿がない。携帯は家に置いたまま": "suicide-plan-or-attempt",
    "知らんおじいさんが夜中に駅で迷っとって、家がどこかわからんって": "missing-person-dementia",  # lost, not hesitating
    "中学生の息子が朝から帰ってこなくて、LINEも既読にならない": "missing-child",
    "おばあちゃんの介護、もう無理。首に手がいきそうになった": "caregiver-may-harm",
    "おっとが　くび　しめてくる": "violence-now-partner",
    "I cant feel my left arm and my words come out wrong": "stroke-signs",
    "My son left a note saying sorry and hes not answering his phone": "suicide-plan-or-attempt",
}.items()))
def test_round_nine_silent_families_raise_their_alarm(text: str, situation: str) -> None:
    found = screen(text)
    assert found.alarm and situation in found.situations, (text, found)


@pytest.mark.parametrize("text", [
    "二十年前に交通事故で意識不明になったことがあります。今は元気です。障害年金の更新は？",  # the past, settled
    "実家の物置から古い灯油ストーブと練炭が出てきた。粗大ごみの出し方を教えて",          # a thing to throw away
    "倒れた木が道をふさいでいます。どこに連絡すれば",                                    # a thing fallen
    "転倒しないための体操教室を探しています",                                            # prevention
    "お年寄りが熱中症で倒れることが多いらしいので、見守りの当番表を作りたい",            # how often, in general
    "餅で窒息する人が多いと聞いたので、介護食の作り方を知りたい",
    "娘が手紙をなくしてしまった。再発行はできますか",                                    # a letter lost
    "道に迷った観光客です。駅はどこ？",                                                  # lost, and asking the way
    "引っ越したばかりで新しい家がどこかわからない、地図は？",
    "My teacher left a note saying sorry she was missing the meeting, where is the office?",
    "I can not lift my right arm since the shoulder surgery, any physio clinics? Talk to whom?",
])
def test_round_nine_routine_lines_raise_no_alarm(text: str) -> None:
    assert not screen(text).alarm, (text, screen(text))


@pytest.mark.parametrize("text,urgency", [
    # A condition lived with since (倒れてから…介護) is care, not a collapse now; a habit of wandering is not a
    # person gone; a low mood sinks no one in water (QA, session 6).
    ("妻が脳出血で倒れてから、ずっと私が介護しています", "soft"),
    ("父は脳梗塞の後遺症で右手が不自由です。介護サービスを知りたい", "none"),
    ("母が認知症で、夜に徘徊することがあります", "soft"),
    ("このところ気持ちが沈んで何もできない", "soft"),
])
def test_a_condition_or_habit_lived_with_raises_no_alarm(text: str, urgency: str) -> None:
    assert not screen(text).alarm, screen(text)


@pytest.mark.parametrize("text,situation", [
    ("父が脳梗塞で倒れてから介護してきたけど、いま急にろれつが回らない", "stroke-signs"),
    ("徘徊がある母が夕方から帰ってきません", "missing-person-dementia"),
    ("子どもがプールで沈んでる", "drowning"),
])
def test_the_same_words_with_something_happening_now_still_alarm(text: str, situation: str) -> None:
    assert situation in screen(text).situations, screen(text)


def test_a_parent_hit_by_a_grown_child_gets_the_family_line_not_child_abuse() -> None:
    found = screen("35歳の娘に叩かれて、あざだらけです").situations
    assert "violence-now-family" in found and "child-abuse" not in found
    assert "child-abuse" in screen("小学生の娘が夫に叩かれている").situations


@pytest.mark.parametrize("text", ["兄がお酒ばかり飲んで暴れます", "親父が酔うと暴れて手がつけられない"])
def test_a_relative_violent_in_drink_raises_the_family_line(text: str) -> None:
    assert "violence-now-family" in screen(text).situations, screen(text)


def test_a_drunk_stranger_in_a_story_raises_no_alarm() -> None:
    assert not screen("酔っ払いが駅で暴れてた話を聞いた").alarm


@pytest.mark.parametrize("text", ["息子が腕を切っています、どうしよう", "いま手首を切っちゃった"])
def test_cutting_in_progress_puts_119_before_the_lines_of_the_thought(text: str) -> None:
    found = screen(text)
    assert found.urgency == "emergency" and found.situations[0] == "heavy-bleeding", found


test_blows_told_as_what_happens_are_a_crisis_not_an_emergency = answered("crisis", ["ままに まいにち たたかれる", "兄に毎晩殴られます", "父に毎日蹴られる"])
