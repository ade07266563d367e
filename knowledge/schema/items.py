"""One frozen dataclass per kind of item of the knowledge document: the one definition of an item's fields.

Field order = the canonical file's key order (`to_mapping`, `kb dump`, the YAML files) = the sheet's column
order (save the few `column` ranks that keep old exports' headers). The `Meta` of each field drives
`knowledge/document.py` (canonical shapes), `knowledge/sheets.py` (columns, cell types, header comments),
`handlers/admin/forms.py` (labels, widgets, help, options) and `knowledge/validate.py` (required, length,
pattern, allowed values, references). docs/DATA.md describes the file format these make.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from knowledge.schema.meta import (
    AREA_LABELS,
    AREAS,
    BOOL,
    CONTACT_KINDS,
    DATE,
    DATE_RE,
    DAYS,
    EXC,
    ID_RE,
    IDS,
    LIST,
    PHONE_RE,
    SITUATIONS,
    SUMMARY_MAX,
    TEXT,
    TIME,
    UNKNOWN_FACTS,
    Item,
    Meta,
    flag,
    items,
    meta,
    text_items,
    text_or_empty,
    text_or_none,
    tri_state,
    true_unless_none,
    week_numbers,
)

# Plan fields a person corrected stay as corrected when the plan is imported again (an entry's `overrides`).
OVERRIDABLE = ("name", "description", "sections", "sections_in_plan", "operator", "guideline")
_ID = Meta(TEXT, "ID（英小文字と-、変更しない）", pattern=ID_RE, bad="id must be lower-case ASCII words joined by '-'")
_NAME = Meta(TEXT, "名称", "名称", form=1, form_required=True, required="name is empty")
_SOURCE = Meta(TEXT, "出典")
_SOURCE_DATE = Meta(DATE, "出典の日付 YYYY-MM-DD")
_CHECKED = Meta(DATE, "確認日 YYYY-MM-DD")
_VERIFIED = Meta(DATE, "職員が公式ページで確かめた日 YYYY-MM-DD")
_UNCONFIRMED = Meta(BOOL, "二次情報（住民には未確認と表示）TRUE/FALSE", coerce=flag)
_ONE_A_LINE = "1行に1つ"


@dataclass(frozen=True)
class Contact(Item):
    """A contact fact (phone, place …) with its source. `fact` names it for others to `use`; `unconfirmed`:
    from a secondary source, residents see 未確認 (docs/DATA.md "Facts defined once")."""

    kind: str | None = meta(Meta(TEXT, "種別", "種類", allowed=frozenset(CONTACT_KINDS)))
    value: str | None = meta(Meta(TEXT, "電話・場所など（電話は 0000-00-0000 の形）", "内容（電話は 0000-00-0000 の形）",
                                  coerce=text_or_none))
    label: str | None = meta(Meta(TEXT, label="用途"))
    source: str | None = meta(Meta(TEXT, "出典", "出典（URLなど）"))
    source_date: str | None = meta(Meta(DATE, _SOURCE_DATE.note, "出典の日付（ページ自身の日付）", pattern=DATE_RE))
    checked: str | None = meta(Meta(DATE, _CHECKED.note, "確認日（参照ファイルと照合）", pattern=DATE_RE))
    note: str | None = meta(Meta(TEXT, label="注記（職員向け。住民には出ない）"))
    fact: str | None = meta(Meta(TEXT, "この事実のID（ほかから use で参照）", "この事実のID（ほかの項目が参照する）"))
    use: str | None = meta(Meta(TEXT, "参照する事実のID", "参照する事実のID（値と出典はその事実のもの）"))
    verified: str | None = meta(Meta(DATE, _VERIFIED.note, "公式ページを職員が見た日", pattern=DATE_RE))
    unconfirmed: bool = meta(Meta(BOOL, _UNCONFIRMED.note, "二次情報（ブログ・記事の写しなど）: 住民には「未確認」と出す",
                                  coerce=flag), False)


@dataclass(frozen=True)
class HoursException(Item):
    """A date the hours do not hold: closed, or open with its own hours."""

    date: str | None = meta(Meta(pattern=DATE_RE))
    closed: bool = meta(Meta(coerce=flag, absent=True), True)
    opens: str | None = meta(Meta())
    closes: str | None = meta(Meta())
    note: str | None = meta(Meta())


@dataclass(frozen=True)
class Hours(Item):
    """Weekly hours after HSDS schedules. `weeks`: the nth weekdays of a month ([3] with fri = 第3金曜; [] =
    every week); the holiday flags true (closed), false (open) or None (the source does not say)."""

    days: list[str] = meta(Meta(IDS, "曜日 mon | tue …", "曜日（mon tue wed thu fri sat sun を空白区切り）", form=1,
                                allowed=frozenset(DAYS), coerce=items), factory=list)
    opens: str | None = meta(Meta(TIME, "開始 HH:MM", "開始 HH:MM", form=3))
    closes: str | None = meta(Meta(TIME, "終了 HH:MM", "終了 HH:MM", form=4))
    closed_on_holidays: bool | None = meta(Meta(BOOL, label="祝日", form=5, coerce=tri_state))
    closed_year_end: bool | None = meta(Meta(BOOL, label="12/29–1/3", form=6, coerce=tri_state))
    label: str | None = meta(Meta(TEXT, label="住民に見せる補足", form=8))
    source: str | None = meta(Meta(TEXT, "出典", "出典（URL）", form=9))
    source_date: str | None = meta(Meta(DATE, _SOURCE_DATE.note, "出典の日付", form=10, pattern=DATE_RE))
    checked: str | None = meta(Meta(DATE, _CHECKED.note, "確認日", form=11, pattern=DATE_RE))
    weeks: list[Any] = meta(Meta(LIST, "第何週（3 = 第3。空=毎週）", "第何週（3 = 第3。空なら毎週）", form=2,
                                 coerce=week_numbers), factory=list)
    exceptions: list[HoursException] = meta(Meta(
        EXC, "例外の日（ | 区切り: 2026-12-28 休み 臨時休業 | 2026-11-28 09:00-12:00）",
        "例外の日（1行に1つ: 2026-12-28 休み / 2026-11-28 09:00-12:00）", form=7, of=HoursException), factory=list)
    verified: str | None = meta(Meta(DATE, _VERIFIED.note, "公式ページを職員が見た日", form=12, pattern=DATE_RE))
    unconfirmed: bool = meta(Meta(BOOL, _UNCONFIRMED.note, "二次情報（住民には未確認。いま受付中は出さない）", form=13,
                                  coerce=flag), False)


@dataclass(frozen=True)
class FormerName(Item):
    """A section's earlier name and the last day it was used."""

    name: str | None = meta(Meta(TEXT, "名称"))
    until: str | None = meta(Meta(DATE, "旧名称の最終日 YYYY-MM-DD", pattern=DATE_RE))
    source: str | None = meta(_SOURCE)


