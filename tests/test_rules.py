"""Every rule and every exclusion proves itself on its own examples."""

from __future__ import annotations

import pytest
import regex

from metrics.errors import RuleError
from metrics.lexicon.units import UNITS
from metrics.normalize import normalize
from metrics.rules import EXCLUSIONS, RULES, Rule, check_rules, find_candidates, rule_groups
from metrics.rules.figures import RULES as FIGURE_RULES
from metrics.rules.figures import FigureRuleName


def candidates(text: str) -> list[tuple[str, str]]:
    norm = normalize(text)
    return [(norm.text[c.start : c.end], c.rule) for c in find_candidates(norm.text)]


def test_every_rule_has_examples() -> None:
    assert all(rule.examples for rule in RULES)
    assert len({rule.name for rule in RULES}) == len(RULES)
    check_rules(RULES)  # names unique, examples present, each pattern compiles on its own


def test_code_names_the_figure_rules_by_their_enum() -> None:
    # code that dispatches on a figure's rule compares with FigureRuleName: a rule renamed
    # or added without it would silently never match
    assert [rule.name for rule in FIGURE_RULES] == list(FigureRuleName)


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        (Rule("broken", r"(?P<num>\d+", ("12",)), "does not compile"),
        (Rule("bare", r"\d+", ()), "needs examples"),
    ],
)
def test_check_rules_refuses_a_bad_rule(rule: Rule, problem: str) -> None:
    with pytest.raises(RuleError, match=problem):
        check_rules((*RULES, rule))


def test_check_rules_refuses_a_name_twice() -> None:
    with pytest.raises(RuleError, match="unique"):
        check_rules((*RULES, RULES[0]))


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_group_names_read_without_compiling(rule: Rule) -> None:
    # the run reads each rule's groups from its text; compiling it must agree
    compiled = regex.compile(rule.pattern, regex.X).groupindex
    assert sorted(rule_groups(rule)) == sorted(compiled)


# A rule whose figures take their unit from a later figure that another rule finds (分别为
# 12.3、45.6和78.9亿元): its examples and counter-examples hold that figure too, so only its
# own candidates are asked of them.
SHARES_A_LATER_UNIT = {"listed_before_unit"}


def _found(text: str, rule: str) -> list[tuple[str, str]]:
    found = candidates(text)
    return [c for c in found if c[1] == rule] if rule in SHARES_A_LATER_UNIT else found


@pytest.mark.parametrize(("rule", "example"), [(r.name, e) for r in RULES for e in r.examples])
def test_rule_matches_its_example_whole(rule: str, example: str) -> None:
    if "[" in example:  # context around the bracketed match
        expected = example[example.index("[") + 1 : example.index("]")]
        example = example.replace("[", "").replace("]", "")
    else:
        expected = example
    if rule in SHARES_A_LATER_UNIT:  # every listed number is its figure: the first one asked
        assert _found(example, rule)[:1] == [(expected, rule)]
    else:
        assert candidates(example) == [(expected, rule)]


@pytest.mark.parametrize(("rule", "counter"), [(r.name, c) for r in RULES for c in r.counter])
def test_rule_counter_example_gives_nothing(rule: str, counter: str) -> None:
    assert _found(counter, rule) == []


@pytest.mark.parametrize(("name", "example"), [(x.name, e) for x in EXCLUSIONS for e in x.examples])
def test_exclusion_example_gives_nothing(name: str, example: str) -> None:
    assert candidates(example) == []


@pytest.mark.parametrize(("name", "counter"), [(x.name, c) for x in EXCLUSIONS for c in x.counter])
def test_exclusion_counter_example_keeps_a_figure(name: str, counter: str) -> None:
    assert candidates(counter), f"{name} vetoed {counter!r}"


