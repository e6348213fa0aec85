"""A metric's name is cut between words, never inside one (``context.word_bounds``).

The trimmer's lists cut at words they know; a listed word is also the first character of
words they do not know (获 of 获嘉县 and 获救, 达 of 达州市, 新建 of 新建区, 共 of 公共), and
a generic class noun after 等 (行业, 产业, 领域, 区域) is no thing counted. Each case is our
own sentence, with a counter-example where the cut is right.
"""

from __future__ import annotations

import pytest

import metrics
from metrics.context.word_bounds import bounds, places

REPORT = "东湖区统计局2025年工作总结\n一、2025年工作完成情况\n{}\n"


def _metric(sentence: str, figure: str) -> str:
    m = metrics.extract_text(REPORT.format(sentence)).mentions
    return m[m.text == figure].iloc[0].metric


# (sentence, figure, the metric's name): a one-character deed or a place word is no cut
# at the start of a word that holds it
WORD_STARTS = [
    ("达州市常住人口城镇化率达到58.2%。", "58.2%", "达州市常住人口城镇化率"),
    ("获鹿镇农民人均可支配收入2.3万元。", "2.3万元", "获鹿镇农民人均可支配收入"),
    ("全年获救被困群众120人。", "120人", "获救被困群众"),
    # (a place is kept whole, and it is no body: a district's figure keeps its name)
    ("新建区实现地区生产总值412亿元。", "412亿元", "新建区实现地区生产总值"),
    # counter-examples: the deed is a word of its own and goes
    ("全年获市级以上奖项46件。", "46件", "市级以上奖项"),
    ("全年新建农村公路86公里。", "86公里", "农村公路"),
    # a year whose 年 the dictionary joins to the next word (年关) is still cut whole
    ("2018年关区进出口货值312亿元。", "312亿元", "关区进出口货值"),
    # a listed verb of two characters that the dictionary joins to its object still goes
    ("五年来累计减免税费8.6亿元。", "8.6亿元", "税费"),
    # 到 after a listed verb is its result (监测到, 排查到), unless it opens a word (到位)
    ("监测到越冬候鸟4.5万只。", "4.5万只", "越冬候鸟"),
    ("全年排查到安全隐患126处。", "126处", "安全隐患"),
    ("筹集到位资金3.2亿元。", "3.2亿元", "到位资金"),
]


# 共 ends a subject before a deed (经济普查共清查单位), but not inside 公共
SUBJECT_CUTS = [
    ("全年完成公共建设投资12亿元。", "12亿元", "公共建设投资"),
    ("全年完成公共开放空间改造14处。", "14处", "公共开放空间改造"),
    ("本次专项行动共排查安全隐患126处。", "126处", "安全隐患"),
]


# a generic class noun after the kinds before 等 is no thing counted
KIND_CLASSES = [
    ("纺织、服装等产业增加值增长6.1%。", "6.1%", "增加值"),
    ("交通、水利等领域投资增长12%。", "12%", "投资"),
    ("沿江、沿湖等区域水质达标率98%。", "98%", "水质达标率"),
    # the class noun joined to what follows is a name (行业协会, 产业园区)
    ("纺织、服装等行业协会12个。", "12个", "行业协会"),
    ("纺织、服装等产业园区5个。", "5个", "产业园区"),
    # alone it names what is counted (no cut), and 企业 is no class: its figures are its own
    ("安全生产等领域检查320次。", "320次", "安全生产等领域检查"),
    ("餐饮、住宿等企业1200家。", "1200家", "企业"),
]


def test_bounds_split_words_and_join_a_place_to_its_level() -> None:
    assert bounds("获嘉县地区生产总值") == {0, 3, 5, 9}
    assert 1 not in bounds("公共建设投资")
    assert places("新建区实现地区生产总值") == {0}
    assert bounds("") == {0}