@dataclass(frozen=True)
class Section(Item):
    """A 課 or an organisation (市社協): current name, former names, its contact facts."""

    id: str | None = meta(_ID)
    name: str | None = meta(Meta(TEXT, "名称", "名称", form=1, form_required=True, required="name is empty",
                                 help="変えると、今の名称が今日の日付で旧名称に残ります"))
    kind: str = meta(Meta(TEXT, "種別", "種別", "select", form=2, options=(("section", "市の課"), ("organization", "団体")),
                          allowed=frozenset({"section", "organization"}), bad="kind must be section or organization",
                          fallback="section"), "section")
    department: str | None = meta(Meta(TEXT, label="部", form=3))
    former_names: list[FormerName] = meta(Meta(of=FormerName), factory=list)
    flags: list[str] = meta(Meta(IDS, coerce=items), factory=list)
    note: str | None = meta(Meta(TEXT, label="注記", widget="textarea", form=4))
    contacts: list[Contact] = meta(Meta(of=Contact), factory=list)


@dataclass(frozen=True)
class Town(Item):
    """A 町丁 of a district; `confirmed` only on an official page."""

    name: str | None = meta(Meta(TEXT, "名称", "町名"))
    reading: str | None = meta(Meta(TEXT, label="よみ"))
    confirmed: bool = meta(Meta(BOOL, "確認済み TRUE/FALSE", "所属を公式ページで確認済み", coerce=flag), False)
    source: str | None = meta(Meta(TEXT, "出典", "出典（市・広報かまくら・社協のページ）"))


@dataclass(frozen=True)
class District(Item):
    """A 行政地域 (kind area) or a 地区社協圏域 (kind shakyo, with its area as parent)."""

    id: str | None = meta(_ID)
    name: str | None = meta(_NAME)
    kind: str | None = meta(Meta(TEXT, "種別", allowed=frozenset({"area", "shakyo"}),
                                 bad="kind must be area or shakyo"))
    parent: str | None = meta(Meta(TEXT, refs="districts", bad="unknown parent district {}"))
    aliases: list[str] = meta(Meta(LIST, label="別名", widget="lines", help=_ONE_A_LINE, form=2, coerce=items),
                              factory=list)
    towns: list[Town] = meta(Meta(of=Town), factory=list)


