"""Crises told in the other languages residents write (issue #11, session 13): Spanish, Portuguese, Tagalog and
Indonesian (read as the English patterns are, on the raw sentence), Chinese, Korean and Vietnamese (read as phrases
on the folded text). The few things a counsellor must hear in any language: a wish to die or a plan, no breath, a
fire, a blow or a threat to kill, a child gone, and a cry for help (distress only). Chinese characters are written
one to a class (`_zh`), so no Japanese kana reading is added to them (想死 is no そうし)."""

from __future__ import annotations

from .words import Cue


def _zh(words: str) -> str:
    """Chinese words, each character in its own class: literal, with no Japanese reading."""
    return "|".join("".join(f"[{c}]" for c in w) for w in words.split())


CUES: tuple[Cue, ...] = (
    Cue("suicide-thoughts",
        phrases=(_zh("想死 不想活 活不下去 自杀 轻生 死了算了"), r"죽고 ?싶|자살|살고 ?싶지 ?않|사라지고 ?싶",
                 r"muốn chết|tự tử|không muốn sống"),
        english=(r"\b(quiero|quisiera) (morir|morirme|matarme|desaparecer|dejar de vivir)\b", r"\bme quiero (morir|matar)\b",
                 r"\bno quiero (vivir|seguir viviendo)\b", r"\bganas de morir(me)?\b",
                 r"\bquero (morrer|me matar|sumir|desaparecer)\b", r"\bn[aã]o quero mais viver\b", r"\bvontade de morrer\b",
                 r"\bgusto (ko )?(nang )?mamatay\b", r"\bayoko nang mabuhay\b", r"\bmagpakamatay\b",
                 r"\b(ingin|mau|pengen) mati\b", r"\bbunuh diri\b")),
    Cue("suicide-plan-or-attempt",
        phrases=(_zh("要自杀 去死 跳楼"), r"자살할|뛰어내리", r"sẽ tự tử"),
        english=(r"\bme voy a (matar|suicidar)\b", r"\bvoy a (suicidarme|matarme|tirarme)\b", r"\bvou me matar\b",
                 r"\b(matarme|morirme|suicidarme|me matar|morrer|me quiero (matar|morir)) (esta noche|hoy|ahora|hoje|agora|esta noite)\b")),
    Cue("not-breathing-or-unconscious",
        phrases=(_zh("没有呼吸 没呼吸 不呼吸 没气了"), r"숨을 ?(안|못) ?쉬|숨을 ?쉬지 ?않", r"không thở"),
        english=(r"\bno (est[aá] )?respira(ndo)?\b", r"\bn[aã]o (est[aá] )?respira(ndo)?\b", r"\bhindi (na )?humihinga\b",
                 r"\btidak (bisa )?bernapas\b")),
    Cue("fire",
        phrases=(_zh("着火了 失火 火灾"), r"불이 ?났|불났|화재", r"cháy nhà|đang cháy|bị cháy"),
        english=(r"\bhay (un )?(fuego|incendio)\b", r"\bse (est[aá] )?quemando (la|mi) casa\b", r"\binc[eê]ndio (en|na|no|em) (mi|la|minha|casa)\b",
                 r"\bpegando fogo\b", r"\bmay sunog\b", r"\bkebakaran\b")),
    Cue("violence-now",
        phrases=(_zh("要杀我 打我"), r"때려(요)?|때리고 ?있|맞고 ?있", r"đánh (tôi|em)"),
        english=(r"\bme (quiere|va a) matar\b", r"\btiene un cuchillo\b", r"\b(quer|vai) me matar\b", r"\best[aá] com (uma )?faca\b")),
    Cue("missing-child",
        phrases=(_zh("孩子不见了 孩子丢了 找不到孩子"), r"아이가 ?없어|아이를 ?잃어|애가 ?없어", r"con tôi (bị lạc|mất tích|biến mất)"),
        english=(r"\b(mi hij[oa]|mi niñ[oa]|mi beb[eé]) (se perdi[oó]|desapareci[oó]|no aparece)\b",
                 r"\b(meu filho|minha filha|meu beb[eê]) (sumiu|desapareceu|n[aã]o aparece|se perdeu)\b", r"\bnawawala ang anak ko\b")),
    Cue("distress", weak=True,
        phrases=(_zh("救命 帮帮我"), r"살려|도와주세요", r"cứu (tôi|với|em)"),
        english=(r"\bayuda\b", r"\bsocorro\b", r"\bme ajud(a|e)\b", r"\btulong\b", r"\btulungan\b", r"\btolong\b")),
)