# An open class of verbs of work done, read from the dictionary: a body that did the work,
# maybe a scope word, then a verb no list holds (刊发, 提起, 放映, 检测) before its object.
HEAD_DEEDS = [
    ("县融媒体中心全年刊发原创稿件620篇。", "620篇", "原创稿件"),
    ("区检察院全年提起公益诉讼17件。", "17件", "公益诉讼"),
    ("县电影公司全年放映公益电影1200场。", "1200场", "公益电影"),
    ("市疾控中心全年检测食品样品860批次。", "860批次", "食品样品"),
    # after a scope word a deed the dictionary files as a noun (清运, 办理), and a listed
    # verb after a body no list knows (政协, 自来水公司)
    ("县环卫处全年清运餐厨垃圾1.2万吨。", "1.2万吨", "餐厨垃圾"),
    ("区公证处全年办理涉外公证事项620件。", "620件", "涉外公证事项"),
    ("区政协全年收到委员提案214件。", "214件", "委员提案"),
    ("县自来水公司全年完成管网改造38公里。", "38公里", "管网改造"),
    # counter-examples: a measure keeps the verb that says what it measures; no body, or a
    # body's own fund (no scope word before the noun of a verb), does no deed
    ("全市城镇登记失业率2.9%。", "2.9%", "城镇登记失业率"),
    ("全省研发投入强度2.4%。", "2.4%", "研发投入强度"),
    ("公办养老机构入住老人911人。", "911人", "公办养老机构入住老人"),
    ("县党群服务中心建设资金860万元。", "860万元", "县党群服务中心建设资金"),
    # who did it, then where (在…上), then the deed: 运动员在省运会上获得金牌 (在 inside a
    # word is none: 在校学生, 在建项目)
    ("我县运动员在省运会上获得金牌14枚。", "14枚", "金牌"),
    # a place closed by 中 holds a verb of its own name (创新); 选手 is filed as a verb
    ("全区少先队员在全国青少年科技创新大赛中获得一等奖2项。", "2项", "一等奖"),
    ("我市选手在全省茶艺职业技能大赛中获得一等奖3项。", "3项", "一等奖"),
    ("在省级以上媒体刊发稿件820篇。", "820篇", "稿件"),
    ("志愿者在全市范围内开展巡河活动320次。", "320次", "巡河活动"),
    ("全县在校学生3.2万人。", "3.2万人", "在校学生"),
    ("在建项目46个。", "46个", "在建项目"),
    # an area is no body (棚户区, 建成区): its deed stays in the name
    ("棚户区改造开工1200套。", "1200套", "棚户区改造开工"),
]


# A status of a register after what is counted is no part of its name (在册, 在编, 入库
# 评价); a bare 项目 after a deed keeps the deed, which says which projects (签约项目, like
# 引进项目), while a project with a name of its own loses it (重点项目, 落地项目).
WORDS_AROUND = [
    ("社区戒毒人员在册215人。", "215人", "社区戒毒人员"),
    ("全县科技型中小企业入库评价86家。", "86家", "科技型中小企业"),
    ("全市在册经营主体28.4万户。", "28.4万户", "在册经营主体"),
    ("招商局全年签约项目43个。", "43个", "签约项目"),
    ("全年开工项目46个。", "46个", "开工项目"),
    ("全年签约落地项目27个。", "27个", "落地项目"),
    ("全年谋划重点项目42个。", "42个", "重点项目"),
]


