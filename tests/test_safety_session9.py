"""False alarms of the rules on routine messages (issue #11, session 9), by family: an event told as over or
harmless in the same message, a fear behind a service question, a report about someone else asked as "where do I
consult" with nothing happening now, a thing that fell and not a person, and odd picks of a situation (a one-parent
household, a flat not found, children among themselves, a room that is cold, a daily regimen of medicine) and
idioms (煙たがられ, 火がついたように泣く, ゲームに溺れ).
Each family has harmless lines that stay quiet and danger twins — the same words meaning danger now."""

from __future__ import annotations

from core.safety import screen
from tests.screen_cases import alarms, stays_quiet

HARMLESS = {
    "over or harmless": [
        "娘が公園の池に落ちたけど、近くの人にすぐ助けてもらって、けがもなく元気です。水辺の安全教室はありますか",
        "先週、隣の家でぼやがあったそうですが、けが人はいなかったそうです。町内会で防火の呼びかけをしたいです",
        "父が脳梗塞で倒れて入院しましたが、後遺症は軽く、来月退院の予定です。住宅改修の補助について知りたい",
        "祖母がコンロの火を消し忘れたけど、火事にはなっていないです。見守りのサービスはありますか",
        "母が脳出血で倒れたのはもう3年前のことで、状態は安定しています。訪問リハビリを探しています",
        "子どもの頃に受けたいじめのことで、今カウンセリングを受けたいです。もう昔のことです",
        "死にたいとかは全然ないですが、最近眠れないので相談したいです",
        "息子が海で流されかけましたが、ライフセーバーに助けられて無事でした。着衣水泳の講習はありますか",
        "昨日、父が庭で転んで頭を打ちましたが、病院で診てもらって異常なしでした。転倒予防の教室を知りたい",
        "祖母が餅をのどに詰まらせかけたけど、すぐに吐き出せて大丈夫でした。介護食の作り方を知りたいです",
        "息子がプールで溺れそうになったと聞きましたが、監視員さんがすぐ気づいてくれて何ともありませんでした。",
        "My son nearly drowned last summer but he is fine now. Are there swimming lessons for kids?",
        "There was a small fire in our building last week, nobody was hurt. Where can I get a new smoke alarm?",
        "隣の家の換気扇から煙が出ていて焦げ臭いと思ったら、サンマを焼いていただけでした。回覧板について質問です",
    ],
    "a fear behind a question": [
        "娘がプールで溺れるのが怖いと言うので、水に慣れる教室を探しています",
        "一人暮らしの父が家で倒れるのが心配で、見守りサービスを考えています",
        "私が倒れたら、障害のある息子の世話は誰がするのか不安です。成年後見について知りたい",
        "人混みで子どもがはぐれるのが不安なので、迷子札を作りたいです",
        "母が一人で家にいるときに倒れたらと思うと不安です。緊急通報システムの申し込み方法を教えて",
        "子どもが誤って洗剤を飲んでしまいそうで怖いので、チャイルドロックの情報がほしい",
        "職場の同僚が過労で倒れたと聞いて、自分も心配になりました。健康診断はどこで受けられますか",
        "餅をのどに詰まらせる事故がお正月に多いそうなので、祖母の食事が心配です。介護食の配達はありますか",
        "公園の池の柵が壊れていて、子どもが落ちそうで怖いです。修理の連絡先は",
        "祖父の家の石油ストーブが古くて、火事になりそうで心配です。買い替えの補助はありますか",
        "実家の母が一人で倒れていないか毎日電話していますが、見守りのサービスに切り替えたいです",
    ],
    "someone else's trouble, where to consult": [
        "近所の子が親に叩かれてるのを前に見ました。今すぐどうこうって感じではないですが、通報するならどこに連絡すればいいですか",
        "友人のお母さんの腕にあざがあって、家族に怒鳴られてるそうです。相談だけでもできるところありますか",
        "夫に殴られたことは一度だけありますが、今は叩かれていません。話を聞いてくれる所を知りたいです",
        "He has not hit me, but he checks my phone every day. Where can I talk to someone?",
        "近所のおじいさんが息子さんに叩かれてるのを前に見ました。今すぐ危ないという感じではないけど、どこに伝えればいいですか",
        "同居の兄が父の年金を勝手に使っているようです。高齢者の相談として、どこに言えばいいですか",
    ],
    "a thing, not a person": [
        "台風で倒れた街路樹が歩道をふさいでいます。市のどこに連絡すればいいですか",
        "公園の倒れかけた竹が危ないので、伐採をお願いしたいです",
        "工事現場の足場が倒れかけていて危ないです。どこに連絡？",
        "地震で家具の下敷きにならないように固定したい",
        "my car is trapped under a fallen tree, who do I call about insurance?",
        "冬は脱衣所が寒いので、浴室暖房の補助があるか知りたいです",
        "父は持病があって毎日たくさんの薬を飲んでいます。薬の整理を手伝ってくれるサービスはありますか",
    ],
    "odd picks": [
        "父子家庭で、息子の進学のことを相談できる人がいません",
        "車いすの母と住める賃貸を探してますが、なかなか見つからない",
        "子ども同士のけんかで、娘が友達に叩かれたと言っています。けがはありません",
    ],
    "idioms": [
        "退職してから家族に煙たがられて、気が滅入っています",
        "赤ちゃんが火がついたように泣くので、夜泣きの相談をしたい",
        "息子がゲームに溺れていて、依存の相談をしたいです",
        "ギャンブルに溺れた夫の借金の相談をしたい",
    ],
}

