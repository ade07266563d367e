"""The conversation's own words, one key a phrase, in each register a resident can choose.

`say(key, lang, **values)`: standard Japanese (`ja`), やさしい日本語 (`easy`: short sentences, few kanji, words
spaced) and English (`en`). A phrase without an `easy` text falls back to `ja`. Nothing else in the core
writes a sentence for residents with `if en else`: a new phrase is a new key here.
"""

from __future__ import annotations

import html

from knowledge.city import current

LANGS = ("ja", "easy", "en")

CATALOGUE: dict[str, dict[str, str]] = {
    # --- the first message and its one-tap notices ------------------------------------------------------
    "greeting": {
        "ja": "{city}の福祉の相談窓口をご案内する自動応答です（緊急通報の窓口ではありません。命の危険は 119・110 へ）。\n"
              "困っていることをそのまま書くか、下のボタンから選んでください。{privacy}",
        "easy": "{city}の ふくしの そうだん まどぐちを あんないします（いのちが あぶない ときは 119・110 に "
                "でんわ して ください。緊急通報の窓口ではありません）。\n"
                "こまっている ことを そのまま 書いて ください。ボタンで えらぶことも できます。{privacy}",
        "en": "This is an automatic guide to {city}'s welfare counters (not an emergency service: call 119 or "
              "110 if a life is in danger).\nWrite what is troubling you, or choose below.{privacy}",
    },
    "privacy_short": {
        "ja": "書いた言葉は保存しません（詳しくは「個人情報について」）。",
        "easy": "書いた ことばは 保存しません（くわしくは「個人情報について」）。",
        "en": " Your words are not stored (see \"Privacy\").",
    },
    "privacy_short_keeping": {
        "ja": "書いた言葉は、うまく答えられなかった質問に限り記録します（詳しくは「個人情報について」）。",
        "en": " Your words are kept only for questions the guide could not answer (see \"Privacy\").",
    },
    "opt_privacy": {"ja": "個人情報について", "en": "Privacy"},
    # --- the guided path ----------------------------------------------------------------------------
    "ask_area": {"ja": "どの分野のことですか。", "easy": "なんの ことですか。えらんで ください。",
                 "en": "What is it about?"},
    "ask_topic": {"ja": "「{area}」のうち、近いものを選んでください。",
                  "easy": "「{area}」の なかで ちかい ものを えらんで ください。",
                  "en": "Which of these is closest (\"{area}\")?"},
    "ask_district": {"ja": "お住まいの地域を選んでください（わからなければ「市内全域」）。",
                     "easy": "すんでいる ところを えらんで ください（わからない ときは「市内全域」）。",
                     "en": "Where do you live? (If unsure, choose \"whole city\".)"},
    "stale_option": {"ja": "その選択肢はもう使えません。もう一度選んでください。",
                     "easy": "その ボタンは もう つかえません。もう いちど えらんで ください。",
                     "en": "That option is no longer available. Please choose again."},
    "opt_self": {"ja": "自分のこと", "easy": "じぶんの こと", "en": "About me"},
    "opt_family": {"ja": "家族のこと", "easy": "かぞくの こと", "en": "About my family"},
    "opt_neighbor": {"ja": "近所の人・知人のこと", "easy": "ちかくの 人の こと", "en": "About someone I know"},
    "opt_emergency": {"ja": "緊急のとき", "easy": "きんきゅうの とき", "en": "Emergency"},
    "opt_back": {"ja": "戻る", "easy": "もどる", "en": "Back"},
    "opt_restart": {"ja": "最初から", "easy": "さいしょから", "en": "Start over"},
    "opt_handoff": {"ja": "紹介状をつくる", "easy": "紹介状を つくる", "en": "Summary for the counter"},
    "opt_person": {"ja": "市役所に電話する", "easy": "市役所に でんわ", "en": "Call City Hall"},
    "opt_any_district": {"ja": "市内全域・わからない", "easy": "市内全域・わからない", "en": "Whole city / not sure"},
    # --- answers ------------------------------------------------------------------------------------
    "these_counters": {"ja": "相談できる窓口はこちらです。", "easy": "ここに そうだん できます。",
                       "en": "These counters can help:"},
    "details": {"ja": "窓口の詳細です。", "easy": "まどぐちの くわしい ことです。", "en": "Details:"},
    "area_label": {"ja": "地域: {label}", "easy": "すんでいる ところ: {label}", "en": "Area: {label}."},
    "area_unconfirmed": {"ja": "（地区の所属は未確認）", "easy": "（たしかでは ありません）",
                         "en": " (the district of this town is not confirmed)"},
    "renamed": {"ja": "「{said}」は現在「{name}」です。", "easy": "「{said}」は いまは「{name}」です。",
                "en": "{said} is now called {name}."},
    "narrowed": {"ja": "{label}で相談できる窓口にしぼりました。",
                 "easy": "{label}で そうだん できる まどぐちです。",
                 "en": "Counters for {label}:"},
    "narrowed_citywide": {"ja": "{label}で相談できる窓口は、下の市内全域の窓口です。",
                          "easy": "{label}で そうだん できる まどぐちは、市ぜんたいの まどぐちです。",
                          "en": "Counters for {label} (they serve the whole city):"},
    "narrowed_none": {"ja": "{label}だけの窓口は見つかりませんでした。市内全域の窓口で相談できます。",
                      "easy": "{label}だけの まどぐちは ありません。市の まどぐちで そうだん できます。",
                      "en": "No counter only for {label}; these city-wide counters can help:"},
    "district_noted": {"ja": "{label}ですね。困っていることを書いてください。ボタンで選ぶこともできます。",
                       "easy": "{label}ですね。こまっている ことを 書いて ください。",
                       "en": "{label}, noted. Please write what is troubling you, or choose below."},
    "nearby_ask": {"ja": "お住まいの地域（町の名前）を書いてください。近くの窓口にしぼります。",
                   "easy": "すんでいる 町の なまえを 書いて ください。ちかくの まどぐちを さがします。",
                   "en": "Which town do you live in? I will show the counters nearby."},
    "same_thread": {"ja": "先ほどの窓口で、このことも相談できます。",
                    "easy": "さっきの まどぐちで、この ことも そうだん できます。",
                    "en": "You can ask the counter above about this too."},
    "told_more": {"ja": "教えてくださってありがとうございます。そのことも含めて、先ほどの窓口で相談できます。",
                  "easy": "おしえて くれて ありがとう。その ことも、さっきの まどぐちで そうだん できます。",
                  "en": "Thank you for telling me. You can talk about that too with the counter above."},
    "fu_no_thread": {"ja": "どの窓口のことでしょうか。困っていることを書いてください。ボタンで選ぶこともできます。",
                     "easy": "どの まどぐちの ことですか。こまって いる ことを 書いて ください。",
                     "en": "Which counter do you mean? Please write what is troubling you, or choose below."},
    "about_someone": {"ja": "身近な方のことですね。どんなことでお困りですか。近いものを選んでください。",
                      "easy": "かぞくや ちかくの 人の ことですね。なにに こまって いますか。えらんで ください。",
                      "en": "This is about someone close to you. What is the trouble? Choose the closest."},
    "refusal": {"ja": "ごめんなさい、その内容はこの案内ではお答えできません。福祉の困りごとなら、そのまま書いてください。"
                      "そのほかのご質問は{hall}（代表 {main}）へ。",
                "easy": "ごめんなさい。この案内ではお答えできません。ふくしの こまりごとを 書いて ください。"
                        "ほかの ことは 市役所（{main}）に でんわ して ください。",
                "en": "Sorry, that is not something this guide knows. For other questions please call "
                      "{hall} {main}."},
    "feedback_ask": {"ja": "役に立ちましたか？", "easy": "やくに たちましたか？", "en": "Did this help?"},
    "opt_yes": {"ja": "はい", "easy": "はい", "en": "Yes"},
    "opt_no": {"ja": "いいえ", "easy": "いいえ", "en": "No"},
    "opt_other": {"ja": "別の窓口を探す", "easy": "ほかの まどぐち", "en": "Find another counter"},
    "feedback_yes": {"ja": "よかったです。ほかにも困りごとがあれば、いつでも書いてください。",
                     "easy": "よかったです。また いつでも 書いて ください。",
                     "en": "Glad to hear it. Write any time if something else comes up."},
    "feedback_no": {"ja": "お役に立てずごめんなさい。どこに相談すればよいか分からないときは、福祉の困りごとを"
                          "まとめて聞く窓口があります。いただいた質問は、案内をよくするために担当者が見直します。",
                    "easy": "ごめんなさい。なんでも そうだん できる まどぐちが あります。"
                            "あなたの しつもんは、市の 人が 見なおします。",
                    "en": "Sorry this did not help. The all-round counter below takes any welfare question. "
                          "Your question will be reviewed by staff to improve this guide."},
    "feedback_other": {"ja": "分野から選び直せます。困っていることを別の言葉で書いても大丈夫です。",
                       "easy": "もう いちど えらんで ください。ちがう ことばで 書いても だいじょうぶです。",
                       "en": "Choose an area again, or describe the problem in other words."},
    # --- a way to a person ----------------------------------------------------------------------------
    "person": {"ja": "人と話したいときは、こちらに電話できます。\n・{hall}（代表）{main}（{hall_hours}）",
               "easy": "人と はなしたい ときは でんわ して ください。\n・{hall} {main}（{hall_hours}）",
               "en": "To talk to a person, call:\n- {hall} (main number) {main} ({hall_hours})"},
    "person_counter": {"ja": "・{name} {phone}", "easy": "・{name} {phone}", "en": "- {name} {phone}"},
    "person_night": {"ja": "いまは市役所の受付時間外です。今夜話したいときは {name}（{number}、{hours}）へ。"
                           "急な病気は休日夜間急患診療所、命の危険は 119 へ。",
                     "easy": "いまは 市役所が しまっています。よるに はなしたい ときは {name}（{number}）へ。"
                             "いのちが あぶない ときは 119 へ。",
                     "en": "City Hall is closed now. Tonight you can call the helpline {number}. "
                           "For sudden illness: the holiday/night clinic; if a life is in danger: 119."},
    # --- follow-ups about the last answer -------------------------------------------------------------
    "fu_unknown_about": {"ja": "その点（{about}について）はこの案内では分かりません。{name}（{phone}）で確認できます。",
                         "easy": "{about}の その ことは わかりません。{name}（{phone}）に でんわで きいて ください。",
                         "en": "This guide does not know that about {about}. You can check with {name} ({phone})."},
    "fu_unknown": {"ja": "その点はこの案内では分かりません。{name}（{phone}）で確認できます。",
                   "easy": "その ことは わかりません。{name}（{phone}）に でんわで きいて ください。",
                   "en": "This guide does not know that. You can check with {name} ({phone})."},
    "fu_phone": {"ja": "{name}の電話番号は {phone} です。", "easy": "{name}の でんわ: {phone}",
                 "en": "The phone number of {name} is {phone}."},
    "fu_phone_section": {"ja": "{name}の直通の番号は、この案内では分かりません。{section}は {phone} です。",
                         "easy": "{name}の でんわ ばんごうは わかりません。たんとうの {section}: {phone}",
                         "en": "This guide does not know a direct number for {name}. {section}: {phone}."},
    "section_in_charge": {"ja": "担当課", "easy": "担当課", "en": "The city section in charge"},
    "fu_ways": {"ja": "{name}は電話のほかに、こちらでも連絡できます: {ways}",
                "easy": "{name}に でんわ いがいで れんらく するとき: {ways}",
                "en": "Besides the phone, you can reach {name} at: {ways}"},
    "fu_way_email": {"ja": "メール {value}", "easy": "メール {value}", "en": "email {value}"},
    "fu_way_fax": {"ja": "FAX {value}", "easy": "ファックス {value}", "en": "fax {value}"},
    "fu_place": {"ja": "{name}の場所: {place}", "easy": "{name}の ばしょ: {place}", "en": "{name} is at: {place}"},
    "fu_hours": {"ja": "{name}の受付: {hours}", "easy": "{name}の じかん: {hours}", "en": "{name} is open: {hours}"},
    "fu_weekend_no": {"ja": "{name}の受付は {hours} で、土日は受付日に入っていません。",
                      "easy": "{name}は {hours} です。土よう日・日よう日は やすみです。",
                      "en": "{name} is open {hours}; not on weekends."},
    "fu_weekend_yes": {"ja": "{name}は土日も受付があります（{hours}）。",
                       "easy": "{name}は 土よう日・日よう日も あいて います（{hours}）。",
                       "en": "{name} is also open at weekends ({hours})."},
    "fu_other_cards": {"ja": "ほかの窓口の連絡先は、下のカードにあります。",
                       "easy": "ほかの まどぐちは 下に あります。",
                       "en": "The other counters' contacts are on the cards below."},
    "fu_bring": {"ja": "{name}の持ち物: {bring}", "easy": "{name}に もっていく もの: {bring}",
                 "en": "What to bring to {name}: {bring}"},
    "unconfirmed_mark": {"ja": "（未確認）", "easy": "（未確認）", "en": " (not confirmed)"},
    "loc_outside": {"ja": "送ってくださった場所は{city}の外のようです。お住まいの地域を選ぶか、町の名前を書いてください。",
                    "easy": "おくって くれた ばしょは {city}の そとの ようです。すんで いる ちいきを えらぶか、"
                            "町の なまえを 書いて ください。",
                    "en": "The place you shared seems to be outside {city}. Choose your area or write the name of "
                          "your town."},
    # --- the resident's own local counter (core/local.py) ---------------------------------------------
    "local_area_unconfirmed": {"ja": "お住まいの町がこの窓口の担当か、担当地区は未確認です。",
                               "easy": "あなたの 町が この まどぐちの たんとうかは まだ わかりません。",
                               "en": "Whether your town is in the area it serves is not confirmed. "},
    "local_phone_unconfirmed": {"ja": "電話番号は未確認です。", "easy": "でんわばんごうは まだ わかりません。",
                                "en": "Its phone number is not confirmed. "},
    "local_ask": {"ja": "{name}（{number}）に聞くと教えてもらえます。", "easy": "{name}（{number}）に きいて ください。",
                  "en": "{name} ({number}) can tell you."},
    "local_seen": {"ja": "お住まいの地区の{name}は、ここでは未確認です。お住まいの地域では{names}が活動していますが、"
                         "お住まいの町が担当地区に入るかは未確認です。{number} に聞くと教えてもらえます。",
                   "easy": "あなたの ちいきの {name}は まだ わかりません。ちかくで {names}が かつどう して いますが、"
                           "あなたの 町が たんとうかは わかりません。{number} に きいて ください。",
                   "en": "Which {name} serves your area is not confirmed here. {names} is active in your area, but "
                         "whether your town is in the area it serves is not confirmed; call {number} and they can tell "
                         "you."},
    "main_number_name": {"ja": "{hall} 代表", "easy": "{hall}", "en": "{hall}"},
    # --- small talk -----------------------------------------------------------------------------------
    "st_thanks": {"ja": "どういたしまして。ほかにも困りごとがあれば、いつでも書いてください。",
                  "easy": "どういたしまして。また いつでも 書いて ください。",
                  "en": "You're welcome. Write any time if something else comes up."},
    "st_greeting": {"ja": "こんにちは。困っていることを、そのまま書いてください（例:「母の物忘れが心配」）。"
                          "下のボタンから選ぶこともできます。",
                    "easy": "こんにちは。こまっている ことを 書いて ください。ボタンで えらぶ ことも できます。",
                    "en": "Hello. Write what is troubling you (e.g. \"my mother is getting forgetful\"), "
                          "or choose below."},
    "st_eased": {"ja": "少しでも楽になったのなら、よかったです。また話したくなったら、いつでも書いてください。",
                 "easy": "すこしでも らくに なったなら よかったです。また いつでも 書いて ください。",
                 "en": "I am glad it feels a little lighter. Write any time you would like to talk again."},
    "st_ok": {"ja": "わかりました。ほかに知りたいことがあれば書いてください。",
              "easy": "わかりました。ほかに ききたい ことが あれば 書いて ください。",
              "en": "All right. Write if you would like to know anything else."},
    "st_bye": {"ja": "ご利用ありがとうございました。またいつでもどうぞ。",
               "easy": "ありがとう ございました。また どうぞ。",
               "en": "Thank you for using this guide. Come back any time."},
    "st_dontknow": {"ja": "大丈夫です。うまく言えなくても、だれのことか・どんな分野かを選んでいけば窓口が見つかります。",
                    "easy": "だいじょうぶです。ボタンで えらんで いけば まどぐちが みつかります。",
                    "en": "That's all right. Choose step by step below and we will find a counter together."},
    "st_play": {"ja": "ごめんなさい、おしゃべりやお話はできないんです。この案内は、福祉の困りごとの相談先を探すお手伝いをしています。"
                      "困っていることがあれば、いつでも書いてください。",
                "easy": "ごめんなさい。おはなしは できません。こまって いる ことが あれば 書いて ください。",
                "en": "Sorry, I can't chat or tell stories. This guide helps you find where to ask about welfare "
                      "worries — write any time something is troubling you."},
    "st_feeling": {"ja": "お気持ち、受け取りました。話せるときに、困っていることを書いてください。"
                         "ボタンから選ぶこともできます。",
                   "easy": "わかりました。はなせる ときに こまっている ことを 書いて ください。",
                   "en": "Thank you for sharing that. When you are ready, write what is troubling you, "
                         "or choose below."},
    "st_media": {"ja": "スタンプや画像は読み取れませんが、送ってくださってありがとうございます。使い方: 困っていることを"
                       "文字で書くか（例:「母の物忘れが心配」）、下のボタンから選んでください。",
                 "easy": "しゃしんや スタンプは わかりません。もじで 書いて ください。",
                 "en": "I cannot read pictures or stickers. Please write your question in words."},
    # --- feelings and alarms --------------------------------------------------------------------------
    "soft": {"ja": "話してくださってありがとうございます。おつらい状況ですね。",
             "easy": "はなして くれて ありがとう ございます。つらいですね。",
             "en": "Thank you for telling me. It sounds hard."},
    "soft_line": {"ja": "いま誰かと話したいときは {name}（{number}、{hours}）もあります。",
                  "easy": "いま だれかと はなしたい ときは {name}（{number}、{hours}）に でんわ できます。",
                  "en": " If you want to talk to someone now, you can call {name_en} at {number} ({hours_en})."},
    "hours_unknown": {"ja": "受付時間は未確認", "easy": "じかんは わかりません", "en": "hours not confirmed"},
    "soft_ways": {"ja": "話せるときに、困っていることを書いてください。下のボタンから選ぶこともできます。",
                  "easy": "はなせる ときに こまっている ことを 書いて ください。",
                  "en": "When you are ready, write what is troubling you, or choose below."},
    "emergency_now": {"ja": "命にかかわるときは、ここにある番号にすぐ電話してください。この案内は緊急通報の窓口ではありません。",
                      "easy": "いのちが あぶない ときは、ここに ある 番号に すぐ でんわ して ください。"
                              "この案内は緊急通報の窓口ではありません。",
                      "en": "Call a number shown here now: even with little Japanese, say where you are. This guide is not an emergency service."},
    "alarm_still": {"ja": "伝えてくださってありがとうございます。いまも危ないときは、ここにある番号にすぐ電話してください。",
                    "easy": "おしえて くれて ありがとう ございます。いまも あぶない ときは、ここに ある 番号に すぐ でんわ して ください。",
                    "en": "Thank you for telling me. If there is still danger, call a number shown here now."},
    "alarm_language": {"ja": "ここにある番号は、日本語での対応が中心です。できれば日本語の分かる人に一緒に電話してもらってください。"
                             "いまも危ないときは、日本語が少しでも、すぐ電話して、いる場所を伝えてください。",
                       "easy": "ここの 番号は、にほんごで はなします。にほんごが わかる 人と いっしょに でんわ して ください。"
                               "いまも あぶない ときは、すぐ でんわ して、いる ばしょを いって ください。",
                       "en": "The lines shown may answer in Japanese only. If you can, ask someone who speaks Japanese to call "
                             "with you. If there is still danger, call now even with little Japanese and say where you are."},
    "unread_language": {k: ("" if k == "en" else "ごめんなさい。この ことばは まだ 読めません。やさしい 日本語 か 英語で 書いて "
                           "ください。がいこくの 人の そうだんは、下の まどぐちへ。\n") + "Sorry, this guide reads only Japanese and "
                           "English. Please write in English or easy Japanese. For help in your language, ask {name} below."
                        for k in ("ja", "easy", "en")},  # English chosen: the English alone
    "fu_language": {"ja": "外国語での相談は、{name}でも聞けます。",
                    "easy": "がいこくごの そうだんは、{name}にも きけます。",
                    "en": "For help in other languages you can also ask {name}."},
    "alarm_wait": {"ja": "ゆっくりで構いません。いまも危ないときは、ここにある番号にすぐ電話してください。書けそうなときに、続けて書いてください。",
                   "easy": "ゆっくりで いいです。いまも あぶない ときは、ここに ある 番号に すぐ でんわ して ください。"
                           "かけそうな ときに、つづけて かいて ください。",
                   "en": "Take your time. If there is still danger, call a number shown here now. "
                         "Write more whenever you are ready."},
    "alarm_hospital": {"ja": "病院で診てもらえているのですね。知らせてくださってありがとうございます。"
                             "退院したあとの暮らしや介護など、これからのことは下の窓口で相談できます。",
                       "easy": "びょういんで みて もらえて いるのですね。おしえて くれて ありがとう ございます。"
                               "このあとの くらしや かいごの ことは、下の まどぐちで そうだん できます。",
                       "en": "I am glad they are being looked after at the hospital. Thank you for letting me know. "
                             "For what comes after, such as care at home once they leave hospital, "
                             "you can talk to the counters below."},
    "alarm_over": {"ja": "よかったです。また危ないと感じたら、いつでも {lines} に電話してください。困っていることがあれば、続けて書いてください。",
                   "easy": "よかったです。また あぶない ときは、すぐ {lines} に でんわ して ください。こまって いる ことを かいて ください。",
                   "en": "I am glad. If you feel in danger again, call {lines} at any time. "
                         "You can go on writing about what troubles you."},
    "alarm_help_came": {"ja": "来てくれたのですね。ここからは救急隊や警察の人に任せて、言われたとおりにしてください。"
                              "落ち着いたら、これからのことも、ここで一緒に探せます。",
                        "easy": "きて くれたのですね。ここからは きゅうきゅうたいや けいさつの 人に まかせて ください。"
                                "おちついたら、これからの ことも いっしょに さがせます。",
                        "en": "Help is there now. Leave things to the paramedics or the police and do as they say. "
                              "When things are calmer, we can look at what comes next together."},
    "alarm_next": {"ja": "これからのことは、下の窓口に相談できます。",
                   "easy": "これからの ことは、下の まどぐちに そうだん できます。",
                   "en": "For what comes next, you can talk to the counters below."},
    "crisis_today": {"ja": "ひとりで抱えないでください。ここにある番号で、今日すぐに相談できます。この案内は緊急通報の窓口ではありません。",
                     "easy": "ひとりで なやまないで ください。ここに ある 番号に きょう でんわ できます。"
                             "この案内は緊急通報の窓口ではありません。",
                     "en": "You do not have to face this alone. The lines shown here can talk with you today; they may answer "
                           "in Japanese only, so someone who speaks Japanese can call with you. "
                           "This guide is not an emergency service."},
    "emergency_list": {"ja": "緊急のときの連絡先です。命の危険があるときは迷わず 119・110 へ。",
                       "easy": "きんきゅうの ときの でんわ です。いのちが あぶない ときは 119・110 へ。",
                       "en": "Emergency numbers. If a life is in danger, call 119 or 110 at once."},
    # --- the emergency lines, grouped by situation (core/emergency.py) ------------------------------
    "lines_life": {"ja": "命・救急", "easy": "いのち・きゅうきゅう", "en": "Life and injury"},
    "lines_life_hint": {"ja": "けが・急な病気・火事は119、事件や身の危険は110。救急車を呼ぶか迷うときは #7119。",
                        "easy": "けが・きゅうな びょうき・かじは 119。じけんや あぶない ときは 110。",
                        "en": "Injury, sudden illness or fire: 119. A crime or danger: 110. Unsure about an "
                              "ambulance: #7119."},
    "lines_mind": {"ja": "こころ・死にたい気持ち", "easy": "こころ・しにたい きもち", "en": "Feelings and suicide"},
    "lines_mind_hint": {"ja": "つらい気持ちをいつでも話せるのは、24時間の よりそいホットライン。",
                        "easy": "いつでも はなせるのは 24じかんの よりそいホットライン。",
                        "en": "To talk at any hour: Yorisoi Hotline (24 hours)."},
    "lines_child": {"ja": "子ども・虐待", "easy": "こども・ぎゃくたい", "en": "Children and abuse"},
    "lines_child_hint": {"ja": "子どもが危ない・虐待かもと思ったら 189。匿名でも大丈夫です。",
                         "easy": "こどもが あぶない ときは 189。なまえを いわなくても だいじょうぶ。",
                         "en": "A child in danger or abused: 189 (you need not give your name)."},
    "lines_dv": {"ja": "DV・暴力", "easy": "DV・ぼうりょく", "en": "Domestic violence"},
    "lines_dv_hint": {"ja": "配偶者や恋人からの暴力は、24時間の DV相談＋ へ。",
                      "easy": "いっしょに すむ 人からの ぼうりょくは DV相談＋（24じかん）へ。",
                      "en": "Violence from a partner: DV Soudan Plus (24 hours)."},
    "lines_consumer": {"ja": "消費生活・契約のトラブル", "easy": "かいもの・けいやくの トラブル",
                       "en": "Consumer trouble"},
    "lines_consumer_hint": {"ja": "契約や悪質な商法のトラブルは 188。", "easy": "けいやくの トラブルは 188。",
                            "en": "Contracts and fraud: 188."},
    "lines_other": {"ja": "そのほか", "easy": "そのほか", "en": "Other lines"},
    "line_closed": {"ja": "いまは受付時間外（{when}から）", "easy": "いまは でんわ できません（{when}から）",
                    "en": "closed now (opens {when})"},
    "line_closed_unknown": {"ja": "いまは受付時間外", "easy": "いまは でんわ できません", "en": "closed now"},
    "lines_sources": {"ja": "一部の番号・受付時間は{months}の公開資料によります。",
                      "easy": "いくつかの ばんごうと じかんは {months}の しりょうに よります。",
                      "en": "Some numbers and hours are as published in {months}."},
    "lines_unconfirmed": {"ja": "{names}の番号は、公式の案内ではまだ確認できていません。",
                          "easy": "{names}の ばんごうは、まだ かくにん できて いません。",
                          "en": "The number of {names} is not yet confirmed by an official page."},
    "line_checked": {"ja": "番号は{month}の資料で確認", "easy": "ばんごうは {month}の しりょうで かくにん",
                     "en": "number as of {month}"},
    # --- the 紹介状 -----------------------------------------------------------------------------------
    "ho_head": {"ja": "【紹介状】窓口でこの画面を見せてください（保存・転送もできます）。",
                "easy": "【紹介状】まどぐちで この がめんを 見せて ください。",
                "en": "[Summary for the counter] Show this at the counter (you can save or forward it)."},
    "ho_date": {"ja": "日付: {date}", "easy": "ひづけ: {date}", "en": "Date: {date}"},
    "ho_said": {"ja": "ご相談の内容（選んだ項目）: {said}", "easy": "そうだんの ないよう: {said}",
                "en": "What it is about (as chosen): {said}"},
    "ho_said_none": {"ja": "ご相談の内容: 窓口でお話しください", "easy": "そうだんの ないよう: まどぐちで はなして ください",
                     "en": "What it is about: to tell at the counter"},
    "ho_district": {"ja": "お住まいの地域: {label}", "easy": "すんでいる ところ: {label}", "en": "Area: {label}"},
    "ho_counter": {"ja": "相談する窓口: {name}", "easy": "そうだんする まどぐち: {name}", "en": "Counter: {name}"},
    "ho_section": {"ja": "担当課: {section}", "easy": "たんとう: {section}", "en": "Section: {section}"},
    "ho_section_ja": {"ja": "担当課: {section}", "easy": "たんとう: {section}", "en": "Section (in Japanese): {section}"},
    "ho_place_ja": {"ja": "場所: {place}", "easy": "ばしょ: {place}", "en": "Place (in Japanese): {place}"},
    "ho_shown": {"ja": "ご案内した窓口（どこに相談するかは、まだ選んでいません）:",
                 "easy": "あんない した まどぐち（まだ えらんで いません）:",
                 "en": "Counters suggested (none chosen yet):"},
    "ho_title": {"ja": "紹介状", "easy": "紹介状", "en": "Summary for the counter"},
    "ho_paper": {"ja": "窓口でこの紙をお見せください。", "easy": "まどぐちで この かみを 見せて ください。",
                 "en": "Please show this paper at the counter."},
    "ho_phone": {"ja": "電話: {phone}", "easy": "でんわ: {phone}", "en": "Phone: {phone}"},
    "ho_place": {"ja": "場所: {place}", "easy": "ばしょ: {place}", "en": "Place: {place}"},
    "ho_hours": {"ja": "受付: {hours}", "easy": "じかん: {hours}", "en": "Hours: {hours}"},
    "ho_bring": {"ja": "持ち物: {bring}", "easy": "もちもの: {bring}", "en": "What to bring: {bring}"},
    "ho_bring_ask": {"ja": "持ち物: 窓口にお問い合わせください", "easy": "もちもの: まどぐちに きいて ください",
                     "en": "What to bring: please ask the counter"},
    "ho_ask_first": {"ja": "（場所・受付時間・持ち物は、行く前に電話で確かめてください）",
                     "easy": "（いく まえに でんわで きいて ください）",
                     "en": "(Please check the place, hours and what to bring by phone before you go.)"},
    "ho_none": {"ja": "まだ窓口を選んでいません。困りごとを書くか、ボタンから選ぶと、窓口の情報が入ります。",
                "easy": "まだ まどぐちを えらんで いません。",
                "en": "No counter chosen yet. Write your problem or choose below, and the counter's details "
                      "will be added."},
    # --- the glossary (core/glossary.py): 「成年後見とは？」 -------------------------------------------------
    "gloss_line": {"ja": "「{term}」とは: {line}", "easy": "「{term}」は: {line}", "en": "{term}: {line}"},
    "gloss_ask": {"ja": "相談するときは、こちらの窓口へどうぞ。", "easy": "そうだんは ここに できます。",
                  "en": "You can ask about it here:"},
    "gloss_tap": {"ja": "{term}とは？", "easy": "{term} って なに？", "en": "What is {term}?"},
    "ho_not_stored": {"ja": "※ この内容はどこにも保存されていません。", "easy": "※ この ないようは 保存されません。",
                      "en": "* This summary is not stored anywhere."},
}