# A verb of work done no list holds that opens the name with no body before it, at the
# sub-clause's start or after scope words only (``word_bounds.opening_deed``), goes before
# an object longer than one word of two characters.
OPENING_DEEDS = [
    ("2023年，放映农村公益电影5200场。", "5200场", "农村公益电影"),
    ("发射防雹火箭弹260枚。", "260枚", "防雹火箭弹"),
    ("给予党纪处分57人。", "57人", "党纪处分"),
    ("全年提起行政公益诉讼23件。", "23件", "行政公益诉讼"),
    # after a scope word, a verb the dictionary files as a noun of a verb (检测/vn) too;
    # with none, such a word names a thing with its noun (检测报告书)
    ("全年检测农产品样品2860批次。", "2860批次", "农产品样品"),
    ("检测报告书860份。", "860份", "检测报告书"),
    # counter-examples: after a verb trimmed (化解) or a word that governs a noun (有,
    # 下达) the verb sorts the noun; so after 其中, which names a part
    ("全年化解信访积案41件。", "41件", "信访积案"),
    ("全市共有注册志愿者9.6万名。", "9.6万名", "注册志愿者"),
    ("下达整改通知书126份。", "126份", "整改通知书"),
    ("其中涉外公证事项320件。", "320件", "涉外公证事项"),
    ("全年查处破坏森林资源案件36起。", "36起", "破坏森林资源案件"),
    # a verb and a noun of two characters each are one compound noun
    ("全年受益群众4.2万人。", "4.2万人", "受益群众"),
    ("全年暂扣车辆126辆。", "126辆", "暂扣车辆"),
    # people sorted by the verb's state
    ("返乡创业人员860人。", "860人", "返乡创业人员"),
    ("全县外出务工人员12.6万人。", "12.6万人", "外出务工人员"),
    # a verb that holds its own object (造血, 持证: 血 and 证 are nouns) takes no other
    ("造血干细胞入库样本新增210份。", "210份", "造血干细胞入库样本"),
    ("全县持证残疾人1.2万人。", "1.2万人", "持证残疾人"),
    # an item of a list after 、 shares the verb before it; a word of one character in the
    # object leaves the verb to a name (进出川)
    ("全年修改、废止地方政府规章12件。", "12件", "修改、废止地方政府规章"),
    ("进出川大通道达到42条。", "42条", "进出川大通道"),
    # a measure keeps its verb
    ("快递业务收入12.3亿元。", "12.3亿元", "快递业务收入"),
    ("全年展览面积36万平方米。", "36万平方米", "展览面积"),
]


