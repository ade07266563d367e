"""Finding the ask in a long message: the sentence that asks weighs more than the story around it.

A LINE message is often three to five sentences of story and one question at the end (「…。学童に途中から
入れる場所はありますか」). The router ranks the whole message as before and adds the asking sentences once
more, so the question leads and the story stays as context (who, age, district, what was tried). Topics the
resident says are not the problem (「介護じゃなくて」「お金のことではなく」「not asking about X」) are cut out
of the text before anything is matched.

Pure functions over normalised text; no knowledge of the index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.text import normalize

# A sentence ends at 。．!? (full or half width after NFKC), a line break, or 「…」 runs.
_SENTENCE = re.compile(r"[^。．.!?\n…]+(?:[。．.!?\n…]+|$)")
_SENTENCE_EN = re.compile(r"[^.!?\n]+(?:[.!?\n]+|$)")


def _spaced(word: str) -> str:
    """A pattern for `word` that also matches it written with spaces between kana (ひきこもり では ありません)."""
    return " ?".join(re.escape(ch) for ch in word)


def _alternation(words: list[str]) -> str:
    return "|".join(_spaced(w) for w in sorted(words, key=len, reverse=True))


# Strong signs of a question or a request: the sentence that asks.
_ASK_STRONG = re.compile(
    r"\?|か[。.!]*$|かね[。.]*$|かな[。.]*$|" + _alternation([
        "ですか", "ますか", "でしょうか", "ませんか", "ないですか", "ありますか", "あるか", "あるの", "いいの",
        "いいか", "教えて", "おしえて", "知りたい", "しりたい", "誰", "だれ", "どなた", "どうすれば",
        "どうしたら", "どうやって", "どうやったら", "ください", "下さい", "ほしい", "欲しい",
        "頼みたい", "探して", "さがして", "紹介して", "相談したい", "相談できる", "相談に乗", "相談にの",
        "聞きたい", "ききたい", "いくら", "何時", "なんじ", "何歳", "なんさい",
        "申し込", "もうしこ", "行ける", "できますか", "できる?", "すれば",
        # the resident names the point: 「問題はお金と仕事です」「聞きたいのは私のことで」
        "問題は", "困っているのは", "困ってるのは", "聞きたいのは", "相談したいのは", "知りたいのは", "悩んでいるのは",
        "心配なのは"])
    # when and where asked, not always or somewhere (いつも掃除してて, どこかにやってしまって)
    + r"|い ?つ|ど ?こ(?! ?か ?(?:に|で|へ|の|ら|から))"
    # a means asked for (もらえる?, 頼めますか, 使えるサービス), not one denied in the story (入れてもらえないってこぼしてる,
    # ヘルパーが使えなくて): a negative asks only with its question mark or か (above)
    + r"|(?:もらえ|頼め|使え|受けられ|利用でき|参加でき)(?! ?(?:な|ず|ん))")
# Weaker signs: a wish (〜たい), a possibility (できる), when no sentence has a strong one.
# (たくさん "many" is no wish: 「家具がたくさん出ます」.)
# (みたい after a plain form says "seems", 穴があいたみたいで; after て it wishes to try, 行ってみたい.)
_ASK_WEAK = re.compile(r"(?:(?<!み)|(?<=[てで]み))た ?い|" + _alternation(["できる", "できれば", "助かり", "助かる", "いい"])
                       + r"|た ?く(?! ?さん)")
# (can't, cannot, couldn't say what one is unable to do: story, not a question)
_ASK_EN = re.compile(r"\?|\b(how|where|who|which|what|when|can(?!'t|’t|not)|could(?!n't|n’t)|is there|are there|do you|does the|"
                     r"i need|we need|i want|we want|we'd like|we would like|i would like|i'd like|i'm looking|looking for|please|tell me|want to know)\b")

# What the resident says is not the problem. The topic words before the marker, back to the last clause
# boundary, are cut out: 「介護じゃなくて」「離婚はしてないのでひとり親ではないです」「介護の相談はもういいんです」.
# 「ではないか」「じゃないかと」 suspect rather than deny (認知症ではないかと心配), and so does a question that expects
# yes (これって虐待じゃないんですか, 〜じゃないんかね, 〜じゃないやろか): not negations.
# A degree is no denial: 「ひきこもりってほどじゃなく」「病気というほどではない」 say the concern is near (a name, then
# ってほど / というほど). A step not needed (生活保護を受けるほどじゃない) is still one.
_NEGATION = re.compile(
    r"(?<!ってほど)(?<!いうほど)(?<!言うほど)(?:" + _alternation([
        "じゃなくて", "じゃなく", "ではなくて", "ではなく", "でなくて", "じゃありません", "ではありません",
        "ではなさそう", "じゃなさそう", "とかじゃ", "はもういい", "はもう大丈夫", "は相談済み", "と相談済み",
        "に相談済み", "はもう相談済み", "ともう相談済み", "にもう相談済み", "はもう相談して", "はもう決まって",
        "はもう決まりました", "はもう解決", "はいらない", "もいらない", "は要らない", "も要らない", "はいりません", "もいりません",
        "はなんとかなって", "もなんとかなって", "は何とかなって", "も何とかなって", "の話ではない",
        # a step not yet considered (生活保護まではまだ考えてない) is not what is asked
        "までは考えてない", "までは考えていない", "まではまだ考えてない", "まではまだ考えていない", "はまだ考えてない",
        "はまだ考えていない", "は考えてない", "は考えていない",
        # a matter already settled (介護保険のことは済んだので別件です) is not what is asked
        "は済んだ", "は済んで",
        # a need said to be absent (介護がいるわけでもない): not what is asked
        "わけでもない", "わけでもなく", "訳でもない", "はもう済ん", "は済みました", "は済ませ", "はもう済ませ",
        "の話じゃない", "のことではない", "のことじゃない",
        # a consultation or a wish the message is not so much about (福祉の相談というよりは、聞いてほしいだけ; サービスを
        # 増やしたいというより、同じ立場の人と話したい): the rest is the point. A name softened (ひきこもりというより、外が
        # 怖いみたい) still names the concern, as ってほど does.
        *(f"{what}{said}より{wa}" for what in ("の相談", "の話", "のこと", "たい") for said in ("という", "っていう", "と言う")
          for wa in ("", "は")),
        # a matter that has calmed down (介護のほうは落ち着いてきたけど、仕事が…): no longer the concern
        "は落ち着いて", "は落ち着いた", "は落ちついて", "は落ちついた", "は一段落", "はひと段落", "は片付いて",
        "は片付いた",
        # a name the resident holds back from (虐待とまでは思わないけど): not the concern they bring
        "とまでは思わない", "とまでは思ってない", "とまでは思っていない", "とまでは言わない", "とまでは言えない",
        "とまではいかない", "とまでは行かない"]) + ")"
    r"|(?<!ってほど)(?<!いうほど)(?<!言うほど)(?:" + _alternation(["ではない", "じゃない"]) + r")(?! ?(?:ん|の)? ?(?:です)? ?(?:か|でしょう|だろ|じゃろ|やろ))"
    # a condition is no denial: 「弁護士じゃないとダメ?」「本人でないと申請できない」 (but 「介護じゃないと思う」 denies)
    r"(?! ?と(?! ?(?:思|おも|言われ|いわれ)))")
# A sentence that begins by setting the one before aside (「…発達検査を勧められた。そうじゃなくて、困ってるのは…」):
# the sentence before is not the problem.
_SET_ASIDE_BEFORE = re.compile(r"^(?:そう|それ|そっち|そこ)(?:じゃ|では|でも)?なく(?:て)?[、,，]?|^それより(?:も)?[、,，]|^それはいいとして")
# A harm or trouble said to be absent (暴力はありません, 借金もないです) is no concern either.
_ABSENT = re.compile(r"(暴力|ぼうりょく|虐待|借金|けが|怪我|病気|持病|障害|命の危険|危険|手を(あげ|上げ)(る|た)こと)"
                     r"(とか|なんか|など)?(は|も) ?(ありません|ないです|ない(?![かよ])|なくて|なく|なし|ふるいません|ふるわない)")
_CLAUSE_BOUNDARY = re.compile(r"[、,，;:「」『』()（）]|けど|けれど|ので|から")
# A message typed without commas puts a space between its clauses (「先月から無職 家賃もやばい 生活保護もらえるほどじゃ
# ない」): a space before a run of six characters or more is a boundary too (a kana-spaced word, 「かいごの そうだん じゃ」, is not).
_SPACE_BOUNDARY = re.compile(r"\s+(?=[^\s、,，]{6,}$)")
# (what someone does not need, "he doesn't need a job right now", is cut the same way; a dash ends the clause:
# "we don't need a care home yet — we just want someone to check in on him")
_NEGATION_EN = re.compile(r"\b(?:not|n't|no longer)\s+(?:asking\s+|looking\s+|talking\s+|here\s+|calling\s+|"
                          r"writing\s+|worried\s+)?(?:about|for|because of)\b[^,.;!?—–]*|"
                          r"\b(?:doesn't|don't|does not|do not|didn't|did not)\s+need\b[^,.;!?—–]*|"
                          # a state said to be absent (he's not depressed exactly, she isn't violent): as 暴力はありません
                          r"\b(?:not|isn't|aren't|wasn't|never)\s+(?:really\s+|exactly\s+|actually\s+)?(?:depressed|"
                          r"violent|abusive|disabled|sick|ill|suicidal|in danger|dangerous|aggressive|demented)\b")


# Within an asking sentence, the request is the last clause: 「大仏を見に行きたいんですが、拝観時間は何時までですか」
# asks about the hours, 「親の介護は包括に相談してるので、弟のことを相談したいです」 about the brother.
_CLAUSE_END = re.compile(r"(?:けど|けれど|けれども|んですが|のですが|ですが|ますが|んだが|ので|から)[、,，]")
_COMMA = re.compile(r"[、,，]")
_KANJI = re.compile(r"[\u3400-\u9fff々]")
# The words of asking itself (申し込む, 使える, 相談する, 誰, 何時): a clause of these alone names no concern.
_ASKING_ONLY = re.compile(r"申し?込|使|利用|受け|行|言|聞|何|誰|頼|相談|手続|連絡|教|知|大丈夫|良|出来")
# A nuisance that keeps the resident awake is the nuisance, not sleeplessness (犬が吠えて眠れない, 工事の音で
# 目が覚める; the noise told and the sleepless day in the next sentence: 重機の音がすごい。夜勤明けなのに眠れない): the
# consequence is cut, the cause stays.
# A noise that keeps one from working (工事の音が響いてて、在宅勤務に集中できない) is the noise too.
_NUISANCE_SLEEP = re.compile(r"(うるさ|吠え|ほえ|鳴い|鳴き|なき声|騒音|音が|音で|工事|振動)([^。、!?]{0,12}?|[^。!?]{0,24}?)"
                             r"(眠れ(ない|ません|なく|ず)|寝られ(ない|ません|なく|ず)|寝れ(ない|ません|なく|ず)|"
                             r"ねむれ(ない|ません|なく|ず)|目が覚め(る|て|ます)|起きてしま|起きちゃ|"
                             r"集中でき(ない|ません|なく|ず))")
_NOISE = re.compile(r"うるさ|吠え|ほえ|鳴い|鳴き|なき声|騒音|音が|音で|工事|振動")
_SLEEPLESS = re.compile(r"(眠れ|寝られ|寝れ|ねむれ)(ない|ません|なく|ず)")


# A question added as an afterthought (「あと、駐車場ってありますか」「ちなみに」, "Also, is there parking?") is a detail of
# the main ask, not what the message is for: it is left out of the asks when another sentence asks.
_AFTERTHOUGHT = re.compile(r"^(?:あと|それと|それから|ちなみに|ついでに|あ|あっ|それに|もうひとつ|もう一つ|もう1つ) ?[、,，]|"
                           r"^(?:ちなみに|ついでに|それと)|^(?:also|and also|oh and|and|plus|by the way|btw|p\.?s\.?)\b",
                           re.IGNORECASE)


# Worry about someone or something that keeps the resident awake (隣の子が気になって眠れません, 火の始末が心配で夜も
#寝られない, どう関わればいいのか分からず眠れない), or someone's nights that keep the family awake (歩き回るので家族が眠れません), is that worry: the
# sleeplessness is cut, not read as the resident's own mind.
_WORRY_SLEEP = re.compile(r"(気になって|気になり|心配で|心配して|気がかりで|ので家族が|ので家族も|て家族が|て家族も|"
                          r"(いいのか|いいか|べきか)(分から|わから)(ず|なくて) ?)"
                          r"( ?夜も| ?夜 ?| ?夜中も| ?なかなか)?"
                          r"(眠れ|寝られ|寝れ|ねむれ)(ない|ません|なく|ず)(日|夜)?")


# Anxiety about a question the resident cannot answer (産んだあとどうやって暮らしていけばいいのかわからなくて、不安で
# たまらない; どこに頼ればいいか分からず不安です) is that question, not the mind's trouble: the anxiety is cut, the
# question stays. (Anxiety told alone, 不安でたまらない, 夜になると不安, is untouched.)
_UNKNOWN_WORRY = re.compile(r"((?:わから|分から|判ら)(?:なくて|ず|ないので|ないから|ない)) ?[、,，]? ?(?:とても|すごく|本当に|ほんとに)?"
                            r"(?:不安|心配)(?:で(?:たまらない|たまりません|仕方(?:ない|ありません)|しかた(?:ない|ありません)|"
                            r"いっぱい)|です|になる|になります|だ)?")


# The resident's own work named as when or where (仕事帰りに, パートの合間に, "I work part-time", "my shift") is the
# setting of the story, not a job asked about: it is cut.
_WORK_SETTING = re.compile(r"(仕事|しごと|パート|バイト|勤務)(帰り|がえり|の帰り|終わり|おわり|の後|のあと|の合間|の休憩|"
                           r"の昼休み|に行く前|に行く途中|中に|の途中)")


# Western Japanese negatives (払えん, 入らんくなって, 足りひん, 行けへん, できひん, いらん) read as the standard ones (払えない,
# 入らなくなって, きけなかった), so the knowledge's words match: a verb's stem (a kanji and one or two kana; never さん,
# なん, たん, った, nor ませ of 出ません, かけ of 悪かけん "because", れて of 暴れてんねん "is doing"), then ん/へん/ひん
# ending the clause, or before く of なくなる or かった.
_DIALECT_NEG = re.compile(r"((?<=[\u4e00-\u9fff])[らかわまがばえけせてべめれげねりきちみびぎ][らかわまがばえべめれげねりきちみびぎ]?|"
                          r"でき|わから|いら)(?:ん|へん|ひん)"
                          r"(?:(く)(?=な|て)|(かった)|(?=ばい|ばって|よ|ね|わ|し|のに|けど|けん|[。、,，…!?！？\s]|$))")


# Casual forms read as the knowledge writes them: a quote with って (儲かるって言われて → 儲かると言われて) and
# 〜ちゃった / 〜じゃった (振り込んじゃった → 振り込んでしまった).
# (a quote follows a clause's end, 儲かる, しろ, ない, だ; こうやって書いてる is a verb's て form, no quote)
_CASUAL = ((re.compile(r"(?:(?<=[るうくすつぬむぶぐたろよねだん])|(?<=ない|しい|たい|いい))って ?(言われ|いわれ|言って|いって|聞い|きい|言う|いう|書い)"),
            r"と\1"),
           (re.compile(r"(?<=ん)じゃ(った|って|う)"), r"でしま\1"), (re.compile(r"ちゃ(った|って)"), r"てしま\1"))


def standard_forms(text: str) -> str:
    """The text with casual quotes and 〜ちゃった in their written form."""
    for pattern, repl in _CASUAL:
        text = pattern.sub(repl, text)
    return text


def standard_negatives(text: str) -> str:
    """The text with western negatives in their standard form (払えんばい → 払えないばい)."""
    return _DIALECT_NEG.sub(lambda m: m.group(1) + ("なく" if m.group(2) else "なかった" if m.group(3) else "ない"), text)


def last_clause(sentence: str, sign: re.Pattern[str] = _ASK_STRONG) -> str:
    """The clause of an asking sentence that carries the request (the whole sentence when the last clause
    asks nothing or there is one clause); for a wish (`sign` _ASK_WEAK), the clause after its last comma that
    wishes (「避難訓練の計画を立てていて、支援が必要な方を把握しておきたい」 wishes to know who needs help)."""
    parts = (_CLAUSE_END if sign is _ASK_STRONG else _COMMA).split(sentence)
    tail = parts[-1].strip() if len(parts) > 1 else ""
    # A last clause that names nothing but the asking (「…登録制度があると聞いたのですが、どうやって申し込みますか」)
    # asks about the clause before it: the whole sentence is the ask.
    if tail and not _KANJI.search(_ASKING_ONLY.sub("", tail)):
        return sentence
    return tail if tail and sign.search(tail) else sentence


# A sentence that is only a number, an age or a count (19歳, 3人です, 2年…): no story of its own.
_BARE_NUMBER = re.compile(r"^[0-9０-９一二三四五六七八九十百]+ ?(歳|才|さい|年|か月|ヶ月|カ月|人|回)?(です|だ|くらい|ほど)?[。.!?…]*$")


@dataclass(frozen=True)
class Focus:
    """One message read for its ask: the text without negated topics, and its asking sentences."""

    text: str                       # the whole message, negated topics cut out
    asks: tuple[str, ...] = ()      # the asking sentences (negated topics cut out), in order
    sentences: int = 1              # how many sentences the message has
    negated: tuple[str, ...] = ()   # the text cut out as "not the problem"
    intent: tuple[str, ...] = ()    # the asking sentences and the wishes (〜たい), in order: what the message is for

    @property
    def wish(self) -> str:
        """The asking sentences with the wishes around them (「出生届を出しに行きたいです。…何が要りますか」)."""
        return " ".join(self.intent) or self.ask

    @property
    def ask(self) -> str:
        return " ".join(self.asks)

    @property
    def long(self) -> bool:
        """Several sentences, one or more of which ask: the ask can be told apart from the story."""
        return self.sentences >= 2 and bool(self.asks) and len(self.ask) < len(self.text)


def split_sentences(text: str, english: bool = False) -> list[str]:
    pattern = _SENTENCE_EN if english else _SENTENCE
    return [s.strip() for s in pattern.findall(text) if s.strip(" 。．.!?\n…")]


def ask_strength(sentence: str, english: bool = False) -> int:
    """2 for a question or request, 1 for a wish, 0 for story."""
    if english:
        return 2 if _ASK_EN.search(sentence.lower()) else 0
    s = sentence.strip()
    if _ASK_STRONG.search(s):
        return 2
    return 1 if _ASK_WEAK.search(s) else 0


def drop_negated(sentence: str, english: bool = False) -> tuple[str, list[str]]:
    """The sentence without the topics it denies, and what was cut."""
    cut: list[str] = []
    if english:
        cut = [m.group(0) for m in _NEGATION_EN.finditer(sentence)]
        return _NEGATION_EN.sub(" ", sentence), cut
    cut += [m.group(0) for m in _ABSENT.finditer(sentence)]
    out = _ABSENT.sub(" ", sentence)
    while True:
        m = _NEGATION.search(out)
        if m is None:
            break
        head = out[:m.start()]
        start = 0
        for b in _CLAUSE_BOUNDARY.finditer(head):
            start = b.end()
        space = _SPACE_BOUNDARY.search(head, start)
        if space is not None:
            start = space.end()
        cut.append(out[start:m.end()])
        out = out[:start] + " " + out[m.end():]
    return out, cut


def find_ask(text: str, english: bool = False) -> Focus:
    """Split, cut negated topics, and pick the asking sentences (strongest sign first; else the last one)."""
    norm = normalize(text) if not english else text
    parts = split_sentences(norm, english) or [norm]
    kept: list[str] = []
    negated: list[str] = []
    noise = False
    for p in parts:
        out, cut = drop_negated(p if english else standard_forms(standard_negatives(p)), english)
        if not english:
            out = _WORK_SETTING.sub(" ", out)
            out = _WORRY_SLEEP.sub(lambda m: m.group(1), _NUISANCE_SLEEP.sub(lambda m: m.group(1) + m.group(2), out))
            out = _UNKNOWN_WORRY.sub(lambda m: m.group(1), out)
            out = _SLEEPLESS.sub(" ", out) if noise else out  # the noise the sentence before told keeps them awake
            noise = bool(_NOISE.search(p))
        if kept and _SET_ASIDE_BEFORE.match(p.strip()) and not english:
            negated.append(kept[-1])
            kept[-1] = ""
        kept.append(out.strip())
        negated += cut
    strengths = [ask_strength(k, english) for k in kept]
    main = [s for k, s in zip(kept, strengths, strict=True) if not _AFTERTHOUGHT.match(k)]
    if len(parts) >= 2 and main and max(main) == max(strengths):  # the afterthought is then story
        strengths = [s if not _AFTERTHOUGHT.match(k) else 0 for k, s in zip(kept, strengths, strict=True)]
    best = max(strengths)
    if len(parts) < 2:
        asks: tuple[str, ...] = tuple(k for k in kept if k)
    elif best > 0:
        asks = tuple(k if english or s < 2 else last_clause(k)
                     for k, s in zip(kept, strengths, strict=True) if s == best and k)
    else:  # the last sentence that says more than a number (「…家にいて2年…19歳」: not 「19歳」)
        told = [k for k in kept if k and not _BARE_NUMBER.match(k)]
        asks = tuple((told or [k for k in kept if k])[-1:])
    intent = tuple(last_clause(k, _ASK_WEAK if s < 2 else _ASK_STRONG)
                   for k, s in zip(kept, strengths, strict=True) if s and k)
    return Focus(text=" ".join(k for k in kept if k), asks=asks, sentences=len(parts), negated=tuple(negated),
                 intent=intent if len(parts) >= 2 and best > 0 and not english else asks)