def say(key: str, lang: str = "ja", **values: object) -> str:
    """The phrase `key` in `lang` (easy falls back to ja, anything unknown to ja), with `values` filled in."""
    texts = CATALOGUE[key]
    text = texts.get(lang) or texts["ja"]
    return text.format(**{**city_words(lang), **values}) if ("{" in text) else text


def city_words(lang: str = "ja") -> dict[str, str]:
    """The active city's words for a phrase (data/city.yaml): {city}, {short}, {hall}, {main}, {hall_hours}."""
    city = current()
    lang = register(lang)
    return {"city": city.name[lang], "short": city.short[lang], "hall": city.hall[lang], "main": main_number(),
            "hall_hours": city.hall_hours.get(lang) or ("hours not confirmed" if lang == "en" else "受付時間 未確認")}


def fill_city(page: str) -> str:
    """A page's {{city}}, {{hall}} and {{main}} filled with the active city's words (escaped for HTML); {{en_city}}
    … with its English words."""
    for key, value in city_words("ja").items():
        page = page.replace("{{" + key + "}}", html.escape(value))
    for key, value in city_words("en").items():
        page = page.replace("{{en_" + key + "}}", html.escape(value))
    return page


def feedback_last(text: str, lang: str = "ja") -> tuple[str, str | None]:
    """The reply's text without its closing 「役に立ちましたか？」, and that question (None when it has none):
    a channel that shows the cards after the text asks it after the cards, next to its buttons."""
    ask = say("feedback_ask", lang)
    if text == ask:
        return "", ask
    if text.endswith("\n" + ask):
        return text[: -len(ask) - 1], ask
    return text, None


def main_number() -> str:
    """The city hall's main number from data/city.yaml, or 未確認 when the city has not given one."""
    return current().main_number or "未確認"


def register(lang: str | None) -> str:
    """A known register, or ja."""
    return lang if lang in LANGS else "ja"