# Round 8 of the lexicon work: the open classes found on heldout_meaning_lex8.
# A department (部) and an office (办公室) are bodies that do work; cadres (干部) and a part
# named by where it lies (中西部) are none.
BODIES = [
    ("县人武部全年完成民兵整组1860人。", "1860人", "民兵整组"),
    ("防汛抗旱指挥部全年发布洪水预警36期。", "36期", "洪水预警"),
    ("县委宣传部全年举办理论宣讲活动420场。", "420场", "理论宣讲活动"),
    ("人工影响天气办公室全年组织增雨作业52次。", "52次", "增雨作业"),
    ("区政府办公室全年办理人大代表建议86件。", "86件", "人大代表建议"),
    # an office's section (科), a body filed as a set phrase (急救中心, 活动中心)
    ("物业管理科全年检查住宅小区214个。", "214个", "住宅小区"),
    ("市急救中心全年接警出车3.2万车次。", "3.2万车次", "接警出车"),
    ("青少年活动中心全年开设公益培训班148个。", "148个", "公益培训班"),
    # a verb the dictionary lacks, cut in two verbs of one character (揽|收, 拆|改)
    ("区邮政公司全年揽收国际包裹12万件。", "12万件", "国际包裹"),
    ("市政工程公司全年拆改违规户外广告牌860块。", "860块", "违规户外广告牌"),
    ("村干部全年走访农户1.2万户。", "1.2万户", "村干部全年走访农户"),
    ("全县中西部乡镇完成造林1.2万亩。", "1.2万亩", "中西部乡镇完成造林"),
]
# A scope word the dictionary files as a verb (累计) after a body, and 新 before a verb
# (新接收, 新开通: a word of its own), are scope: the deed is the verb after them. So is the
# level alone before a pledge (镇计划, 乡力争: the unit that reports).
SCOPES = [
    ("各乡镇综合服务中心累计代办社保业务3600件。", "3600件", "社保业务"),
    ("县档案馆新接收婚姻登记档案8600件。", "8600件", "婚姻登记档案"),
    ("公交公司新开通城乡公交线路6条。", "6条", "城乡公交线路"),
    ("全年新开通5G基站860个。", "860个", "5G基站"),
    ("新招录社区工作者120名。", "120名", "社区工作者"),
    ("镇计划新建村级综合服务社8个。", "8个", "村级综合服务社"),
    ("乡力争新建村级养老服务站6个。", "6个", "村级养老服务站"),
    # counter-examples: a short object keeps the new deed; 认定 is an indicator's verb
    ("新开工项目46个。", "46个", "新开工项目"),
    ("新认定高新技术企业28家。", "28家", "新认定高新技术企业"),
    ("城市全年用水量1.2亿立方米。", "1.2亿立方米", "城市全年用水量"),
]
# Two verbs in a row before an object of two words or more are two deeds done to it; before
# one noun they sort it (并购重组企业, 检出疑似职业病: 疑似 is no deed).
TWO_DEEDS = [
    ("全年维修加固小型病险水库12座。", "12座", "小型病险水库"),
    # a verb may sort the noun after two deeds (破损)
    ("全年维修更换破损护栏3600米。", "3600米", "破损护栏"),
    ("全县搬迁脱贫劳动力人数2860人。", "2860人", "搬迁脱贫劳动力人数"),
    ("并购重组企业12家。", "12家", "并购重组企业"),
    ("检出疑似职业病36例。", "36例", "检出疑似职业病"),
]
# 为 and the people a deed is done for, then its verb: the name is what is done; people
# named by what they receive (对象) end before a listed verb after their count.
FOR_WHOM = [
    ("全年为农户兑付生猪调出大县奖励资金860万元。", "860万元", "生猪调出大县奖励资金"),
    ("为860名低保对象发放春节慰问金52万元。", "860名", "低保对象"),
    ("为860名低保对象发放春节慰问金52万元。", "52万元", "春节慰问金"),
    # counter-example: a noun of a verb before the deed sorts it (免费体检)
    ("为辖区老年人免费体检3200人次。", "3200人次", "老年人免费体检"),
]
# 实际 before a verb and the bare noun it names is part of the name (the sum in fact moved,
# against a plan); before a verb and its own object it is a scope word.
ACTUAL_SUMS = [
    ("全年签约项目42个，实际到位资金36亿元。", "36亿元", "实际到位资金"),
    ("全年实际到位省外资金21亿元。", "21亿元", "省外资金"),
    ("全年到位资金8亿元。", "8亿元", "到位资金"),
]
# Party members before their deed are the actors, not the name.
MEMBERS = [
    ("组织在职党员开展志愿服务活动3600人次。", "3600人次", "志愿服务活动"),
    ("组织D员参与结对帮扶1200户。", "1200户", "结对帮扶"),
    ("全年发展党员64名。", "64名", "发展党员"),
]
# A count of kinds that names a thing a figure after it counts is part of the name.
KIND_COUNTS = [
    ("发放两项补贴1460万元。", "1460万元", "两项补贴"),
    ("拨付三类人员生活补助资金215万元。", "215万元", "三类人员生活补助资金"),
    ("新增两项国家标准。", "两项", "国家标准"),
]


def test_a_count_of_kinds_before_a_figure_is_no_figure() -> None:
    m = metrics.extract_text(REPORT.format("发放两项补贴1460万元，新增两项国家标准。")).mentions
    assert list(m.text) == ["1460万元", "两项"]