def test_unit_surfaces_are_unique() -> None:
    surfaces = [u.surface for u in UNITS]
    assert len(surfaces) == len(set(surfaces))


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # masks that are places, dates or names are no figures
        ("xx街道xx社区", []),
        ("XX区", []),
        ("2023年x月xx日", []),
        ("xxxxx热线", []),
        ("X教育大讲堂", []),
        # quoted slogans and titles hold no statistic
        ("引进优质教育“八大品牌”", []),
        ("《2020 年党建工作要点》", []),
        # a figure right after a quoted name is still found
        ("“班班通”设备 186 套", ["186套"]),
        # separate numbers stay separate
        ("纸笔课堂 2 间,易课堂 1 间", ["2间", "1间"]),
        ("5 人获一等奖,2 人二等奖", ["5人", "2人"]),
        # a version number is no figure, and the count after its comma still is
        ("推进智慧校园 3.0,4 所学校入选", ["4所"]),
        ("发放 1,200 元", ["1,200元"]),
        # 约 in 签约 is no qualifier
        ("签约 305.16 亿元", ["305.16亿元"]),
        # a copula after a number with thousands separators reads the whole number
        ("参保人数为1,234人。", ["1,234人"]),
        # a named ratio and the one it changed to; clock times are no ratios
        ("城乡居民收入比由2.3:1缩小至2.1:1。", ["2.3:1", "2.1:1"]),
        ("会议由8:30调整为9:00", []),
        # tenths, jin, cubic metres, courses, wells and poultry are units
        ("满意度达九成以上,调解成功率达 6 成", ["九成以上", "6成"]),
        ("一成不变,三五成群", []),
        (
            "产量2.1亿斤,清淤3万立方,开设课程12门,打机井30眼,出栏12万羽",
            ["2.1亿斤", "3万立方", "12门", "30眼", "12万羽"],
        ),
        ("一门心思抓落实", []),
        # wells, ponds and cisterns counted by 口; a mouth in a word or saying is none
        ("新建小型蓄水池320口,整治病险山塘二十口,打抗旱机井15口井", ["320口", "二十口", "15口"]),
        ("推行“一口一策”,三口之家,一口价,按5口径统计", []),
        # works and transport: culverts, colloquial cubic metres, metres along a run, hives,
        # runs and ship calls; parties, aspects and a lone 一 before 道 are none
        (
            "新建涵洞18道,完成土方开挖12万方,铺设管道2.6万延米,发展中蜂3000箱,开行班车42趟,停靠船舶560艘次",
            ["18道", "12万方", "2.6万延米", "3000箱", "42趟", "560艘次"],
        ),
        ("中柬泰三方会晤,一方面加强,修建道路,筑牢一道防线,建设箱式变电站", []),
        # a Chinese numeral of hundreds or more before 元 is an amount; a digit alone names
        # a kind (三元前驱体, 二期工程, 一本上线率)
        (
            "全年支出一万二千五百元,投入资金十二万五千元,发放奖金三千元,补贴五十元",
            ["一万二千五百元", "十二万五千元", "三千元", "五十元"],
        ),
        ("建设三元前驱体项目,推进二期工程,一本上线", []),
        # livestock counted as heads big and small, and spindles, are units of their own
        (
            "牲畜存栏达到182.6万头只,出栏羊只35万头只以上;新增纱锭12万锭,纺纱规模达到300万锭",
            ["182.6万头只", "35万头只以上", "12万锭", "300万锭"],
        ),
        # a port's containers, written out or in English as well as 标箱
        (
            "集装箱吞吐量完成2860万标准箱,内河港口完成45万TEU,铁海联运3.2万标箱",
            ["2860万标准箱", "45万TEU", "3.2万标箱"],
        ),
        ("更换锭子800个", ["800个"]),
        ("食用菌种植2.2亿袋,发放有机肥3000袋", ["2.2亿袋", "3000袋"]),
        # a bare hundred, thousand or myriad with 余 after a verb; a vague one holds no value
        ("走访千余户,惠及万余人,培训百余人,数百余人参加", ["千余户", "万余人", "百余人"]),
        # doses, kits and transport work are units of their own, not people or tonnes
        (
            "接种疫苗12万剂次,检测5万人份,货物周转量3.2亿吨公里,旅客周转量1.1亿人公里",
            ["12万剂次", "5万人份", "3.2亿吨公里", "1.1亿人公里"],
        ),
        # a span of time after 个 is no count
        ("开展价格检查3个多月", []),
        # temperatures and rainfall
        (
            "平均气温17.8℃,较常年偏高0.6摄氏度;年降水量1320.5毫米,日最大降水86mm",
            ["17.8℃", "0.6摄氏度", "1320.5毫米", "86mm"],
        ),
        ("型号为3mmHg", []),
        # medals, banners, songs and fish fry; 首 and 幅 that begin a word are none
        (
            "获得金牌12枚,悬挂横幅30幅,创作歌曲5首,投放鱼苗10万尾,第1首次入选,增长3幅度",
            ["12枚", "30幅", "5首", "10万尾"],
        ),
        # what archives, presses, railways, makers and clinics count (卷, 页, 画幅, 字, 列, 款,
        # 集, 台次, 辆次, 剂, 治疗量, 瓶, 桶, 封); 卷入, 列入, 集团, 款项, 八字方针 and
        # 红十字会 count nothing
        (
            "整理档案3600卷,查阅档案1200卷次,扫描档案120万页、86万画幅,编写志书280万字",
            ["3600卷", "1200卷次", "120万页", "86万画幅", "280万字"],
        ),
        (
            "开行中欧班列2700列,研发新药12款,拍摄纪录片20集,检测机动车12万台次,检查车辆3.2万辆次",
            ["2700列", "12款", "20集", "12万台次", "3.2万辆次"],
        ),
        (
            "发放汤剂1.2万剂,采集血小板3260治疗量,发放消毒液2000瓶、食用油500桶,回复来信1200封",
            ["1.2万剂", "3260治疗量", "2000瓶", "500桶", "1200封"],
        ),
        ("3家企业卷入纠纷,5项列入名单,2集团,落实八字方针,联合红十字会,3款项", ["3家", "5项"]),
        # blood's units only where they end their clause (unit_in_noun_place); before a noun
        # 单位 is the body counted (3.6万单位职工: the 万 alone)
        (
            "采集全血3.6万单位,献血量xx单位、供应红细胞2.8万单位。走访12单位企业,服务3.6万单位职工",
            ["3.6万单位", "xx单位", "2.8万单位", "3.6万"],
        ),
        # rounds fired, only where they end their clause (not 3发现 or 发放)
        ("发射增雨火箭弹1,240发,高炮炮弹360发。开展3发现活动,5发放点", ["1,240发", "360发"]),
        # a zero before a decimal is the whole part (零点五亿元 is half of one, never 5亿元);
        # the decimals of a numeral are no figure of their own; 零增长 is none
        (
            "争取资金零点五亿元,增长零点八个百分点,下降百分之零点五,达到零点三成,零增长",
            ["零点五亿元", "零点八个百分点", "百分之零点五", "零点三成"],
        ),
        # a score's bound that ends its clause is the score's own; one before a count
        # describes the people counted
        (
            "满意度稳定在90分以上,测评得分95分左右。高考600分以上16人",
            ["90分以上", "95分左右", "16人"],
        ),
        # the grid's and the energy balance's units: 度 (a kilowatt-hour), 兆瓦时, 千伏安,
        # 兆伏安, 吨标准煤 (with the 以内 after it), a capacity a day or an hour; 度假, 一度,
        # a temperature in 度 and 500千伏安全 are none
        (
            "发电量36亿度,储能12兆瓦时,配变容量4.8万千伏安,主变容量240兆伏安,500千伏安全运行",
            ["36亿度", "12兆瓦时", "4.8万千伏安", "240兆伏安"],
        ),
        (
            "能耗总量控制在120万吨标准煤以内,节能6万吨标煤,处理污水10万吨/日,通行800辆/小时",
            ["120万吨标准煤以内", "6万吨标煤", "10万吨/日", "800辆/小时"],
        ),
        ("3度假村,一度成为第一,平均气温17.8度,水温偏高0.6度", []),
        # 度 is a kilowatt-hour only after 万 or 亿: a slope, an angle, a strength and an
        # intensity are none; nor is a lone 一 before a new counter ("a"), nor 分以下 (minutes)
        ("退还25度以上坡耕地,360度覆盖,生产52度白酒,设防烈度8度,反应时间缩短至12分以下", []),
        ("上线一款小程序,开通一列专列,发放一瓶药、一桶油,拍摄一集短片,送上一封信,归档一卷", []),
        # a medal tally counts each medal; 金 of a fund, 银行 and 铜 alone count nothing
        (
            "运动会获3金2银1铜,艺术展演获*金*银;落实五险一金,奖金3000元,2家银行,铜2吨",
            ["3金", "2银", "1铜", "*金", "*银", "3000元", "2家", "2吨"],
        ),
        # a lone 二 or a bare list of numerals before a classifier numbers names
        (
            "完成军休二所改造、军休三、四、五所升级,新建两所学校、三所、四所幼儿园",
            ["两所", "三所", "四所"],
        ),
        # power in Latin letters; a word in Latin letters is none
        ("建成822kW光伏电站,装机1.5MW,用电3000kWh,kWord", ["822kW", "1.5MW", "3000kWh"]),
        # metres and cubic metres in Latin letters, not a speed
        ("维修伸缩缝1616m,新建围墙350 m;配置2m³水箱,风速5m/s", ["1616m", "350m", "2m³"]),
        # an age that ends its clause is a figure; one that describes people is not
        ("人均预期寿命达到78.5岁。60岁以上老年人,3—6岁幼儿", ["78.5岁"]),
        # …or is a level changed from (从80.2岁提升至82.5岁)
        (
            "预期寿命从80.2岁提升至82.5岁,平均年龄由46岁降至41岁",
            ["80.2岁", "82.5岁", "46岁", "41岁"],
        ),
        # a size that sorts what is counted is a figure as the gold guide reads it (全县无
        # 66 人以上超大班额), and so is the count after it
        (
            "生猪养殖规模达50头以上的17户、1000头以上2户,全县无66人以上超大班额",
            ["50头以上", "17户", "1000头以上", "2户", "66人以上"],
        ),
        # a score that ends its clause is a figure; a threshold that describes people, a
        # clock time and 十分 (very) are not
        (
            "中考平均分xxx.xx分,扣分在0.2-0.3分。高考600分以上16人,8时30分,十分,重要",
            ["xxx.xx分", "0.2-0.3分", "16人"],
        ),
    ],
)
def test_figures_in_context(text: str, figures: list[str]) -> None:
    assert [t for t, _ in candidates(text)] == figures
