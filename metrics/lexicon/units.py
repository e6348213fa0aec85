"""The unit lexicon: one entry a unit, declared as data and validated at import.

Each ``Unit`` says how the unit is written, its family, the base unit it converts to and
the factor. ``veto`` lists what may not follow the surface for it to be a unit (``项`` in
``项目``, ``户`` in ``户籍``): the Recognizers-Text lesson that short units need context.
``generic`` marks classifiers that, after a lone ``一``, mean "a" rather than a count
(``一个``, ``一批``, ``一次性``). A multiplier (万, 亿) may stand before any unit; the
unit then reads as written (``万人次``) and the factors multiply.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from metrics.errors import RuleError
from metrics.lexicon.numerals import place_value


@dataclass(frozen=True, slots=True)
class Unit:
    surface: str
    family: UnitFamily
    base: str
    factor: Decimal
    veto: tuple[str, ...] = ()
    generic: bool = False
    names_itself: bool = False  # a counter that is the noun it counts (住户, 农户)


@dataclass(frozen=True, slots=True)
class Multiplier:
    surface: str
    factor: Decimal


class UnitFamily(StrEnum):
    """What a unit measures (the ``unit_family`` column); resolution adds ``rate`` and
    ``ratio`` for figures written per something or as a fraction."""

    CURRENCY = "currency"
    COUNT = "count"
    PERSON = "person"
    AREA = "area"
    LENGTH = "length"
    MASS = "mass"
    VOLUME = "volume"
    PERCENT = "percent"
    POINTS = "points"
    RATIO = "ratio"
    TIME = "time"
    ENERGY = "energy"
    BANDWIDTH = "bandwidth"
    COMPUTE = "compute"
    CONCENTRATION = "concentration"
    AGE = "age"
    TIMES = "times"
    RATE = "rate"
    TEMPERATURE = "temperature"
    SCORE = "score"


FAMILIES = frozenset(UnitFamily)
# Quantities whose parts add to a whole: money, counts, persons, areas, lengths, masses,
# volumes, energy (never percentages, rates, scores, ages: two 5% growths are not 10%).
ADDITIVE_FAMILIES = frozenset(
    {
        UnitFamily.CURRENCY,
        UnitFamily.COUNT,
        UnitFamily.PERSON,
        UnitFamily.AREA,
        UnitFamily.LENGTH,
        UnitFamily.MASS,
        UnitFamily.VOLUME,
        UnitFamily.ENERGY,
    }
)

# The words of places that may stand between a number and its unit (3.5万元, 1.2亿人次,
# 4.78万亿元), their factor read from the numerals; traditional 萬 and 億 are folded to 万
# and 亿 before the rules see the text. 十, 百 and 千 alone are no multipliers: 5百人 is
# written 500人, and 千 before 瓦, 克 and 米 is part of the unit (千瓦, 千克, 千米).
MULTIPLIERS: tuple[Multiplier, ...] = tuple(
    Multiplier(word, place_value(word)) for word in ("万亿", "千万", "百万", "万", "亿")
)


# A verb of change to a level after an age (提高到, 提升至, 增加到, 延长至, 上升到, 降至,
# 下降到): the age is a level changed from, a figure (one pattern, no |: vetoes split on it).
AGE_CHANGED = "(?![提增延上升降下][高升加长降]?[至到])"
AGE_VETO = f"{AGE_CHANGED}[^,，。;；、)）\n]"


def _u(
    surface: str,
    family: str,
    base: str,
    factor: float | str = 1,
    veto: str = "",
    generic: bool = False,
    names_itself: bool = False,
) -> Unit:
    if family not in FAMILIES:
        raise RuleError(surface, f"unknown family {family!r}")
    vetoes = tuple(v for v in veto.split("|") if v)
    return Unit(
        surface, UnitFamily(family), base, Decimal(str(factor)), vetoes, generic, names_itself
    )


# The numbers of a medal tally, in digits, masks or words.
_TALLY = r"\dxX*零一二两三四五六七八九十"

UNITS: tuple[Unit, ...] = (
    # currency
    _u("元", "currency", "元", veto="素|旦|宵|月|首|老|帅"),
    _u("人民币", "currency", "元"),  # 折合4人民币: the yuan named after the number
    # foreign currencies (利用外资1.2亿美元, 出口额3500万欧元): each its own base, as no
    # exchange rate is known here
    _u("美元", "currency", "美元"),
    _u("美圆", "currency", "美元"),
    _u("欧元", "currency", "欧元"),
    _u("日元", "currency", "日元"),
    _u("英镑", "currency", "英镑"),
    _u("港元", "currency", "港元"),
    _u("港币", "currency", "港元"),
    _u("澳门元", "currency", "澳门元"),
    _u("新台币", "currency", "新台币"),
    _u("台币", "currency", "新台币"),  # 5306亿台币 (not 台, the count of machines)
    _u("韩元", "currency", "韩元"),
    _u("卢布", "currency", "卢布"),
    # percent and points
    _u("%", "percent", "%"),
    _u("‰", "percent", "%", "0.1"),
    _u("‱", "percent", "%", "0.01"),
    _u("个百分点", "points", "个百分点"),
    _u("百分点", "points", "个百分点"),
    _u("倍", "times", "倍"),
    # 四成以上: tenths, read as percent (一成 alone is 一成不变 or "a tenth", never counted)
    _u(
        "成",
        "percent",
        "%",
        10,
        generic=True,
        veto="员|立|为|果|绩|本|效|都|功|熟|长|型|交|品|规|分|年|人|就|色|套|片|批|材|才|事|像|全|器|群",
    ),
    # area
    _u("平方米", "area", "平方米"),
    _u("平米", "area", "平方米"),
    _u("㎡", "area", "平方米"),
    _u("m2", "area", "平方米"),
    _u("m²", "area", "平方米"),
    _u("平方公里", "area", "平方米", 1_000_000),
    _u("平方千米", "area", "平方米", 1_000_000),
    _u("公顷", "area", "平方米", 10_000),
    _u("亩", "area", "平方米", "666.6666666666666667"),
    # length
    _u("公里", "length", "米", 1000),
    _u("千米", "length", "米", 1000),
    _u("km", "length", "米", 1000),
    _u("延米", "length", "米"),  # pipes and channels measured along their run: 铺设管道2.6万延米
    _u("米", "length", "米"),
    _u("厘米", "length", "米", "0.01"),
    _u("cm", "length", "米", "0.01", veto="[A-Za-z]"),
    _u("毫米", "length", "米", "0.001"),  # rainfall: 年降水量1320.5毫米
    _u("mm", "length", "米", "0.001", veto="[A-Za-z]"),
    _u("m", "length", "米", veto="[A-Za-z0-9²³/]"),  # 伸缩缝1616m (not m2, m³, mm)
    # mass
    _u("吨公里", "count", "吨公里"),  # 货物周转量: tonnes carried a kilometre, no mass
    _u("人公里", "count", "人公里"),
    _u("吨", "mass", "千克", 1000),
    _u("千克", "mass", "千克"),
    _u("公斤", "mass", "千克"),
    _u("斤", "mass", "千克", "0.5"),
    _u("克", "mass", "千克", "0.001", veto="服|隆"),
    # volume
    _u("立方米", "volume", "立方米"),
    _u("立方", "volume", "立方米", veto="体"),  # 清淤3万立方: the 米 left out
    # earthworks' colloquial cubic metre (完成土方开挖12万方, 清淤疏浚8.6万方); 方 opening a
    # word is none (三方协议, 一方面, 四方联动, 5方案), nor are parties counted in words
    # (中柬泰三方会晤: ``exclusions.CN_NAME_UNITS``)
    _u(
        "方",
        "volume",
        "立方米",
        veto="面|案|式|向|法|针|阵|位|言|舱|正|协|合|联|会|便|略|志|圆|格|块|形|程|剂|共|参|主|代|当|责|签",
    ),
    _u("m3", "volume", "立方米"),
    _u("m³", "volume", "立方米"),
    _u("升", "volume", "立方米", "0.001", veto="级|学|格|高|温|值|华|旗|职"),
    # concentration (air quality)
    _u("微克/立方米", "concentration", "微克/立方米"),
    _u("微克/每立方米", "concentration", "微克/立方米"),
    _u("微克每立方米", "concentration", "微克/立方米"),  # 每 written out for the slash
    _u("μg/m3", "concentration", "微克/立方米"),
    _u("毫克/升", "concentration", "毫克/升"),
    _u("毫克每升", "concentration", "毫克/升"),
    # energy
    _u("千瓦时", "energy", "千瓦时"),
    _u("千瓦", "energy", "千瓦"),
    _u("兆瓦", "energy", "千瓦", 1000),
    _u("kWh", "energy", "千瓦时"),
    _u("kW", "energy", "千瓦", veto="[A-Za-z]"),
    _u("MW", "energy", "千瓦", 1000, veto="[A-Za-z]"),
    _u("兆瓦时", "energy", "千瓦时", 1000),  # storage: 储能12兆瓦时 (not 兆瓦 with 时 left)
    # 度 is the grid's word for a kilowatt-hour, read only after 万 or 亿 (全年发电量36亿度,
    # 节约用电120万度): a bare 度 is an angle, a slope, a strength, a temperature or an
    # intensity (25度以上坡耕地, 360度, 52度白酒, 平均气温18度, 抗震设防烈度8度)
    _u("度", "energy", "千瓦时", veto="(?<![万亿]度)|假|过|汛|夏|冬|量|日|化"),
    # a transformer's capacity (新增配变容量4.8万千伏安, 主变容量240兆伏安); 500千伏安全
    # 运行 is a line's voltage and 安全
    _u("千伏安", "energy", "千伏安", veto="全|置|装|排|监|保|检"),
    _u("兆伏安", "energy", "千伏安", 1000, veto="全|置|装|排|监|保|检"),
    # energy counted as coal of a standard heat (能源消费总量控制在120万吨标准煤以内, 节能量
    # 6万吨标煤): not tonnes with 标准煤 left over, which also lost the 以内 after it
    _u("吨标准煤", "energy", "吨标准煤"),
    _u("吨标煤", "energy", "吨标准煤"),
    _u("蒸吨", "energy", "蒸吨"),  # a boiler's steam output: 36.5蒸吨燃煤锅炉
    # bandwidth: 接入互联网出口宽带 300Mbps
    _u("Mbps", "bandwidth", "Mbps"),
    _u("Gbps", "bandwidth", "Mbps", 1000),
    # computing power in floating-point operations a second, the base a petaflop, written
    # whole or as its letter alone (算力规模突破5000P, 智能算力达到1200PFlops, 总算力2.5EFlops);
    # a letter among letters is a name (P2P, 5PM), and a bare P before a word is a rating
    # of a machine (1.5P节能空调, 3P柜式, 1080P高清摄像头, 5P级数据中心), not the unit: only
    # 以上/以下, 算力, 左右 or 的 may follow it
    _u("PFlops", "compute", "PFlops"),
    _u("PFLOPS", "compute", "PFlops"),
    _u("EFlops", "compute", "PFlops", 1000),
    _u("EFLOPS", "compute", "PFlops", 1000),
    _u("TFlops", "compute", "PFlops", "0.001"),
    _u("TFLOPS", "compute", "PFlops", "0.001"),
    _u("P", "compute", "PFlops", veto=r"[A-Za-z0-9]|(?![以算左的])\p{Han}"),
    # time spans
    _u("小时", "time", "小时"),
    _u("学时", "time", "小时"),
    _u("课时", "time", "课时"),
    _u("分钟", "time", "分钟"),
    # a response time in seconds (热线平均接通时长18秒, 接警后45秒内出警); 秒杀 is a sale
    _u("秒", "time", "秒", veto="杀|表|针"),
    _u("个月", "time", "个月"),
    _u("个工作日", "time", "工作日"),  # a time limit (平均办结时间2.5个工作日), not 个 of 工作日
    _u("工作日", "time", "工作日"),
    _u("天", "time", "天", veto="然|气|地|津|下|空|府|使|平|门|河"),
    # an age is a statistic only where it ends the clause (人均预期寿命78.5岁。) or a change
    # from it to another (预期寿命从80.2岁提升至82.5岁, 由78.6岁提高到80.1岁); 60岁以上老人
    # and 3-6岁幼儿 describe people
    _u("岁", "age", "岁", veto=AGE_VETO),
    _u("周岁", "age", "岁", veto=AGE_VETO),  # full years of age: 年满18周岁。
    # a score (中考平均分xxx.xx分。): like an age, only where it ends the clause, for 600分以上
    # describes the students counted next; 十分 (very) and 8时30分 are no score. A bound that
    # ends the clause is the score's own (满意度稳定在90分以上。, 测评得分95分左右，); not
    # 以下, which follows minutes too (反应时间缩短至12分以下)
    _u(
        "分",
        "score",
        "分",
        veto="(?!(?:以上|左右)[,，。;；、)）\n])[^,，。;；、)）\n]"
        "|(?<=[零一二两三四五六七八九十百千]分)|(?<=[时点]\\d{1,2}分)",
    ),
    # temperature: a difference or a level (较常年偏高0.6℃, 平均气温17.8℃)
    _u("℃", "temperature", "℃"),
    _u("°C", "temperature", "℃"),  # a degree sign and C, as keyboards write ℃
    _u("摄氏度", "temperature", "℃"),
    # persons
    _u("人次", "person", "人次"),
    _u("人", "person", "人", veto="民|员|才|口|数|均|格|工|气|群|物|力|士|心|文|事|防|像|权"),
    _u("名", "person", "人", veto="单|称|额|义|誉|牌|录|次|列|片|胜|言"),
    _u("位", "person", "人", veto="于|置|列|次|居|数|面"),
    _u("户次", "count", "户次"),
    _u("家次", "count", "家次"),
    _u("座次", "count", "座次"),
    _u("件次", "count", "件次"),
    _u("起次", "count", "起次"),
    _u("户", "count", "户", veto="籍|口|外|型|政|头|主|内|部"),
    # a counter that is the noun it counts: 为*多住户值班, 带动1200多农户增收
    _u("住户", "count", "户", names_itself=True),
    _u("农户", "count", "户", names_itself=True),
    # counts
    _u("个", "count", "个", veto="性|体|别|案|税|私|把|多月", generic=True),  # 3个多月: a span
    _u("场次", "count", "场次"),
    _u("批次", "count", "批次"),
    _u("车次", "count", "车次"),
    _u("架次", "count", "架次"),
    _u("班次", "count", "班次"),
    _u("台套", "count", "台套"),  # equipment counted in sets: 配置空调524台套
    _u("站年", "count", "站年", veto="度"),  # hydrological records: 整编水文资料36站年
    _u("个场次", "count", "场次"),  # 活动49个场次
    _u("个班次", "count", "班次"),  # 培训161个班次
    _u("所", "count", "所", veto="属|有|在|以|谓|得|长|需|述|辖|致|做"),
    _u("家", "count", "家", veto="庭|长|属|乡|园|里|门|风|底|族|具|用|电|级|人|居|政"),
    _u("件", "count", "件", generic=True, veto="事"),
    _u("项", "count", "项", veto="目", generic=True),
    _u("次", "count", "次", veto="要|序|数|生|级|性|日", generic=True),
    _u("场", "count", "场", veto="所|地|馆|景|面|合|镇|站|长|外|内|上", generic=True),
    _u("座", "count", "座", veto="谈|椅|位"),
    _u("条", "count", "条", veto="例|件|款|线|理|幅|文", generic=True),
    _u("处", "count", "处", veto="理|置|罚|分|长|室|级"),
    _u("套", "count", "套", veto="餐", generic=True),
    _u("间", "count", "间", veto="隔|断|接"),
    _u("批", "count", "批", veto="准|复|示|评|次", generic=True),
    _u("期", "count", "期", veto="间|限|刊|待|末|初|望|盼"),
    _u("篇", "count", "篇", veto="章|幅"),
    _u("份", "count", "份", veto="额|子", generic=True),
    _u("起", "count", "起", veto="来|草|步|点|诉|到|航", generic=True),
    _u("株", "count", "株"),
    _u("棵", "count", "棵"),
    _u("台", "count", "台", veto="账|湾|阶|风|州"),
    _u("辆", "count", "辆"),
    _u("支", "count", "支", veto="部|持|付|出|援|撑|柱", generic=True),
    _u("张", "count", "张", veto="家|贴|力|扬"),
    _u("册", "count", "册"),
    _u("宗", "count", "宗", veto="教|旨"),
    _u("例", "count", "例", veto="如|外|会|行"),
    _u("种", "count", "种", veto="植|类|子|养|苗|粮", generic=True),
    _u("类", "count", "类", veto="别|型|似", generic=True),
    _u("轮", "count", "轮", generic=True),
    _u("栋", "count", "栋"),
    _u(
        "门",
        "count",
        "门",
        veto="户|口|类|槛|诊|面|前|店|票|窗|市|区|路|镇|头|外|内|卫|岗|禁|急|楼|厅|牌|第|派|徒|生",
        generic=True,  # 一门心思
    ),
    _u("羽", "count", "羽", veto="毛|绒|球"),  # poultry: 出栏家禽12万羽
    _u("眼", "count", "眼", veto="睛|光|界|前|下|中|里|镜|科|神|望|看|见"),  # wells: 机井3眼
    # wells, ponds and cisterns: 新建小型蓄水池320口, 整治山塘12口, 打机井15口井; a mouth in a
    # word or a saying is none (一口一策, 三口之家, 一口价, 两口子, 5口径)
    _u(
        "口",
        "count",
        "口",
        veto="径|岸|罩|号|碑|令|味|腔|语|述|算|袋|粮|子|头|气|价|一|之|人|红|音|感|诀|角|琴|吻",
    ),
    _u("幢", "count", "幢"),
    _u("层", "count", "层", veto="面|级|次", generic=True),
    _u("盏", "count", "盏"),
    _u("顶", "count", "顶", veto="层|端|级|尖|部|替|住|岗|格|峰|点|天|风|上|着|梁"),
    _u("根", "count", "根", veto="据|本|治|源|除|深|基|子"),
    _u("块", "count", "块", generic=True),
    _u("片", "count", "片", veto="区", generic=True),
    _u("部", "count", "部", veto="门|分|署|长|队|级|委|位", generic=True),
    _u("本", "count", "本", veto="地|级|科|年|次|部|单|土|领|质|身|着|届"),
    _u("笔", "count", "笔", veto="记|试|者|墨"),
    _u("只", "count", "只", veto="是|有|要|能"),
    _u("头", "count", "头", veto="部|脑|等|条"),
    # livestock counted big and small together (牲畜存栏182.6万头只, 出栏羊只35万头只): one
    # unit, not 头 with 只 left over as a word
    _u("头只", "count", "头只"),
    # spindles, the size of a spinning industry (纱锭12万锭, 纺纱规模300万锭); 锭子 is the part
    _u("锭", "count", "锭", veto="子"),
    # bags, a grower's count (食用菌种植2.2亿袋, 发放种子3000袋); 袋鼠 and 袋装 are words
    _u("袋", "count", "袋", veto="鼠|装"),
    _u("艘", "count", "艘"),
    _u("艘次", "count", "艘次"),  # ships calling, as 架次 counts flights: 停靠船舶560艘次
    _u("趟", "count", "趟"),  # trains and buses run: 开行班车42趟, 加开旅游专列6趟
    # culverts, channels and lines of defence (新建涵洞18道, 修筑防洪堤3道); 道 opening a
    # word is none (道路, 道德, 三道口), nor is a lone 一 before it, an article or "together"
    # (筑牢一道防线, 全省人民一道拼出来: ``generic``)
    _u(
        "道",
        "count",
        "道",
        veto="路|德|理|口|班|歉|谢|教|观|具|家|士|别|贺|义|府|县|台|地|场|长|旁",
        generic=True,
    ),
    # boxes: hives (发展中蜂3000箱) and goods (发放防疫物资200箱); 箱式, 箱涵 are words
    _u("箱", "count", "箱", veto="式|涵|体|包|型|变|子|底"),
    _u("架", "count", "架", veto="构|设"),
    _u("节", "count", "节", veto="日|约|点|能|目|奏|假"),
    _u("组", "count", "组", veto="织|建|长|成|合|团|委|员"),
    _u("队", "count", "队", veto="伍|员|长"),
    _u("枚", "count", "枚"),  # 获得金牌12枚
    _u("金牌", "count", "金牌"),
    _u("银牌", "count", "银牌"),
    _u("铜牌", "count", "铜牌"),
    # a medal tally (获3金2银1铜): 金 counts only when another count follows it (not 五险一金),
    # 银 and 铜 only right after the tally's earlier medals
    _u("金", "count", "金牌", veto=f"[^{_TALLY}]"),
    _u("银", "count", "银牌", veto=f"(?<!金[{_TALLY}]{{1,4}}银)"),
    _u("铜", "count", "铜牌", veto=f"(?<![金银][{_TALLY}]{{1,4}}铜)"),
    _u("幅", "count", "幅", veto="度|员"),  # 悬挂横幅30幅 (not 幅度)
    # 创作歌曲5首 (not 首次, 首届)
    _u("首", "count", "首", veto="次|届|批|个|家|位|都|府|先|长|发|创|席|要|选|付|脑"),
    _u("尾", "count", "尾", veto="款|号|声|数|部|巴|气|端|货|矿"),  # 投放鱼苗10万尾
    _u("标箱", "count", "标箱"),
    # a port's containers in twenty-foot equivalents, written out (集装箱吞吐量2860万标准箱)
    # or in English (120万TEU): the same unit as 标箱
    _u("标准箱", "count", "标箱"),
    _u("TEU", "count", "标箱", veto="[A-Za-z]"),
    _u("剂次", "count", "剂次"),  # 接种疫苗12万剂次
    _u("人份", "count", "人份"),  # 检测5万人份: doses or kits, not people
    # what archives, libraries and presses count: volumes and their loans (整理档案3600卷,
    # 查阅档案1200卷次), pages and frames scanned (数字化档案120万页, 86万画幅), characters
    # written (编写材料9000万字); 卷入, 卷烟, 页面, 字号, a slogan's length (8字方针)
    # and 十字 (红十字会) are none
    _u("卷", "count", "卷", veto="入|烟|尺|帘|轴|面|首|宗|子|发|心|土|起|次", generic=True),
    _u("卷次", "count", "卷次"),
    _u("页", "count", "页", veto="面|码|岩", generic=True),
    _u("画幅", "count", "画幅"),
    _u(
        "字",
        "count",
        "字",
        # (a numeral in words before 字 makes a word or a name: 红十字会, 八字方针)
        veto="号|样|画|母|典|段|迹|头|幕|体|词|句|节|库|面|方|诀|经|标|要|真|之"
        "|(?<=[零一二两三四五六七八九十百千]字)",
    ),
    # products and works made (开发文创产品120款, 拍摄专题片30集); 款项, 款式, 集团, 集中 are words
    _u("款", "count", "款", veto="项|式|物|额|待|到|拨|子|型|号", generic=True),
    _u(
        "集",
        "count",
        "集",
        veto="团|体|中|聚|镇|市|合|成|约|装|资|会|训|群|散|结|贸|采|齐|邮|控",
        generic=True,
    ),
    # trains run (开行中欧班列2700列); 列入, 列为, 列车 are words
    _u("列", "count", "列", veto="入|为|出|举|表|车|席|队|位|岛", generic=True),
    # machines and vehicles seen or served, counted each time (检测机动车12万台次, 检查车辆3.2
    # 万辆次): not 台 or 辆 with 次 left over
    _u("台次", "count", "台次"),
    _u("辆次", "count", "辆次"),
    # medicine and blood given (发放中药汤剂1.2万剂, 机采血小板3260治疗量)
    _u("剂", "count", "剂", veto="量|型|次", generic=True),
    _u("治疗量", "count", "治疗量"),
    # unit_in_noun_place: blood is counted in units (采集全血3.6万单位, 献血量xx单位, 供应红细胞
    # 3.1万单位), a word that is elsewhere the noun of a body counted (用人单位326户, 1 260家
    # 企事业单位, 12个单位职工): a unit only where it ends its clause, as 发 is, so that the
    # words before name what is counted (全血, 献血量), not 单位
    _u("单位", "count", "单位", veto="[^,，。;；、)）\n]"),
    # rounds fired in weather work (发射增雨火箭弹1,240发, 炮弹360发。): only where it ends
    # its clause, for 发 opens a hundred verbs (3发现, 发放, 发布)
    _u("发", "count", "发", veto="[^,，。;；、)）\n]"),
    # bottles, barrels and letters handed out or handled (发放消毒液2000瓶, 食用油500桶, 群众
    # 来信1200封); 瓶颈, 桶装, 封闭, 封控 are words
    _u("瓶", "count", "瓶", veto="颈|装|子", generic=True),
    _u("桶", "count", "桶", veto="装|子", generic=True),
    _u("封", "count", "封", veto="闭|控|装|面|存|条|锁|堵|山|建|顶|印|底|口|杀|禁", generic=True),
    # bodies and coffins (火化遗体1268具, 迁移散埋乱葬坟墓尸骨42具); 具有, 具备, 具体 are words
    _u("具", "count", "具", veto="有|备|体|名|结|象"),
    # pairs (婚姻登记4580对, 结对帮带xx对); 对 the preposition goes before a noun or word
    _u(
        "对",
        "count",
        "对",
        veto="于|象|接|口|照|标|比|外|待|策|话|应|抗|付|一|其|全|各|此|这|我|本|该|辖|重|企|困|学",
    ),
)


def _validate(units: tuple[Unit, ...]) -> None:
    seen: dict[str, Unit] = {}
    for unit in units:
        if not unit.surface:
            raise RuleError("units", "an entry has an empty surface")
        if unit.factor <= 0:
            raise RuleError(unit.surface, "factor must be positive")
        if unit.surface in seen:
            raise RuleError(unit.surface, "listed twice")
        seen[unit.surface] = unit


_validate(UNITS)
UNIT_BY_SURFACE: dict[str, Unit] = {u.surface: u for u in UNITS}
MULTIPLIER_BY_SURFACE: dict[str, Multiplier] = {m.surface: m for m in MULTIPLIERS}


def known_unit(unit: str) -> bool:
    """Whether ``unit`` is one the lexicon knows, maybe after a multiplier (万元, 亿元, 吨)."""
    if unit in UNIT_BY_SURFACE:
        return True
    mult = next((m for m in MULTIPLIER_BY_SURFACE if unit.startswith(m)), "")
    return bool(mult) and unit[len(mult) :] in UNIT_BY_SURFACE


# A bare myriad with no measure word after it (8.2万农村人口, 1.2万困难群众): the noun right
# after it is what is counted, as after a classifier; not a larger myriad after it
# (10.36百亿亿次/秒: a unit written in myriads), nor 级 (100亿级产业集群: a class of size,
# no count).
BARE_MYRIADS: frozenset[str] = frozenset({"万", "亿"})
NOT_COUNTED_AFTER: frozenset[str] = frozenset("万亿千百级")


def counts_noun_after(sentence: str, end: int | None, unit: str) -> bool:
    """Whether the figure ending at ``end`` in ``sentence`` is a bare myriad (unit 万 or
    亿) with a Han character right after it that opens the noun it counts."""
    if end is None or unit not in BARE_MYRIADS:
        return False
    after = sentence[end : end + 1]
    return bool(after) and "\u4e00" <= after <= "\u9fff" and after not in NOT_COUNTED_AFTER