# The lead's twelfth round: a body's deed where the body is a department named by its field
# (部门), an abbreviation the dictionary files whole (发改委, 市政协), or pledged in a plan
# (力争, 计划 before the deed, after scope words); two deeds in a row after an office even
# where the first holds its own object or the object has words of one character; a noun
# before people sorts them (出院患者 is no deed done to patients); 发展到.
BODY_DEEDS = [
    ("卫生健康部门全年开展义诊活动46场。", "46场", "义诊活动"),
    ("市场监管部门全年查处违法案件320件。", "320件", "违法案件"),
    ("县发改委争取中央预算内投资2.4亿元。", "2.4亿元", "中央预算内投资"),
    ("市政协全年办理委员提案186件。", "186件", "委员提案"),
    ("县住建局开工建设保障性住房600套。", "600套", "保障性住房"),
    ("市公路局维修加固危旧桥梁18座。", "18座", "危旧桥梁"),
    ("县人民医院全年出院患者2.2万人次。", "2.2万人次", "出院患者"),
    ("区中医院全年住院患者1.1万人次。", "1.1万人次", "住院患者"),
    # two verbs after a body no office pattern trims (中心, 大队, 指挥部)
    ("县融媒体中心采访编发新闻稿件900篇。", "900篇", "新闻稿件"),
    ("消防救援大队转移疏散被困群众320人。", "320人", "被困群众"),
    # a level grown to (发展到, 发展至): 发展 is no part of it
    ("全乡茶园面积发展到3.2万亩。", "3.2万亩", "茶园面积"),
    ("全县家庭农场发展至126家。", "126家", "家庭农场"),
    # counter-examples: 部门 inside a measure's name, a first verb that holds its object
    # before one noun (竣工|验收|项目: the deeds sort it) or before more verbs (脱贫|攻坚|
    # 投入资金: a campaign's name), a noun the dictionary files for the first verb (办理|
    # 涉外: 涉外 sorts the matters), a noun of a verb before a longer phrase of people (供气|
    # 居民用户: a deed), 发展 before
    ("部门预算公开率100%。", "100%", "部门预算公开率"),
    ("全年竣工验收项目12个。", "12个", "竣工验收项目"),
    ("全年脱贫攻坚投入资金3.2亿元。", "3.2亿元", "脱贫攻坚投入资金"),
    ("区公证处全年办理涉外公证事项620件。", "620件", "涉外公证事项"),
    ("县燃气公司全年供气居民用户3.2万户。", "3.2万户", "居民用户"),
    # a verb that holds its own object (挂|职, 在|职) sorts the people after it: no deed
    ("县中医院挂职干部12人。", "12人", "县中医院挂职干部"),
    ("区人民医院在职职工1200人。", "1200人", "区人民医院在职职工"),
    # schools name categories of a county's education, not bodies (小学 and 中学 apart)
    ("全县小学招聘教师120名，中学招聘教师80名。", "120名", "小学招聘教师"),
    ("全县小学招聘教师120名，中学招聘教师80名。", "80名", "中学招聘教师"),
    ("全年发展党员64名。", "64名", "发展党员"),
]
# Where a deed is done (在…), after who did it and a scope word (全年): the object names
# what is counted; a deed that holds its own object keeps its place (two levels of media
# stay apart), and a status word in 在 is none.
PLACED_DEEDS = [
    ("县融媒体中心全年在省级以上媒体刊发稿件460篇。", "460篇", "稿件"),
    ("我县运动员全年在省运会上获得金牌14枚。", "14枚", "金牌"),
    # counter-examples: a deed holding its object (发稿), a noun after the place (服务时长
    # keeps its words), a status (在校)
    ("全年在省级以上媒体发稿860篇，在国家级媒体发稿120篇。", "120篇", "在国家级媒体发稿"),
    ("志愿者在社区服务时长1.2万小时。", "1.2万小时", "志愿者在社区服务时长"),
    ("全县在校学生3.2万人。", "3.2万人", "在校学生"),
]
# Bodies the segmenter cuts or files in other ways (the lead's thirteenth round): what a body
# adds (新增) is its deed, not an indicator's name; a body's last character filed as a verb
# (种子|站, 林业|工作站 filed whole); a committee's short name (管委会, 村委会).
UNIT_BODIES = [
    ("县自来水公司新增供水用户2300户。", "2300户", "供水用户"),
    ("市环卫服务中心全年新增垃圾分类投放点180个。", "180个", "垃圾分类投放点"),
    ("种子站全年抽检种子样品260份。", "260份", "种子样品"),
    ("水产站全年检测水产品样品360批次。", "360批次", "水产品样品"),
    ("村委会全年调处矛盾纠纷42起。", "42起", "矛盾纠纷"),
    ("园区管委会新引进规上企业9家。", "9家", "规上企业"),
    # counter-examples: 发展 stays after a body (an indicator of its own); a body before
    # what it measured keeps its name (a county's report names its hospitals apart: 县人民
    # 医院门急诊人次 and 县中医院门急诊人次 are two figures; no rule takes the body off)
    ("县委组织部全年发展党员126名。", "126名", "发展党员"),
    # a verb ending in 结 (the deed carried to its end: 办结) takes the object after it; 冻结
    # before 涉案 (a verb holding its object) and 结对 (结 opening the word) keep their words
    ("全年办结人大代表建议286件。", "286件", "人大代表建议"),
    ("全年办结行政复议案件86件。", "86件", "行政复议案件"),
    ("冻结涉案资金360万元。", "360万元", "冻结涉案资金"),
    ("全县结对帮扶困难户120户。", "120户", "结对帮扶困难户"),
    ("县中医院门急诊人次达到21万人次。", "21万人次", "县中医院门急诊人次"),
]
PLAN = "东湖区统计局2025年工作总结和2026年工作计划\n二、2026年工作计划\n{}\n"
PLEDGED_DEEDS = [
    ("县融媒体中心力争全年刊发原创稿件800篇。", "800篇", "原创稿件"),
    ("县自来水公司计划全年铺设供水管网30公里。", "30公里", "供水管网"),
    ("县人民医院力争全年门诊量突破50万人次。", "50万人次", "门诊量"),
    # a pledge before the measure it pledges (力争, 确保; 计划 only before a verb), a
    # pledge then a scope word before the deed
    ("派出所力争刑事案件发案数下降10%。", "10%", "刑事案件发案数"),
    ("县人民医院力争平均住院日缩短到8天。", "8天", "平均住院日"),
    ("街道确保全年新增城镇就业400人以上。", "400人以上", "城镇就业"),
    ("社区力争全年完成入户走访3000户。", "3000户", "入户走访"),
    # counter-example: 计划 before a noun of a verb is the plan's own measure
    ("县人民医院计划投资1.2亿元。", "1.2亿元", "县人民医院计划投资"),
]