def _lines(label: str, help: str, form: int, cell: str = IDS, **more: Any) -> Meta:
    """A list edited one item a line."""
    return Meta(cell, more.pop("note", ""), label, "lines", help, form=form, coerce=text_items, **more)


@dataclass(frozen=True)
class Entry(Item):
    """A counter (窓口, kind counter) or a service (取組・事業, kind service); `kind` falls back to the file's."""

    # seed 003's 主な取組 ①…⑥ of a 施策, written by `kb import-plan` into services.yaml for staff; never loaded
    FILE_ONLY: ClassVar[tuple[str, ...]] = ("main_actions",)

    id: str | None = meta(_ID)
    kind: str | None = meta(Meta(TEXT, "種別"))
    name: str | None = meta(_NAME)
    name_en: str | None = meta(Meta(TEXT, "名称（英語）", "名称（英語）", help="英語で話す住民に出る名称", form=3))
    name_easy: str | None = meta(Meta(TEXT, "名称（やさしい日本語）", "名称（やさしい日本語）", form=2,
                                      help="例: 地域包括支援センター（お年寄りの そうだん まどぐち）"))
    summary: str | None = meta(Meta(
        TEXT, f"住民向けの一行説明（{SUMMARY_MAX}字以内、答えのカードに出る）", "住民向けの一行説明", "textarea",
        f"答えのカードに出る説明。{SUMMARY_MAX}字以内で、住民に何ができるか（〜できます・〜します）を書く。"
        "計画の言い回し（図ります・推進します・周知 など）は使わない",
        form=5, form_required=True, required="no summary (the line residents see on the answer card)",
        max_len=SUMMARY_MAX))
    summary_easy: str | None = meta(Meta(TEXT, "一行説明（やさしい日本語）", "一行説明（やさしい日本語）", "textarea",
                                         "短い文、〜ます の形、漢字は少なめ", form=6))
    summary_en: str | None = meta(Meta(TEXT, "一行説明（英語）", "一行説明（英語）", "textarea", "英語で話す住民のカードに出る",
                                       form=7))
    description: str = meta(Meta(TEXT, "説明（計画の文言、職員向け）", "説明（計画の文言、職員向け）", "textarea", form=9,
                                 fallback=""), "")
    operator: str | None = meta(Meta(TEXT, "運営", "運営", help="市・市社協・委託 など", form=10))
    guideline: str | None = meta(Meta(TEXT))
    source: str | None = meta(_SOURCE)
    sections_in_plan: str | None = meta(Meta(TEXT))
    usable: Any = meta(Meta(BOOL, "住民が使える・申し込める TRUE/FALSE（空=TRUE）", "住民が使える・申し込める", "select",
                            "「いいえ」は計画の内部の取組（住民が使うものではない）", form=8,
                            options=(("true", "はい"), ("false", "いいえ（市の内部の取組）")),
                            coerce=true_unless_none), True)
    # a local counter (地域包括支援センター of one area, a 地区社協): the city-wide counter it is one of
    local_of: str | None = meta(Meta(
        TEXT, "地区ごとの窓口: 全市の窓口ID（例 chiiki-houkatsu）", "地区ごとの窓口: 全市の窓口ID", form=19,
        form_only="counters", refs="counters", bad="local_of {!r} is not another counter", column=3,
        help="地域包括支援センター・地区社協など地区ごとにある窓口のとき、全市の窓口のID（chiiki-houkatsu など）。"
             "担当地区は「担当地区ID」に。公式ページで担当地区を確認できないときはフラグ area-unconfirmed"
             "（住民には「担当地区は未確認」）"))
    aliases: list[str] = meta(_lines("別名・略称", "1行に1つ。住民や職員が使う呼び方", 4, LIST), factory=list)
    sections: list[str] = meta(_lines("担当課ID", "1行に1つ。最初の行が主担当", 15, note="担当課ID（ | 区切り）",
                                      refs="sections"), factory=list)
    districts: list[str] = meta(_lines("担当地区ID", "1行に1つ。空なら全市", 16, note="地区ID（ | 区切り、空=全市）",
                                       refs="districts"), factory=list)
    targets: list[str] = meta(_lines("対象となる人", _ONE_A_LINE, 11, LIST), factory=list)
    problems: list[str] = meta(_lines("扱う困りごと", _ONE_A_LINE, 12, LIST), factory=list)
    topics: list[str] = meta(_lines("困りごとID", _ONE_A_LINE, 14, note="困りごとID", refs="topics"), factory=list)
    keywords: list[str] = meta(_lines("検索語", "1行に1つ。住民が書きそうな言葉", 13, LIST, note="検索語（ | 区切り）"),
                               factory=list)
    plan_refs: list[str] = meta(_lines("計画番号", "1行に1つ（1-1-2-12、J2-1-23、G3-3、S2-2-3 の形）", 17,
                                       note="計画番号", required="no plan refs"), factory=list)
    counters: list[str] = meta(_lines("届ける窓口ID", _ONE_A_LINE, 19, note="窓口ID", refs="counters",
                                      form_only="services"), factory=list)
    unknown: list[str] = meta(_lines("未確認の項目", "見つからなかった事実: phone / place / hours / email", 18,
                                     note="未確認の項目", allowed=frozenset(UNKNOWN_FACTS),
                                     bad=f"unknown fact {{!r}} is not one of {sorted(UNKNOWN_FACTS)}"), factory=list)
    flags: list[str] = meta(Meta(IDS, coerce=text_items), factory=list)
    overrides: list[str] = meta(Meta(IDS, "職員が直した計画の項目（取込で上書きしない）", coerce=text_items, column=2,
                                     allowed=frozenset(OVERRIDABLE),
                                     bad=f"override {{!r}} is not a plan field ({', '.join(OVERRIDABLE)})"),
                                factory=list)
    contacts: list[Contact] = meta(Meta(of=Contact), factory=list)
    hours: list[Hours] = meta(Meta(of=Hours), factory=list)
    # section names of the plan no section matched (the plan importer; kb check names each)
    unknown_sections: list[str] = meta(Meta(LIST, coerce=items, omit_empty=True, column=1), factory=list)