DANGER = {
    "over or harmless": [
        "火事にはなっていないけど、コンセントから煙が出てきている",
        "息子が池に落ちて、すぐに引き上げたけど息をしていない",
        "隣の人が助けてくれたけど、母の意識がありません",
        "けが人はいなかったけど、まだ家が燃えていて中に祖母がいる",
        "状態は安定してたのに、さっきから父のろれつが回らない",
        "死にたいとかは全然ないけど、今夜ロープで首をつる",
        "昨日は無事でしたが、母が倒れて動かない",
        "さっきまで大丈夫でしたが、急に父の息が苦しそうで顔色が悪い",
        "さっきまで何ともなかったが、急に父が倒れて息をしていない",
        "けがもなく元気だと思ってたら、子どもが急にぐったりして呼吸が浅い",
        "死にたいとかは全然ないけど、リストカットが止まらない",
        "nobody was hurt in the crash but my dad is now unconscious",
        "she is fine now but her brother is still in the water and not moving",
        "last summer he had a seizure and now he is shaking again and not responding",
    ],
    "a fear behind a question": [
        "娘がプールで溺れてる、誰か来て",
        "父が家で倒れていて、呼んでも返事がない",
        "娘がプールで溺れるのが怖い。今まさに溺れてる",
        "子どもが洗剤を飲んでしまった、吐いている",
        "溺れるのが怖いと言っていた息子が、川に流された",
        "母が倒れていないか電話したら、倒れていて返事がない",
        "母が倒れていないか見に行ったところ、床で動けなくなっていた",
        "川に落ちそうで怖い、今子どもが流されてる",
        "焦げ臭いと思ったら、隣の家から煙が出ている",
    ],
    "someone else's trouble, where to consult": [
        "隣の家で今子どもが叩かれて泣き叫んでいます。通報するならどこですか",
        "夫に今殴られています、たすけて",
        "今は叩かれていませんが、さっき首を絞められました",
        "He hasn't hit me before but he has a knife right now and says he will kill me",
        "妻が包丁を振り回していて、どこに連絡すればいいですか",
        "祖母の腕にあざがいっぱいで、叔父が叩いてるっぽい。どこに言えばいい？",
        "隣の家で今おばあさんが殴られてる音がする。どこに通報すれば",
        "おっとが いま ものを なげて なぐってくる。そうだん できる ところ おしえて",
    ],
    "a thing, not a person": [
        "道で倒れた人が動きません",
        "足場が倒れて作業員が下敷きになっている",
        "看板が倒れて通行人が下敷きになって動けない",
        "父が機械に挟まれて動けない",
        "a man is trapped under a fallen tree",
        "家を追い出されて、寒くて震えてる",
        "毎日飲んでる薬を今日まとめて全部飲んだ",
        "お風呂が寒くて、灯油も買えず食べるものもない",
    ],
    "odd picks": [
        "認知症の母が夜になっても見つからない",
        "子ども同士のけんかで、息子が頭から血を流してぐったりしている",
        "子どもはいませんが、認知症の夫が朝からいなくなって戻らない",
    ],
    "idioms": [
        "赤ちゃんが火がついたように泣いていて、台所から煙が出ている",
        "ゲームしてる間に息子が風呂で溺れてる",
        "お酒に酔った父が川に落ちて溺れている",
    ],
}


test_harmless_line_raises_no_alarm = stays_quiet([t for lines in HARMLESS.values() for t in lines])