@pytest.mark.parametrize("sentence,figure,name", PLEDGED_DEEDS)
def test_a_body_pledges_before_its_deed(sentence: str, figure: str, name: str) -> None:
    m = metrics.extract_text(PLAN.format(sentence)).mentions
    assert m[m.text == figure].iloc[0].metric == name


# Round 11 of the lexicon work (heldout_meaning_lex11): a works named by its site before a
# scope word is the body that reports (works_before_scope); after a body or scope words the
# deed's object may hold verbs that sort the noun it ends in (sorted_object_after_scope).
WORKS_AND_SORTED_OBJECTS = [
    ("市机场全年旅客吞吐量达到286.4万人次。", "286.4万人次", "旅客吞吐量"),
    ("县第一污水处理厂全年处理生活污水1860万吨。", "1860万吨", "生活污水"),
    ("县煤矿全年原煤产量120万吨。", "120万吨", "原煤产量"),
    ("市医保局全年结算异地就医费用6.82亿元。", "6.82亿元", "异地就医费用"),
    ("县住房保障中心全年分配公共租赁住房1120套。", "1120套", "公共租赁住房"),
    # counter-examples: a market as a whole trade is no works; with no scope word the site
    # sorts the measure; people sorted by the state a verb names stay with their deed, as a
    # verb names a status before people (登记失业人员)
    ("房地产市场全年销售面积86万平方米。", "86万平方米", "房地产市场全年销售面积"),
    ("机场旅客吞吐量达到86万人次。", "86万人次", "机场旅客吞吐量"),
    ("防汛抗旱指挥部全年转移避险群众1.1万人次。", "1.1万人次", "转移避险群众"),
    ("全年登记失业人员1200人。", "1200人", "登记失业人员"),
    # relative_object: after scope words or a body, a deed's object may be a clause closed by
    # 的 before the noun (办结 before a non-noun object); not a state a verb names before 的
    # with no scope word (符合条件的企业), nor after two verbs in a row (发行|用于…的)
    ("全年办结群众反映的问题1260件。", "1260件", "群众反映的问题"),
    ("区信访局全年办结上级交办的信访事项86件。", "86件", "上级交办的信访事项"),
    ("全年查处群众举报的违法案件320件。", "320件", "群众举报的违法案件"),
    ("符合条件的企业126家。", "126家", "符合条件的企业"),
    ("全年发行用于项目建设的专项债券86亿元。", "86亿元", "发行用于项目建设的专项债券"),
    # spread_ends: a verb ending in 布 (cloth in the dictionary) makes known, and takes the
    # object after it; a verb whose last character is its object still holds it (竣工)
    ("市中级法院全年公布典型案例12个。", "12个", "典型案例"),
    ("市人大常委会全年颁布地方性法规3部。", "3部", "地方性法规"),
    ("新公布县级文物保护单位26处。", "26处", "县级文物保护单位"),
    # 更新, a renewal the dictionary files as an adverb, is a deed (lexicon.verbs); a rate of
    # renewal keeps it
    ("县公交公司新增更新新能源公交车46辆。", "46辆", "新能源公交车"),
    ("全年更新改造老旧燃气管网36公里。", "36公里", "老旧燃气管网"),
    ("设备更新率达到85%。", "85%", "设备更新率"),
]