@dataclass(frozen=True)
class Topic(Item):
    """A 困りごと with the residents' words for it and its counters, best first."""

    id: str | None = meta(_ID)
    name: str | None = meta(_NAME)
    area: str | None = meta(Meta(TEXT, label="分野", widget="select", form=2,
                                 options=tuple((a, AREA_LABELS.get(a, a)) for a in sorted(AREAS)),
                                 allowed=frozenset(AREAS), bad="unknown area {!r}"))
    synonyms: list[str] = meta(_lines("類義語・言い回し", "1行に1つ。住民の言葉でこの困りごとを見つけます", 3, LIST),
                               factory=list)
    counters: list[str] = meta(Meta(IDS, "窓口ID", "主な窓口ID", "lines", "1行に1つ。よく合う順", form=4, refs="counters",
                                    coerce=items), factory=list)


@dataclass(frozen=True)
class EmergencyLine(Item):
    """A line residents call in an emergency or a crisis, with the situations it is for."""

    id: str | None = meta(_ID)
    name: str | None = meta(_NAME)
    name_en: str | None = meta(Meta(TEXT, "名称（英語）", form=10, omit_empty=True,
                                    help="英語の返答で見せる名前（名前の訳だけ。事実を足さない）"))
    number: str = meta(Meta(TEXT, "電話番号", "電話番号", form=2, form_required=True, required="bad number ''",
                            pattern=PHONE_RE, bad="bad number {!r}", coerce=text_or_empty), "")
    hours: str | None = meta(Meta(TEXT, label="受付時間", form=3))
    situations: list[str] = meta(Meta(IDS, label="使う場面", widget="lines", form=4, coerce=items,
                                      required="no situations", allowed=frozenset(SITUATIONS), bad="unknown situation {!r}",
                                      help="violence-now / collapse / suicide / child-danger / dv / consumer / "
                                           "medical-advice / danger"), factory=list)
    source: str | None = meta(Meta(TEXT, "出典", "出典（公式ページのURL）", form=5,
                                   help="市・県・国などの公式ページ。見つからなければ空にして、フラグに source-missing を書く"))
    source_date: str | None = meta(Meta(DATE, _SOURCE_DATE.note, "出典の日付", "date", form=6))
    checked: str | None = meta(Meta(DATE, _CHECKED.note, "確認日", "date", form=7, form_required=True))
    note: str | None = meta(Meta(TEXT, label="注記（職員向け）", widget="textarea", form=8))
    flags: list[str] = meta(Meta(IDS, label="フラグ", widget="lines", form=9, coerce=items,
                                 help="source-missing（公式の出典なし）/ secondary-source（二次情報だけ）"), factory=list)


# The document's lists and the class of their items (counters and services are both entries).
KINDS: dict[str, type[Item]] = {"sections": Section, "districts": District, "counters": Entry, "services": Entry,
                                "topics": Topic, "emergency": EmergencyLine}