test_danger_twin_still_raises_the_alarm = alarms([t for lines in DANGER.values() for t in lines])


def test_every_family_has_harmless_lines_and_danger_twins() -> None:
    assert HARMLESS.keys() == DANGER.keys()
    assert all(len(HARMLESS[f]) >= 3 and len(DANGER[f]) >= 2 for f in HARMLESS)


def test_a_witnessed_blow_asked_about_is_heard_softly() -> None:
    # a report of someone else's past trouble with "not urgent now": no alarm. Session 17 (worryV, core/safety/calm.py):
    # the quiet line is for the writer's own distress; a witness asking where to turn gets the counters (the
    # child-abuse counter first), not sympathy and a 24-hour line
    s = screen("ママ友の家で子どもが叩かれてるのを見ました。今すぐどうこうではないけど、相談だけでもできるところありますか")
    assert not s.alarm and s.urgency == "none"


# Crises told without their usual word (recall): one side that will not move, a burn given to someone cared for,
# a bed found empty at night with a failing memory, a night on a bench with numb hands — and their harmless twins.
NEW_CUES_DANGER = [
    "朝起きたら母の右半分の顔が下がっていて、うまく話せない",
    "祖父の左の手足がしびれて動かないと言っている",
    "ヘルパーさんに祖父がたばこを押し付けられたと言っている、腕にやけどがある",
    "認知症の母が夜中に家を出て行った、まだ戻らない",
    "物忘れのひどい父の布団が空っぽで、外は真っ暗",
    "お金がなくて今夜も公園で寝る。寒くて震えが止まらない",
    "所持金もなくて駅で寝てる。手足の感覚がない",
]
NEW_CUES_HARMLESS = [
    "左半分の画面が動かないので、パソコンの修理を頼みたい",
    "父は右半身に麻痺があって、デイサービスを探しています",
    "左半身に麻痺が残っている母の訪問リハビリを探しています",
    "祖母の服にアイロンをかけられるヘルパーさんを探しています",
    "認知症の父が夜中に家を出たことがあり、GPSを借りたいです",
    "物忘れが増えた母の布団が空だったらと思うと心配で、見守りセンサーを知りたい",
    "昔お金がなくて公園で寝ていた時期があります。今は働いています",
    "駅のベンチで寝てる酔っ払いがいて邪魔です",
]


test_crisis_told_without_its_usual_word = alarms(NEW_CUES_DANGER)


test_their_harmless_twins_stay_quiet = stays_quiet(NEW_CUES_HARMLESS)


ENGLISH_HARMLESS = [
    "My son is scared of drowning, so I'm looking for a beginner swimming class.",
    "If I collapse, who will look after my disabled son? I want to learn about guardianship.",
    "Kids at my daughter's nursery hit each other sometimes, the teacher is aware and no one is hurt. Is there parenting advice?",
]
ENGLISH_DANGER = [
    "My son is scared of drowning and now he is in the river and went under",
    "If my dad falls again I worry. He just fell and is not breathing",
    "kids were hitting each other and one is bleeding from the head and unconscious",
    "the kids hit each other and then their parents hit them hard",
]


test_english_fear_what_if_and_children_among_themselves_stay_quiet = stays_quiet(ENGLISH_HARMLESS)


test_english_danger_twins_still_raise_the_alarm = alarms(ENGLISH_DANGER)


HEARD_DANGER = [
    "隣の部屋から女の人の悲鳴と、何かにぶつかるような音がずっと続いてる",
    "上の階から物が割れる音と叫び声が今も聞こえる",
    "しゃべれない弟の顔が腫れていて唇が切れてた",
    "隣から毎晩子どもの泣き叫ぶ声と怒鳴り声がして、うるさいというより心配です",
    "隣の家から子どもの「やめて」という叫び声と叩く音がする、うるさいくらい",
]
HEARD_HARMLESS = [
    "映画で悲鳴と何かがぶつかる音がするシーンが怖かった",
    "隣の子どもの叫び声とボールがぶつかる音がうるさいので、騒音の相談をしたい",
    "上の階の子どもが走り回る足音と叫び声がうるさくて眠れません",
    "障害のある息子が転んで顔が腫れて口が切れたので、歯医者を探しています",
    "しゃべれない娘の歯ぐきが腫れて切れているので、障害者歯科を探しています",
]


test_blows_heard_or_marks_on_someone_who_cannot_tell = alarms(HEARD_DANGER)


test_noise_a_film_a_fall_or_a_dentist_stay_quiet = stays_quiet(HEARD_HARMLESS)