# levy_in_name: a tax or a fee holds the verbs of what it is levied on, in a list before a
# total and as a deed's object; an item that ends elsewhere with a verb inside is a deed
LEVIES = [
    ("全年征收城镇土地使用税、房产税合计3.4亿元。", "3.4亿元", "城镇土地使用税、房产税"),
    ("全年收取污水处理费、垃圾处理费共计860万元。", "860万元", "污水处理费、垃圾处理费"),
    ("全年征收城市维护建设税2.3亿元。", "2.3亿元", "城市维护建设税"),
    ("全年收取污水处理费860万元。", "860万元", "污水处理费"),
    ("开展隐患排查、台账12本。", "12本", "台账"),
]


# a system's body the dictionary files as a place or a plain noun (海关, 垦区, 农垦) before a
# scope word reports its own work, as a works by its site does; without a scope word it
# sorts what is counted, and a customs district stays a place
SYSTEM_BODIES = [
    ("海关全年监管进出口货物286万吨。", "286万吨", "进出口货物"),
    ("垦区全年粮食总产量达到86.5万吨。", "86.5万吨", "粮食总产量"),
    ("农垦全年完成土地整治1.2万亩。", "1.2万亩", "土地整治"),
    ("垦区粮食总产量达到86.5万吨。", "86.5万吨", "垦区粮食总产量"),
    ("2018年关区进出口货值312亿元。", "312亿元", "关区进出口货值"),
]

# units_then_deed: a count of units, their deed, and its object with a figure of its own:
# the first count is of the units; with no figure after it the deed names the project
UNITS_THEN_DEED = [
    ("全旗86个嘎查落实村级集体经济发展项目112个。", "86个", "嘎查"),
    ("全区15个社区落实惠民项目42个。", "15个", "社区"),
    ("全区15个社区落实惠民项目42个。", "42个", "惠民项目"),
    ("全县14个乡镇落实高标准农田建设项目36个。", "14个", "乡镇"),
    ("全县共有12个乡镇建设配套项目。", "12个", "乡镇建设配套项目"),
]

EARLIER = [*WORD_STARTS, *SUBJECT_CUTS, *KIND_CLASSES, *HEAD_DEEDS, *WORDS_AROUND, *OPENING_DEEDS]
ROUND8 = [*BODIES, *SCOPES, *TWO_DEEDS, *FOR_WHOM, *ACTUAL_SUMS, *MEMBERS, *KIND_COUNTS]


LATER = [*BODY_DEEDS, *PLACED_DEEDS, *UNIT_BODIES, *WORKS_AND_SORTED_OBJECTS]
LATER += [*LEVIES, *SYSTEM_BODIES, *UNITS_THEN_DEED]


@pytest.mark.parametrize("sentence,figure,name", [*EARLIER, *ROUND8, *LATER])
def test_each_sentence_gives_its_name(sentence: str, figure: str, name: str) -> None:
    assert _metric(sentence, figure) == name
