"""Roles and metric names on sentences we wrote ourselves, which no rule was fitted to.

The floor is the score when the file was written (before any rule was changed against it);
a change to the meaning layer may raise it, never lower it.
"""

from __future__ import annotations

import json
import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import heldout

# Each held-out file: the least it must keep scoring on each field, and the least number of
# figures it scores.
FLOORS: dict[str, tuple[dict[str, float], int]] = {
    "heldout_meaning.jsonl": (
        {"recall": 1.0, "role": 0.97, "metric": 0.98, "metric_exact": 0.92},
        100,
    ),
    # Sentences of the classes of language issue 26 names (periods across ；and list items,
    # comparison words, roles beyond the cue list, governing verbs, currencies and dimensions),
    # written before the rules were changed for them (then qualifier 0.625, period 0.444); the
    # floor is raised as they are learnt. 高于全市平均水平1.2个百分点 was relabelled growth →
    # comparison when that role was added (a difference from a benchmark, not a change).
    "heldout_meaning_classes.jsonl": (
        {
            "recall": 1.0,
            "role": 1.0,
            "metric": 1.0,
            "metric_exact": 0.94,
            "qualifier": 1.0,
            "period": 1.0,
        },
        0,
    ),
    # Issue 26's classes again, in new wording (completion ratios 九成/完成计划的85%, comparison
    # with a benchmark 高于全省平均, growth without a growth word 与上年相比净增/较去年多出,
    # durations that qualify what is counted 超过6个月的欠款, metric names that end with their
    # noun phrase or are the object of 带动/投入/涉及/惠及), written before any rule was changed
    # for them: then recall 0.960, role 0.806, metric 0.917, metric_exact 0.583, precision 0.973;
    # the floor is what the rules of their classes reached.
    "heldout_meaning_classes2.jsonl": (
        {"recall": 1.0, "role": 1.0, "metric": 1.0, "metric_exact": 0.89, "precision": 1.0},
        60,
    ),
    # Departments and levels the other files lack (应急管理, 医保, 税务, 统计, 林业, 水务, 商务,
    # 民宗, 乡镇 and 街道 reports, the target passages of city and county work reports): periods
    # across ；, comparison words, completion ratios, durations and counted nouns, written and
    # labelled before any rule was changed for them. Main then scored recall 0.991, role 0.983,
    # metric 0.974, metric_exact 0.707, precision 1.000, qualifier 1.000, period 1.000; the
    # floor is what the rules of their classes reached (recall 1.000, role 1.000, metric 0.991,
    # metric_exact 0.872).
    "heldout_meaning_classes3.jsonl": (
        {
            "recall": 1.0,
            "role": 1.0,
            "metric": 0.99,
            "metric_exact": 0.88,
            "precision": 1.0,
            "qualifier": 1.0,
            "period": 1.0,
        },
        100,
    ),
    # Written by the lead, blind to the session's rule changes (交通, 卫健, 市场监管, 文旅, 住建,
    # 生态环境, 退役军人, 残联, 妇联, 供销, 气象, 公安, 街道, 乡镇 and county plan targets). Main
    # 05c718e scored recall 1.000, role 0.988, metric 0.965, metric_exact 0.860; with the
    # session's word-class lexicon metric_exact 0.884; then two classes of change it showed
    # (增产/减产 after a base; a change in its own unit) gave role 1.000, metric 0.988,
    # metric_exact 0.895. The one miss left: a stage verb alone (基本建成960套) names itself.
    # Round 8 of the lexicon work (为 + people + their deed: 为…优抚对象发放各类优抚资金)
    # raised it to 0.930.
    # Round 13 (查办 and 轮换 as verbs of work done) raised it to 0.953.
    "heldout_meaning_lead.jsonl": (
        {
            "recall": 1.0,
            "role": 1.0,
            "metric": 0.98,
            "metric_exact": 0.95,
            "precision": 1.0,
            "qualifier": 1.0,
            "period": 1.0,
        },
        80,
    ),
    # Written by the lead at the start of the fifth session, blind (审计, 人社, 生态环境, 农业,
    # 文旅, 退役军人, 供销, 公安, 科技, 财政, 水利, 医保, 12345 热线, 妇联, 住建, 商务, 林业,
    # 教育, 应急, 司法 and county plan targets). Five labels were then brought to the labelling
    # convention the gold files follow (a verb of work done is no part of the name: 带动就业 →
    # 就业, 治理水土流失面积 → 水土流失面积); against them main 7907ddc scored recall 1.000,
    # role 1.000, metric 0.989, metric_exact 0.800. Verbs of police and audit work (破获, 抓获,
    # 查出), people's organisations and whole systems as actors, and 年末/年底 before the noun
    # raised metric_exact to 0.916. Misses left: a total after a count of new ones (总数达到156家
    # keeps the new ones' name), stage verbs that name the indicator (新开工, 基本建成), 达成意向.
    # Round 10 (参与 before people kept, 参与群众; a noun of one character after a threshold's
    # 的, 收入超过10万元的村; 改扩建 as a verb of building) raised it to 0.937.
    # Round 13 (登记在册 a register's deed: 登记在册经营主体 -> 经营主体) 0.947.
    "heldout_meaning_lead2.jsonl": (
        {"recall": 1.0, "role": 1.0, "metric": 0.98, "metric_exact": 0.94, "precision": 1.0},
        90,
    ),
    # Written blind at the start of the sixth session from departments and years the others
    # lack (档案馆, 气象, 人防, 机关事务, 供销社, 残联, 红十字会, 侨联, 科协, 地震, 粮食和物资
    # 储备, 信访, 政务服务, 数据局, 乡镇 and 街道; 2018-2020 and 2025-2027; plan targets, masks
    # mid-sentence, bases of comparison, totals after parts), labelled before the tool was run
    # on it. Main 83b3b2c scored recall 0.994, role 0.982, metric 0.924, metric_exact 0.655,
    # precision 0.994, qualifier 1.000; the classes it showed (offices with no place as
    # actors, verbs of taking in and collecting, words of change and value, the base of a
    # comparison and a level set from above, growth targets after their level) raised metric
    # to 0.965 and metric_exact to 0.854; deeds joined by 并, nouns of verbs joined to the
    # next noun and the size of a fall (压减比例) gave role 0.988, metric 0.971, metric_exact
    # 0.871. Left: a total after its parts (两项合计) or after new ones (总量), a rate named
    # 完成率, actors with no office word (领导干部), a bare 涉及, 预计 across a clause.
    # Round 4 (a total after its parts, 两项合计, no longer a figure of its own) raised it to
    # metric 0.982, metric_exact 0.883, precision 1.000; round 5 (the classes of lead7: verbs
    # of work done, 引进, the kinds before 等, a goal's year) to metric 0.988, metric_exact 0.901.
    # Round 8 of the lexicon work (a verb no list holds after 累计 with a subject before it:
    # 全县累计转移农村劳动力) raised it to 0.912.
    "heldout_meaning_lead3.jsonl": (
        {
            "recall": 0.99,
            "role": 0.98,
            "metric": 0.98,
            "metric_exact": 0.91,
            "precision": 1.0,
            "qualifier": 1.0,
        },
        170,
    ),
    # Written by the lead in the sixth session, blind to that session's rule changes (不动产
    # 登记, 交通, 市场监管, 卫健, 教育, 司法, 民政, 文旅, 工信, 医保, 城管, 应急, 林业, 商务,
    # 信访, 街道, 乡镇, 气象; county and city plan targets, masks mid-sentence, completion and
    # forecast, a total after new ones); 协议总投资 labelled target as the guide's 意向投资 is.
    # Main c258ff4 scored recall 1.000, role 1.000, metric 1.000, metric_exact 0.858, and
    # the session's lexicon classes (found on another blind file) did not move it: every miss
    # of metric_exact keeps a verb of work done the lexicon lacks (挽回, 取得, 排查, 栽植,
    # 投入, 修缮, 配送, 处置, 救援转移, 发展) or a scope (街道辖区内共), and still contains
    # the labelled name. Not raised here, to stay a measure of words no rule was fitted to.
    # The round-4 lexicon classes (found on heldout_meaning_lead5) raised it to 0.887: verbs
    # of work done it lacked (排查, 栽植, 修缮, 挽回 by the open class of verbs with a result).
    # Round 5 (引进 before what is brought in, 志愿者 as actors) raised it to 0.906; round 7
    # (a verb no list holds opening the clause, lexicon7) to 0.915 (取得职业资格证书).
    # Round 10 (参与 before people kept, 参与群众; a noun of one character after a threshold's
    # 的, 收入超过10万元的村; 改扩建 as a verb of building) raised it to 0.925.
    "heldout_meaning_lead4.jsonl": (
        {"recall": 1.0, "role": 1.0, "metric": 1.0, "metric_exact": 0.92, "precision": 1.0},
        100,
    ),
    # Written blind in round 4 of the lexicon work from departments and years the others lack
    # (水文站, 林草局, 乡村振兴局, 税务局, 邮政管理局, 港航, 口岸办, 国资委, 退役军人事务局,
    # 消防救援, 总工会, 团委, 党校, 史志办, 机关工委, 医保局, 妇联; 2016-2019 and 2026-2028),
    # labelled from the gold guide before the tool was run on it. Main fad1ad7 scored recall
    # 0.994, role 0.983, metric 0.971, metric_exact 0.715, precision 0.994. The classes it
    # showed (verbs of work done, with an open class of verbs with a result; a total after
    # its parts, 两项合计; an average rate or a set line as a benchmark; 压缩 as a change; a
    # place of work as the actor; a yearly average before a deed; the unit 站年) reached the
    # floor. Left: actors with no office word (消防救援队伍接处警, 青年志愿者开展), a noun
    # before its deed (机关基层党组织按期换届), a count before the thing done (帮助1020人实现
    # 就业), the kinds before 等 (家政、电商等技能培训班), a hotline's number in a name.
    # Round 5 took the count before the thing done (result_of_people), the kinds before 等 and
    # 青年志愿者开展 (people who act): metric 1.000, metric_exact 0.902. Round 9 (whoever
    # reports the work before 完成/实现, word_bounds._result_of_subject) raised it to 0.919.
    # Round 14 (a job keeps its deed: 安排工作, bare_object_kept) 0.925.
    "heldout_meaning_lead5.jsonl": (
        {
            "recall": 1.0,
            "role": 1.0,
            "metric": 1.0,
            "metric_exact": 0.92,
            "precision": 1.0,
            "qualifier": 1.0,
            "period": 1.0,
        },
        170,
    ),
    # Written by the lead in the seventh session, blind to that session's rule changes (司法,
    # 水利, 商务, 城管, 公安, 法院, 科技, 民政, 金融, 体育, 文旅, 卫健, 自然资源, 能源, 应急,
    # 生态环境, 住建, 医保, 交通, 农业, 信访, 人社, 林业, 文物, 总工会, 消防, 邮政, 史志, 党校;
    # 2018-2028), labelled from the guide before any run. Main fad1ad7 scored recall 1.000,
    # role 1.000, metric 0.973, metric_exact 0.708; the round-4 lexicon classes (found on
    # lead5) raised metric_exact to 0.752 (栽植, 修缮, 编纂出版, 征集, 营救, 挽回). Left: verbs
    # of work done still unknown (新设, 铺设, 新发展, 追讨, 审结, 引进培育, 疏散), a total after
    # new ones (全区总数达到215家: no name), a clause of only a yearly average and a verb
    # (年均建设3万亩以上 named 年均建设, not the previous clause's 高标准农田), and 占比 cut
    # from a share's name (护理型床位占比). Several exact misses are the label's choice of the
    # shortest name (低保对象 for 城乡低保对象): the containment rule (metric) counts them right.
    # Round 5 took 新设, 铺设 (the open class of verbs of setting up), 追讨, 审结, 疏散, 新发展,
    # 引进培育: metric_exact 0.814.
    # Round 10 (占比 after a noun kept in the name, the dev gold's convention: 护理型床位
    # 占比) raised metric to 0.991.
    "heldout_meaning_lead6.jsonl": (
        {"recall": 1.0, "role": 1.0, "metric": 0.99, "metric_exact": 0.81, "precision": 1.0},
        110,
    ),
    # Written blind in round 5 of the lexicon work from departments and years the others lack
    # (公积金中心, 大数据局, 行政审批局, 城管执法, 海事局, 烟草专卖局, 统计局, 气象局, 地震局,
    # 档案馆, 粮储, 人防办, 机关事务, 信访局, 红十字会, 残联, 科协, 供销社, 药监, 知识产权, 海关,
    # 网信办, 农机, 畜牧, 渔业, 广电, 文联, 工商联, 老干部局, 疾控, 公共资源交易, 交警, 殡葬,
    # 编办, 戒毒所, 测绘, 无线电, 老龄; 2015-2018 and 2027-2030; PDF habits: a wrap mid-word,
    # 20 15 年, full-width digits, D for 党), labelled from the guide before the tool was run
    # on it. Main 62a1024 scored recall 0.991, role 0.991, metric 0.959, metric_exact 0.714,
    # precision 1.000, qualifier 1.000, period 0.500. The classes it showed (verbs of work
    # done and the open class X设, the units 秒 and 具, a goal's year and an actor before a
    # year, the kinds before 等, a subject before 共, 规划 inside a name, a bound set from
    # above, a wrap inside a name, people then what they reached, a price per thing) reached
    # the floor. Left: stage verbs alone (基本建成620套: naming the thing would merge the
    # stages in a trend), age bounds before people (60岁以上老年人口: distinct indicators),
    # scopes 城区/关区, 金额 after 、 (the other files label the bare 金额), a deed after its
    # noun (地震监测台站升级改造), the kinds listed with no 等 (药品、化妆品、医疗器械样品),
    # 批次、人次分别 (the subjects are the measures), a period across a wrapped line.
    "heldout_meaning_lead7.jsonl": (
        {
            "recall": 1.0,
            "role": 1.0,
            "metric": 0.97,
            "metric_exact": 0.84,
            "precision": 1.0,
            "qualifier": 1.0,
            "period": 0.5,
        },
        210,
    ),
    # The lead's blind file of the seventh session (45 sentences, 103 figures: sport, audit,
    # legal aid, mediation, livestock, fisheries, farm machinery, investment promotion,
    # science, radio and TV, religion, foreign affairs, funerals, pensions, volunteers,
    # post, food testing), labelled from the guide before any run and kept from the round
    # that fixed lead7's classes: metric_exact 0.777 at 62a1024, 0.796 after it (the verb
    # lists of lead7 hardly reached it). Left: an actor with a place phrase before the verb
    # (运动员在省运会上获得金牌), verbs of work outside the lists (提出, 放映, 检测), a
    # status word after the noun (在册, 入库评价), a total word that is the indicator
    # (奖牌总数 -> 奖牌), 签约项目 cut to 项目, 新增 cut from 新增城镇就业.
    # Round 6 (lexicon6: a body then a verb no list holds heads no name, read from jieba's
    # dictionary: 法律援助中心受理案件 -> 案件) raised it to 0.806; a register's status after
    # the noun (在册, 入库评价) and a bare 项目 keeping its deed (签约项目) to 0.835; who did
    # it, where (在…上), then the deed (运动员在省运会上获得金牌) to 0.845. Still left: 提出,
    # 放映 and 检测 with no body before them (the dictionary flags many words that sort a
    # noun as verbs: 出院患者, 信访积案), 奖牌总数 (heldout_meaning labels a total after the
    # same noun without 总数: 高新技术企业总数 -> 高新技术企业), 新增城镇就业 (lead6 labels
    # 城镇就业), 被采纳, 广播、电视综合人口覆盖率. Round 7 (a verb no list holds opening the
    # clause with no body before it: 放映公益电影) raised it to 0.854; after a scope word a
    # noun of a verb too (全年检测农产品样品) to 0.864.
    # Round 10 (参与 before people kept, 参与群众; a noun of one character after a threshold's
    # 的, 收入超过10万元的村; 改扩建 as a verb of building) raised it to 0.874.
    "heldout_meaning_lead8.jsonl": (
        {"recall": 1.0, "role": 0.99, "metric": 1.0, "metric_exact": 0.87, "precision": 1.0},
        100,
    ),
    # Written blind in round 6 of the lexicon work (62 sentences, 161 figures) from bodies
    # and years the others lack (纪委监委, 巡察, 检察院, 血站, 园林, 环卫, 供水, 燃气, 公交,
    # 征收, 非遗, 慈善, 福利院, 人民银行, 担保, 国资, 城投, 特种设备, 计量, 河长制, 湿地,
    # 地勘, 人才办, 融媒体, 台办, 政协, 人大, 看守所, 公证, 仲裁, 植保, 综保区, 体彩;
    # 2013-2014 and 2031-2035), labelled before any run. b8339c4 scored recall 1.000, role
    # 1.000, metric 1.000, metric_exact 0.627, precision 0.994. Cuts between words only
    # (等行业综合能耗 -> 综合能耗) gave 0.634; a body then a verb from the dictionary
    # (纪委监委全年处置问题线索, 看守所全年收押犯罪嫌疑人, 农商银行清收不良贷款) 0.677; a
    # listed verb or, after a scope word, a noun of a verb after such a body (政协全年收到,
    # 环卫处全年清运, 计量所完成) and a body with a scope word before a noun (中心血站全年
    # 无偿献血人数) 0.739; a place phrase before the deed (在省级以上媒体刊发稿件) 0.745;
    # then a place was taken back from the bodies (0.727): a district's figure in a city's
    # report keeps its name (建德市全年接待游客 and 开化县实现 keep theirs). Left: a body then
    # a noun with no scope word (市中医院门急诊量), a verb with no body before it (提起, 采集,
    # 给予, 追发), 已整改 as its own name, the scope 市级/省级 before the thing, 监测到 (a
    # verb with its result 到), 新开通, 新认定.
    # Round 7 took the verb with no body before it (提起, 给予; 提交资源量报告): 0.745, and
    # 已整改 as its own name (a bare verb past its scope words: 整改): 0.752; 监测到 (到
    # as a listed verb's result): 0.758. Left: 市中医院门急诊量 (a body then a measure with
    # no scope word: taking the body off renamed 公共图书馆总藏书量 and 民办学校总人数 in the
    # corpus, classes of bodies, so it was not taken), 市级/省级 before the thing, 新开通.
    # Round 8 took 新开通 and 新铺设 after a body (新 before a verb is scope): 0.770.
    # Round 9 (a subject before 完成/实现: 地质勘查院完成区域地质调查面积) 0.776; its
    # labels strip places too (开化县实现地区生产总值, 综合保税区实现), which keep their
    # name by design (a zone's figure is not the county's): 0.801 if they were taken.
    # Round 10 (新增 after a body: 融资担保公司全年新增担保业务) raised it to 0.789.
    # Round 11 (更新 a verb of work done: 更新改造老旧街区) 0.795.
    "heldout_meaning_lex6.jsonl": (
        {"recall": 1.0, "role": 1.0, "metric": 1.0, "metric_exact": 0.79, "precision": 0.99},
        160,
    ),
    # The lead's blind file of the ninth session (52 sentences, 131 figures: marriage
    # registration, emergency care, blood, childcare, parks, sanitation, street lights,
    # parking, data, mediation, overseas Chinese, conscription, militia, social organisations,
    # place names, welfare, lottery, special equipment, metrology, prices, grain, tea,
    # sericulture, cross-border trade, cold chain, family doctors, village doctors, fishers,
    # reservoir resettlement, soil, wildlife, fire, geological hazards; 2016-2020 and 2031),
    # labelled before any run and kept from the round: metric_exact 0.756 at b8339c4, 0.802
    # after the segmenter's open class of verbs after a body. Left: verbs with no body
    # before them (输送, 检定, 制修订, 维修更换, 兑付, 搬迁避让, 放映), an actor and a place
    # phrase (选手在…大赛中获得), 在岗/在册的, 两项补贴 (两项 read as a figure too), a base
    # (由2016年的213处减少到148处) read as actual, a wrap inside a name (5G基\n站).
    # Round 7 (lexicon7) took the verbs with no body before them that open the clause, at
    # its start or after scope words (检定计量器具, 全年放映农村公益电影, 放归野生动物):
    # 0.824; an actor and a place phrase closed by 中 holding a verb (选手在全国职业技能
    # 大赛中获得金牌) 0.832. Left of them: 输送新兵 (an object of one word of two
    # characters reads as one compound noun with its verb: 受益群众, 暂扣车辆), 制修订,
    # 维修更换 (two verbs), 兑付, 搬迁避让.
    # Round 8 (lexicon, lex8's classes) raised it to 0.855, precision 1.000: 两项补贴 before
    # its figure is no figure, a body filed as a set phrase (区急救中心|全年接警出车), two
    # verbs in a row (维修更换破损井盖).
    # Round 10 (新增 after a body is its deed: 停车管理中心新增公共停车泊位) raised it to 0.863.
    # Round 11 (更新 a verb of work done: 更新新能源公交车) 0.878. Round 12 (a verb of two
    # characters after scope words before one noun of two: 全县输送新兵 -> 新兵) 0.885.
    # Round 13 (登记在册的残疾人 -> 残疾人) 0.893.
    "heldout_meaning_lead9.jsonl": (
        {"recall": 1.0, "role": 0.98, "metric": 0.99, "metric_exact": 0.89, "precision": 1.0},
        130,
    ),
    # The lead's blind file of the tenth session (54 sentences, 151 figures: rural roads,
    # post and parcels, power supply, 5G, medical insurance, veterans, women's federation,
    # trade unions, work safety, retail and trade, investment promotion, shanty towns, land
    # supply, ports, grain, patents, social security cards, tax, an office's D committee,
    # afforestation, irrigation, market entities, food sampling, tourism, sport, a hospital,
    # petitions, air, audit, statistics; full-width digits, 20 25 年, a wrap inside a figure),
    # labelled before any run and shown to no one: at 31e87a7 recall 1.000, role 0.993,
    # metric 0.987, metric_exact 0.815, precision 0.993 (签约亿元以上项目 gave 约亿元, an
    # invented 100,000,000). After the round: role 1.000, metric_exact 0.834, precision
    # 1.000. Left: a body then 全年 then a verb jieba does not tag (县邮政分公司全年揽收快递
    # 包裹), 为 + people + verb + object (为1.2万名退役军人…发放优待金, 为农户兑付…补贴), two
    # verbs in a row (维修更换, 搬迁避让, 新增和改善), 新开通, the actor D员 before its deed
    # (组织D员集中学习), 在册 before the noun, 连续8年 as a name, 签约…以上项目 cut to 以上项目.
    # Round 8 of the lexicon work (classes found on heldout_meaning_lex8): 新 before a verb
    # (新开通5G基站), 为 + people + a verb no list holds (为农户兑付…补贴), people named by
    # what they receive ending before the deed (…优抚对象|发放优待金), 两项 before a figure
    # no figure of its own, 实际 before a verb and a bare noun (实际到位资金), two verbs in a
    # row (维修更换破损路灯), a verb jieba cuts in two after a body and 全年 (揽|收): 0.894.
    # Left: 搬迁避让受威胁群众 (受, a verb of one character), 新增和改善, D员集中学习 (学习
    # no listed verb), 在册, 连续8年, 走访慰问 and 培训 kept by the labels.
    # Round 11 decided counts of visits and training by the dev gold's convention (查处经营户
    # 35户 -> 经营户, 惠及贫困学生24140人次 -> 贫困学生: the people or firms a deed reaches,
    # counted in 人次 or 家次 too, name the figure; a deed with no noun after it keeps its
    # verb, 上门入户, 电话宣传), as the other files' labels mostly did (检查生产经营单位2364家次
    # -> 生产经营单位, 走访慰问离退休干部 -> 离退休干部): 走访慰问困难退役军人 and 培训妇女 here,
    # 检查企业 in lead11 and lead12 and 走访慰问困难退役军人 in lead12 were brought to it: 0.914.
    "heldout_meaning_lead10.jsonl": (
        {"recall": 1.0, "role": 0.99, "metric": 0.98, "metric_exact": 0.91, "precision": 1.0},
        150,
    ),
    # The lead's blind file of the eleventh session (60 sentences, 170 figures: 税务, 气象,
    # 档案, 交警, 消防, 供水, 民政, 退役军人, 人武部, 自然资源, 生态环境, 农业农村, 林业,
    # 粮食储备, 供销社, 统计, 审计, 司法, 法院, 检察院, 工会, 团委, 妇联, 残联, 红十字会,
    # 科协, 镇, 街道, 文旅, 商务, 科技, 市场监管, 信访, 交通, 住建, 教育, 卫健, 医保,
    # 海关, 机关事务, 邮政, 水利, 防汛抗旱, 应急; plans of 2026; masks), labelled before
    # any run and shown to no one: on cf64e8e recall 0.994 (小型蓄水池320口: 口 was no
    # unit), role 1.000, metric 0.994, metric_exact 0.811, precision 1.000. After the
    # round (the lead's units and words, meaning15's bodies and verbs): recall 1.000,
    # metric 1.000, metric_exact 0.835. Left: an actor or body and a verb jieba does not
    # tag as a deed before the name (消防救援大队接处警出动, 县人武部完成…征兵任务, 检察院
    # 批准逮捕), people after a verb of result (就业困难人员实现就业), the count words a
    # deed keeps (疏散群众, 检查企业 labelled with their verb), 城乡 before 分别.
    # Round 10 (参与 before people kept, 参与群众; a noun of one character after a threshold's
    # 的, 收入超过10万元的村; 改扩建 as a verb of building) raised it to 0.853 (its three
    # 占比 labels were brought to the dev gold's convention first: see lex9). Round 11's
    # relabel of a count of visits (检查企业 -> 企业, see lead10): 0.859.
    # Round 13 of the lexicon work (征收, 监管, 数字化扫描 as deeds) raised it to 0.871.
    "heldout_meaning_lead11.jsonl": (
        {"recall": 1.0, "role": 1.0, "metric": 0.99, "metric_exact": 0.87, "precision": 1.0},
        170,
    ),
    # The lead's two blind files of the twelfth session, labelled before any run and shown
    # to no one. lead12 (60 sentences, 173 figures: 自然资源和规划, 住建, 城管, 交通, 市场
    # 监管, 民政, 医保, 人社, 教育, 卫健, 医院, 文旅, 体育, 商务, 审计, 司法, 信访, 应急,
    # 生态环境, 水务, 农业农村, 林业, 国资, 金融, 行政审批, 住房公积金, 供电, 退役军人,
    # 科技, 统计, 镇, 街道; plans of 2026; masks): on 7946804 recall 1.000, role 0.994,
    # metric 1.000, metric_exact 0.884, precision 1.000. lead12b (30 sentences, 80 figures in
    # a township's voice: 网格员, 社区居委会, 党工委, 卫生院, 派出所, 烟叶, 茶园, 河长,
    # 农商银行, 学校, 融媒体中心, 气象站): 0.713. After the round (the lead's bodies and
    # pledges: 部门, 发改委, 计划/力争 after a body, two deeds after an office, 发展到;
    # meaning16's subjects of 完成/实现): 0.919 and 0.762, no other field moved. Left: a
    # body jieba cuts into a verb (农商银行|支行), a deed done to people counted in visits
    # (检查企业, 走访入户), a rule that keeps 新认定 and 种植 in the name where the labels drop
    # them, a threshold before the thing counted (村集体经济收入超过10万元的村达到14个), a
    # body then 监管 and a measure (县国资委监管企业资产总额).
    # Round 10 (the threshold's noun of one character, 收入超过10万元的村达到14个 -> 村;
    # 改扩建 as a verb of building; 即办件占比 relabelled to the dev gold's convention, see
    # lex9) raised lead12 to 0.931 and lead12b to 0.800; a branch going on with its body
    # (农商银行|支行: v) lead12b to 0.812. Left: 检查企业 and 走访入户 (the labels keep the
    # deed of a visit), 新认定 and 种植 (kept by design in lexicon.verbs: the new ones are an
    # indicator apart from the stock; 种植烤烟 a verb and a short noun read as one compound).
    # Round 11's relabel of counts of visits (检查企业 -> 企业, 走访慰问困难退役军人 ->
    # 困难退役军人, see lead10) raised lead12 to 0.942; 走访入户 stays (no noun after the
    # deed: the dev gold's 上门入户).
    # Round 12 (a verb of two characters after scope words opening one noun of two: 全镇共
    # 流转土地, 镇计划流转土地 -> 土地) raised lead12 to 0.954.
    "heldout_meaning_lead12.jsonl": (
        {"recall": 1.0, "role": 0.99, "metric": 1.0, "metric_exact": 0.95, "precision": 1.0},
        173,
    ),
    "heldout_meaning_lead12b.jsonl": (
        {"recall": 1.0, "role": 1.0, "metric": 0.98, "metric_exact": 0.81, "precision": 1.0},
        80,
    ),
    # The lead's blind file of the thirteenth session (60 sentences, 161 figures from bodies
    # named by their unit: 管委会, 城投集团, 公安分局, 交警大队, 消防救援站, 职业技术学院,
    # 人民医院, 妇幼保健院, 疾控中心, 血站, 急救中心, 公共资源交易中心, 政务服务中心,
    # 大数据局, 税务分局, 烟草专卖局, 农商银行, 水文站, 园林绿化中心, 环卫处, 城管执法局,
    # 公交公司, 机场, 港务集团, 热力公司, 燃气公司, 图书馆, 博物馆, 档案馆, 红十字会, 慈善
    # 总会, 工商联, 科协, 人防办, 机关事务管理局, 民宗局, 畜牧站, 农机中心, 渔业站, 气象局,
    # 镇, 社区; plans of 2026), labelled before any run and shown to no one: on 71aaa06
    # recall 0.994 (3260治疗量: no unit), role 0.994, metric 1.000, metric_exact 0.742,
    # precision 1.000 (协议总投资186亿元 after a count of signed projects was labelled target
    # against the project's call, e313c6c: a tally of the year's deals, actual; relabelled).
    # After the lead's round (counters 卷, 列, 款, 治疗量 …; what a body adds, 新增, is its
    # deed; a body's last character filed as a verb, 畜牧|站; 管委会 as a body): recall 1.000,
    # 0.787 (lead9 0.863, lex6 0.789, lex7 0.785 with it). One office of one place before what
    # it measured (县人民医院门急诊人次 -> 门急诊人次) gave 0.794 and was withdrawn: a county's
    # report names its hospitals apart, and their figures then met as one. Left: 占比
    # dropped (三四级手术占比), a threshold before the thing counted, a verb jieba joins to
    # its object (招收新生) or tags as no verb (更新/d, 规范/n, 获|批), a subject before 实现
    # that is a population (规上工业企业实现营业收入), 日均 before a deed (kept: 日均清运
    # 生活垃圾1120吨 is a day's, and no period kind says so once 日均 is cut). With meaning17's
    # 占比 after a noun (三四级手术占比, “一网通办”事项占比): 0.825; a verb ending in 结 (办结)
    # taking its object: 0.831. Round 11 (更新 a verb of work done: 更新新能源公交车) 0.838.
    # Round 12 (a verb of two characters after scope words before one noun of two: 全年运送
    # 乘客 -> 乘客) 0.844.
    "heldout_meaning_lead13.jsonl": (
        {"recall": 1.0, "role": 1.0, "metric": 1.0, "metric_exact": 0.84, "precision": 1.0},
        160,
    ),
    # The lead's second blind file of the thirteenth session (33 sentences, 103 figures in
    # the voice of government work reports of a city, a county, a district and a town),
    # labelled before any run: on 71aaa06 recall 1.000, role 0.979, metric 0.979,
    # metric_exact 0.887, precision 1.000. A share reached or kept (占规上工业比重提高到,
    # 比重保持在八成左右) named by its part and 成 as a share's unit: role 0.990, 0.907; with
    # meaning17's round 0.938; 办结 taking its object 0.948.
    # Left: a comparison with another group's rate (高于城镇居民2.3个百分点: no place-wide
    # level, read as a plain figure), 新开工 and 办结 kept before what they count, a goal for
    # a share in a plan keeping its whole (数字经济核心产业增加值占地区生产总值比重, by
    # design: metric_span's contract), 县域 before a rate.
    # Round 11 took the comparison with another group's rate (other_group: 高于城镇居民2.3个
    # 百分点 measures the gap between the rural and the urban rate, named by the rural one),
    # and its role was relabelled growth -> comparison, as classes relabelled 高于全市平均水平
    # (a difference from a level elsewhere, not a change): role 1.000, metric 1.000, 0.959.
    "heldout_meaning_lead13b.jsonl": (
        {"recall": 1.0, "role": 1.0, "metric": 1.0, "metric_exact": 0.95, "precision": 1.0},
        97,
    ),
    # The lead's blind file of the fourteenth session (53 sentences, 146 figures: 公安, 司法,
    # 税务, 统计, 生态环境, 卫健, 体育, 自然资源, 商务, 科技, 住建, 水利, 交通, 人社, 民政,
    # 农业农村, a 镇; spaces inside figures, masks, full-width digits; 15 plan sentences),
    # labelled before any run: on bc05301 recall 1.000, role 0.986, metric 0.986,
    # metric_exact 0.847 (one role label brought to the guide after: 护理型床位占比 is a
    # share). The noun after a count read again for the measure that ends it (12个国省控
    # 断面水质优良比例达到91.7%: 91.7% had no name) 0.993 / 0.847; 覆盖 governing what is
    # reached and 覆盖…的 as a share 0.861. Left: verbs that open a name the tagger files as
    # no verb or that the people-ending veto keeps (立刑事案件, 劝阻潜在受害群众, 承办省级以上
    # 赛事, 计划供应建设用地), a body jieba files as a verb (人民调解组织), 新开工 and 新认定
    # kept, a count's name running on into the measure after it (12个 -> 国省控断面水质优良
    # 比例: no cut between the things and their measure the words show), a project's stages
    # alone (基本建成1850套: keeps its stage; carrying the thing made the tables add stages).
    # The lead's second blind file of the fourteenth session (32 sentences, 95 figures in the
    # voice of a 街道, a 镇 and a 区 government work report), labelled before any run: on
    # 045b45d (as on bc05301) recall 0.989 (城乡收入比缩小至1.88: a bare ratio, no figure),
    # role 1.000, metric 0.989, metric_exact 0.871. Changes joined after the levels a 分别
    # dealt take its subjects again (PM10和PM2.5平均浓度…同比下降6.5%和8.3%) 1.000 / 0.882;
    # a ratio named by 比 takes a bare value: recall 1.000. Left: a topic before a listed
    # deed (乡村旅游接待游客), a threshold inside a name (产值超10亿元企业), a scope before a
    # name (镇村两级集体经济收入), people and 就业 (帮扶困难群众就业300人).
    # Round 12 of the lexicon work (a verb of one character after scope words before a long
    # object: 全年共立刑事案件 -> 刑事案件) raised lead14 to 0.875.
    # Round 12 of the lexicon work (levels spanned as a scope: 镇村两级集体经济收入 ->
    # 集体经济收入) raised lead14b to 0.904.
    # The lead's blind files of the fifteenth session. lead15 (53 sentences, 163 figures: 档案馆,
    # 气象, 烟草, 邮政管理, 粮食和储备, 殡葬, 供水公司, 公交公司, 戒毒所, 监狱, 海关, 边检, 垦区,
    # 苏木, 嘎查, a 乡; 2004-2005 reviews, 2035 and 2045 plans; masks of partial shape), labelled
    # before any run; three labels the guide's figures missed added after it (翻了一番, 12个
    # 嘎查) and two comparisons brought to the files' convention (高于全县平均水平1.3个百分点).
    # On 98e6046: recall 0.988 (2.X万元 and ○○万元 no figures), role 0.975, metric 0.963,
    # metric_exact 0.850. Masks of partial shape, 递增 as a change, changes dealt after 分别
    # each with its own verb, 全苏木 as a scope, a plan period as a multiple's base: recall
    # 1.000, metric 1.000, 0.907. Left: 预计 carried over the clauses after it (预计全年…增长8%,
    # …增长7.5%), verbs kept (增加降水, 监管进出口货物总值, 新开调整, 组织罪犯参加), 12个嘎查落实.
    # lead15b (33 sentences, 93 figures: 街道, 社区, 2013 and 十二五 reviews, 2035/2040 plans),
    # written after those fixes: first run 0.859; a bare myriad counting the noun after it
    # (8.2万农村人口) 0.870. With meaning19 merged (blind to both): lead15 0.914, lead15b
    # 0.891. Left: 登记在册, 接种/遴选/移送 kept, a total of two taxes named by the last
    # (合计5.8亿元 -> 耕地占用税), 超千万元 no figure.
    # The lead's blind files of the sixteenth session, labelled before any run. lead16 (53
    # sentences, 162 figures: 交通运输, 港口, 水利, 审计, 税务, 住建, 城管, 消防救援, 应急管理,
    # 卫健, 医保, 退役军人, 体育, 文旅, 自然资源, 生态环境, 市场监管, 统计, 法院, 电力; 2006-2010
    # reviews and 十一五, 2027-2030 plans; spaced and full-width digits, masks, names holding
    # numbers: PM2.5, 5岁以下, 每千人, 第二次): on 5cf1114 recall 1.000, role 0.994 (是“十五”
    # 时期的3.4倍 an actual), metric 1.000, metric_exact 0.889. lead16b (35 sentences, 110
    # figures, 2 optional: counts before their nouns, parenthesised parts, 由…提高到, a recalled
    # task, 实际完成 after a task, 人均增收, elided subjects, masks), in the messier order of
    # compilations: on 5cf1114 recall 1.000, role 0.981, metric 0.991, metric_exact 0.806.
    # After the round (the lead's multiples of a base, meaning20's verbs): lead16 role 1.000,
    # lead16b metric_exact 0.815. Left in lead16b: a share's clause with its subject elided (在
    # 居委会成员中达到48.3%), 人均增收 as a gain made (the files' convention: actual), verbs
    # dropped from short names (安排工作 -> 工作, 调处成功 -> 成功, 扶持创业 -> 创业).
    # The lead's blind file of the seventeenth session, labelled before any run: lead17 (48
    # sentences, 140 figures: 医保, 知识产权, 应急, 退役军人, 旅游, 市场监管, 药监, 数据局,
    # 城管, 2001-2019 reviews, 2030/2035 plans): on 6e47194 recall 0.986 (近百亿元, 逾千万人次
    # no figure), role 0.993, metric 0.957, metric_exact 0.833. After the round's compound
    # places and a proportion's name refused to a count: recall 1.000, metric 0.971,
    # metric_exact 0.850. Left: 增速高于全省平均 named 增速 where this file says the indicator
    # (the other files' convention is 增速: a labelling difference), 预计 growth in a plan read
    # as a target, 占年度任务的131% named by the measure before (面积).
    "heldout_meaning_lead17.jsonl": (
        {"recall": 1.0, "role": 0.99, "metric": 0.97, "metric_exact": 0.85, "precision": 1.0},
        140,
    ),
    # lead17b (30 sentences, 81 figures: 公安, 民政, 侨务, 审计, 林业, 水利, 信访, 2016-2019
    # reviews, 2030 and 十六五 plans), written after the round's fixes: on 6e47194 recall
    # 0.963, role 0.962, metric 0.910, exact 0.782; first run on the round's branch recall
    # 0.988 (突破千亿元 at a clause's end), metric 0.988 (设施完善、运行规范的…服务站), exact
    # 0.887; both fixed by class: 1.000, 1.000, 1.000, 0.901.
    "heldout_meaning_lead17b.jsonl": (
        {"recall": 1.0, "role": 1.0, "metric": 1.0, "metric_exact": 0.90, "precision": 1.0},
        81,
    ),
    # The lead's blind file of the eighteenth session, labelled before any run: lead18 (50
    # sentences, 133 figures, 7 optional: 法院, 检察院, 司法, 消防救援, 邮政, 烟草, 税务, 通信,
    # 电力, 图书馆, 文物, 红十字会, 工商联, 党校, 网信, 广电, 港口, 机场, 编办, 宗教, 外事,
    # 人防, 档案, 粮储; spaced and full-width digits, masks, 分别): on 6639208 recall 0.992
    # (算力规模突破5000P: no unit of computing power), role 0.992, metric 1.000, metric_exact
    # 0.792. After bodies_act (检察机关全年…, 党校全年…, 消防救援队伍共接警出动), found_by
    # (网络舆情监测发现有害信息), verbs 发行/投用/核定/批准逮捕 and the compute unit: recall
    # 1.000, metric_exact 0.849. Left: 精简事业编制312名 after the stock 事业编制6 870名 in the
    # same sentence is its fall (role growth), read as a deed's count.
    "heldout_meaning_lead18.jsonl": (
        {"recall": 1.0, "role": 0.99, "metric": 1.0, "metric_exact": 0.84, "precision": 1.0},
        126,
    ),
    # lead18b (30 sentences, 73 figures: 公积金, 不动产登记, 海关, 上市公司, 慈善总会, 关工委,
    # 老龄, 卫生院, 疾控, 地方志, 开发区, 农垦, 林场, 水库, 血站, 殡葬, 驻京办, 金融, 农业保险),
    # written after lead18's fixes: first run recall 1.000, role 1.000, metric 0.973,
    # metric_exact 0.685, precision 0.986. Left: 其中10亿元以上项目6个 gives the threshold as a
    # figure, as the files' convention does for 收入超过50万元的村 (sorted_by_threshold; eight
    # files label the threshold a figure or optional and the count's name 村) — but the
    # tables then add thresholds (data/sample: 村集体经营性收入 10万元 + 30万元); 全血3.6万单位
    # (the blood bank's unit read as a noun); 签约项目8个、金额46亿元 (a bare 金额 after a
    # count names the things counted: no convention in the gold yet).
    "heldout_meaning_lead18b.jsonl": (
        {"recall": 1.0, "role": 1.0, "metric": 0.97, "metric_exact": 0.68, "precision": 0.98},
        73,
    ),
    # The lead's blind file of the nineteenth session, labelled before any run: lead19 (35
    # sentences, 95 figures: 交通, 水利, 市场监管, 商务, 人社, 审计, 税务, 住建, 生态环境, 应急,
    # 统计, 林业, 外贸; a town, a 街道, a 2011 review, 2026 and 2030 plans; masks, spaced
    # digits): on d792f12 recall 1.000, role 0.968, metric 0.958, metric_exact 0.832,
    # precision 1.000. After bare myriads counting the noun after them (巩固提升xx万农村人口…:
    # no change): role 0.979. Left, conventions the files split on: 基本建成1 940套 after
    # 棚户区改造开工2 860套 (a stage verb alone names the metric, as 竣工投产 in lex files),
    # 水利建设完成投资 (投资, as 完成投资 elsewhere), 增速高于全省平均1.1个百分点 (a
    # comparison), 预计全年…增长6%左右 in a plan (a target).
    "heldout_meaning_lead19.jsonl": (
        {"recall": 1.0, "role": 0.97, "metric": 0.95, "metric_exact": 0.83, "precision": 1.0},
        95,
    ),
    # The lead's blind file of the twentieth session, labelled before any run: lead20 (30
    # sentences, 76 figures: 医保, 政务服务, 消防救援, 林业, 自然资源, 侨联, 通信, 应急, 信访,
    # 科技, 人防, 旅游, 教育; a town, a 2009 review, 2026 and 2027 plans, 十五五; masks,
    # spaced digits): on 6db9ccb recall 1.000, role 1.000, metric 0.961, metric_exact 0.868,
    # precision 1.000. After a target named by when it was set (完成年初预算的103.6%:
    # rules.qualifiers.WHOSE_TARGET): metric 0.974, metric_exact 0.882. Left: 竣工4.8万平方米
    # after …开工面积6.3万平方米 (a stage verb alone names the metric, as in lead19). After
    # meaning24's forecast_carried, role 0.987: 全年预计完成土地供应3 600亩，其中工业用地不少于
    # 1 500亩 reads the part as a forecast where the file labels a requirement (不少于) a target.
    "heldout_meaning_lead20.jsonl": (
        {"recall": 1.0, "role": 0.98, "metric": 0.97, "metric_exact": 0.88, "precision": 1.0},
        76,
    ),
    # The lead's blind file of the twenty-first session, labelled before any run: lead21 (30
    # sentences, 68 figures: 港口, 口岸, 粮食储备, 地勘, 机场, 邮政, 殡葬, 图书馆, 供水, 招商,
    # 外事, 生态环境, 物业, 环卫, 体育, 税务; a 2011 town review, plans of 2026-2028; masks,
    # spaced and full-width digits). On 4d6dac4: recall 1.000, role 0.971, metric 1.000,
    # metric_exact 0.882, precision 0.986. One label was then corrected to the guide's own
    # example (预计全年完成XX人左右，同比增长X%: the growth is a growth, not a forecast): role
    # 0.985; and the threshold of 超10亿元项目 marked optional, as lex files mark 10亿元以上项目's
    # (precision 1.000). Left: 2026年上半年实现…412亿元 in a plan (上半年 alone is a plan's
    # milestone as often as a result: done_to_date leaves it), names after 全港, 日均清运,
    # 拟组织开展, 争创, 恢复至.
    "heldout_meaning_lead21.jsonl": (
        {"recall": 1.0, "role": 0.98, "metric": 1.0, "metric_exact": 0.88, "precision": 1.0},
        68,
    ),
    # Round 14 of the lexicon work: a share among a whole (在…中) named by its part, lead16b
    # 0.824; a job or a success keeps its deed (安排工作, 调处成功: bare_object_kept) lead16
    # 0.889 -> 0.895, lead16b 0.833. 扶持创业 is left: the files label it both ways (创业 in
    # lead11 and lex files, 扶持创业 here), and 带动就业 -> 就业 is the guide's convention.
    "heldout_meaning_lead16.jsonl": (
        {"recall": 1.0, "role": 1.0, "metric": 1.0, "metric_exact": 0.89, "precision": 1.0},
        162,
    ),
    "heldout_meaning_lead16b.jsonl": (
        {"recall": 1.0, "role": 0.98, "metric": 0.99, "metric_exact": 0.83, "precision": 1.0},
        108,
    ),
    # Round 13 of the lexicon work (a count of units, their deed and an object with a figure
    # of its own: 12个嘎查落实…项目 -> 嘎查, units_then_deed) raised lead15 to 0.926;
    # 监管 as a deed (全年监管进出口货物总值) 0.932.
    "heldout_meaning_lead15.jsonl": (
        {"recall": 1.0, "role": 0.98, "metric": 1.0, "metric_exact": 0.93, "precision": 1.0},
        162,
    ),
    # (seventeenth session: 超千万元 found as one number, recall 1.000, metric_exact 0.903)
    "heldout_meaning_lead15b.jsonl": (
        {"recall": 1.0, "role": 0.98, "metric": 1.0, "metric_exact": 0.91, "precision": 1.0},
        93,
    ),
    "heldout_meaning_lead14b.jsonl": (
        {"recall": 1.0, "role": 1.0, "metric": 1.0, "metric_exact": 0.9, "precision": 1.0},
        94,
    ),
    "heldout_meaning_lead14.jsonl": (
        {"recall": 1.0, "role": 1.0, "metric": 0.99, "metric_exact": 0.87, "precision": 1.0},
        144,
    ),
    # Written blind in round 7 of the lexicon work (57 sentences, 159 figures) from bodies
    # and years the others lack (禁毒办, 反诈, 司法所, 行政复议, 普法, 政府采购, 农产品质量
    # 安全, 动物防疫, 种子站, 农技推广, 人工影响天气, 防汛抗旱, 水政监察, 节水, 热力公司,
    # 物业, 保障性租赁住房, 供电, 通信管理, 快递, 机场, 高速公路, 地方金融监管, 小额贷款,
    # 驻村工作队, 东西部协作, 关工委, 少先队, 民族宗教, 双拥, 军休所, 人武部, 科技馆,
    # 博物馆, 青少年活动中心, 会展, 中医院, 爱卫办, 职业病防治, 精神卫生, 版权, 网格化,
    # 国有林场, 自然保护区, 农场, 水产推广, 外事办, 文化馆, 开发区, 盟, 旗, 州, 新区;
    # 2010-2012, 2021-2024, 2036 and 2040), labelled before any run. 31e87a7 scored recall
    # 0.987, role 1.000, metric 0.987, metric_exact 0.688, precision 0.987. The verbs no
    # list holds that open a clause with no body before them (发射火箭弹, 推广…技术) gave
    # 0.701; a bare verb past its scope words (全年新接收 -> 新接收) 0.707; 监测到 0.713;
    # a place phrase holding a verb (在全国青少年科技创新大赛中获得) 0.720.
    # Left: bodies the body test does not know (物业管理科, 人工影响天气办公室, 防汛抗旱
    # 指挥部, 人武部, 军休所现有), verbs the dictionary files as nouns of verbs with no body
    # or scope before them (检测, 销售: vn also names things, 检验检测机构), a body then a
    # measure (县中医院门诊量), 两项补贴资金 (两项 cut off as a figure's words).
    # Round 8 took departments and offices as bodies (人武部, 防汛抗旱指挥部, 人工影响天气
    # 办公室, 物业管理科, 活动中心 filed as a set phrase), 两项 before its figure (no figure:
    # precision 1.000) and 两项补贴资金 whole, two verbs in a row (止付冻结涉案资金): 0.758.
    # Left: 军休所 (jieba: 军|休|所), 县中医院门诊量 (a body then a measure, not taken: see
    # lex6), 检测 and 销售 filed as vn, objects ending in people after a verb (劝阻…受害
    # 群众), 没收河砂 (a short object). Round 9 (whoever reports the work before 完成/实现:
    # 国有林场完成森林抚育) raised it to 0.766.
    # Round 10 (新增 after a body: 热力公司新增集中供热面积) raised it to 0.778 (its 占比
    # label brought to the dev gold's convention first: see lex9).
    # Round 11 (a works named by its site before a scope word as the body that reports:
    # 农场全年粮食总产量 -> 粮食总产量) raised it to 0.791; round 13 (登记在册) 0.797.
    "heldout_meaning_lex7.jsonl": (
        {"recall": 0.98, "role": 1.0, "metric": 0.98, "metric_exact": 0.79, "precision": 1.0},
        155,
    ),
    # Written blind in round 8 of the lexicon work (58 sentences, 150 figures) from bodies
    # and years the others lack (税务, 海关, 气象, 林草, 档案, 机关事务, 退役军人, 医保, 统计,
    # 经济普查, 粮食和物资储备, 储备粮库, 供销社, 便民服务中心, 农业综合服务站, 街道办事处,
    # 人武部, 防汛抗旱指挥部, 疾控, 交警, 图书馆, 卫生院, 商务, 审计; 乡镇 and 街道; 2016-2019
    # and 2026-2030 plans), labelled from the gold guide before the tool was run on it.
    # cf64e8e scored recall 1.000, role 1.000, metric 1.000, metric_exact 0.833, precision
    # 0.993. The classes it showed, taken as open classes: a department (部) or an office
    # (办公室, 科) as a body; 累计 filed as a verb and 新 before a verb as scope words after a
    # body (新接收, 新开通: the deed is the verb after them); two verbs in a row before an
    # object of two words (维修加固病险水库); 为 + people + a verb no list holds; party
    # members (党员, D员) as actors; a level alone before a pledge (镇计划新建); a count of
    # kinds before a figure (两项补贴资金) no figure; 实际 before a bare noun of a verb
    # (实际到位资金): 0.900, precision 1.000. Left: bodies jieba cuts or files as no noun
    # (海关监管, 储备粮库, 机关食堂, 疾控中心报告), 帮扶援助 (a listed verb then a second),
    # 转移避险群众, 资助参保, 清淤疏浚河道 (a short object), 占比 and 累计 cut from a name
    # (绿色储粮仓容占比, 基金累计结余可支付月数), 新认定 kept (an indicator of its own).
    # Round 9 took 县级储备粮库完成仓房维修改造 (a subject before 完成/实现): 0.907.
    # Round 10 (占比 after a noun kept: 绿色储粮仓容占比) 0.913.
    "heldout_meaning_lex8.jsonl": (
        {
            "recall": 1.0,
            "role": 1.0,
            "metric": 1.0,
            "metric_exact": 0.91,
            "precision": 1.0,
            "qualifier": 1.0,
        },
        150,
    ),
    # Written blind in round 9 of the lexicon work (66 sentences, 174 figures) from bodies
    # and years the others lack (自然资源, 不动产, 测绘, 住建, 交通运输, 市场监管, 特种设备,
    # 药监, 知识产权, 信访, 12345, 民政, 婚姻登记, 社会组织, 殡葬, 老龄, 残联, 妇幼, 侨联,
    # 台办, 史志, 地震, 人防, 公积金, 国资, 供销, 文旅, 体育, 广电, 镇, 村; 2013-2015
    # reviews and 2027-2035 plans; masks, a wrap inside a name, 九成五), labelled before any
    # run. 7946804 scored recall 1.000, role 0.989, metric 0.994, metric_exact 0.851,
    # precision 1.000. Whoever reports the work before 完成/实现 (国资委监管企业全年实现营业
    # 收入, 市属国有企业完成投资, 道路运输行业完成客运量) gave 0.874; 及时 before a rate as
    # part of its name (及时受理率) 0.879. Left: 占比 after a noun (护理型床位占比: the files
    # disagree, see below), 协议投资 read as actual, a completion rate named 改造完成率 read
    # as completion, verbs of work done no list holds (卸载, 编印, 试鸣, 供养, 新批, 办结),
    # bodies and people as actors before a verb no list holds (县侨联联系, 县级领导干部接访
    # 下访; 干部 as an actor in general took 村两委干部走访 but made 开展党务干部培训 a deed's
    # name in the corpus), 参与群众 cut to 群众, 新开工 (a stage verb), a place or a village
    # as the subject (青山镇, 李家村: kept by design). 占比 after a noun is labelled part of
    # the name here, in lead6, lex8 and the dev gold (产业投资占比) but not in lead3, lead11
    # and lex7 (其中大学生士兵占比 -> 大学生士兵, 即办件占比 -> 即办件): keeping it lowered
    # those, so it was not taken.
    # Round 10 decided 占比 by the dev gold's convention (公办幼儿园在园幼儿占比, 产业投资
    # 占比): seven labels of lead3, lead11, lead12 and lex7 that dropped it after a noun were
    # brought to it (a bare 占比 after a pause still names the noun before: 其中出口17.1亿元，
    # 占比73.1% -> 出口), and the trimmer keeps it (words.TRAILING_FILLER, share_word_kept):
    # 0.885; lead3, lead11, lead12 and lex7 back where they were, lead6, lead7, lex8 and
    # classes3 up, the dev gold's metric_exact 0.679 -> 0.686, govreports' 0.789 -> 0.807.
    # Then 参与群众 kept (参与 before people: 0.891).
    "heldout_meaning_lex9.jsonl": (
        {"recall": 1.0, "role": 0.98, "metric": 0.99, "metric_exact": 0.89, "precision": 1.0},
        170,
    ),
    # Written blind in round 10 of the lexicon work (61 sentences, 165 figures) from bodies
    # and years the others lack (发改, 工信, 能源, 粮食, 统战, 组织部, 宣传部, 政法委, 编办,
    # 机关工委, 党校, 档案, 保密, 团委, 总工会, 工商联, 贸促会, 红十字会, 慈善总会, 气象, 水文,
    # 林草, 渔业, 畜牧, 农机, 海洋, 港口, 铁路, 民航, 邮政, 烟草, 电力, 燃气, 城投公司, 学校,
    # 幼儿园, 村, 社区; 2008-2012 reviews and 2028-2035 plans; a wrap between clauses, spaced
    # digits, masks), labelled from the gold guide before any run. 71aaa06 scored recall
    # 0.994 (1,240发: 发 no unit), role 1.000, metric 1.000, metric_exact 0.768, precision
    # 1.000, qualifier 1.000. 占比 after a noun kept (青年党员占比) gave 0.787; 参与群众, the
    # threshold's 村 and 改扩建 0.811; 新增 after a body (燃气公司新增管道燃气用户) 0.817;
    # a level alone before a body (县国资委监管企业全年实现) 0.823; 联系 as a deed (县委统战部
    # 联系党外代表人士; lex9's 县侨联联系海外侨胞 0.891 -> 0.897) 0.829. Left: a body then
    # 全年 then a measure (机场全年旅客吞吐量: 机场 no body), 发展党员 and 新认定 (kept by
    # design in lexicon.verbs), a deed of a visit (督导检查乡镇), a verb cut (在职党员到社区报到),
    # abbreviations of people's organisations as bodies (市贸促会签发: taking 妇联 as one
    # broke 妇联组织建设完成率, where 组织 is a noun, so it was reverted).
    # Round 11 (a works before a scope word: 机场全年旅客吞吐量 -> 旅客吞吐量) 0.830.
    # Round 13 (数字化扫描档案, 海关全年监管…: deeds and a body) raised it to 0.848.
    # Round 14 (a manner before the deed ends the counted noun: 89个机关党组织按期换届 ->
    # 机关党组织, manner_before_deed) 0.855.
    "heldout_meaning_lex10.jsonl": (
        {
            "recall": 1.0,
            "role": 1.0,
            "metric": 1.0,
            "metric_exact": 0.85,
            "precision": 1.0,
            "qualifier": 1.0,
        },
        165,
    ),
    # Written blind in round 11 of the lexicon work (69 sentences, 186 figures) from bodies
    # and years the others lack (审计, 信访, 残联, 妇联, 科协, 侨联, 台办, 外办, 医保, 退役
    # 军人, 应急, 消防, 人防, 机关事务, 公积金, 住房保障, 城管, 园林, 环卫, 供销社, 农垦, 国资,
    # 金融办, 口岸, 开发区管委会, 高新区, 街道, 社区, 村, 机场, 港口码头, 良种场; 2006-2010
    # reviews and 2030-2040 plans; spaced and full-width digits, masks, wraps inside a name and
    # a figure), labelled from the gold guide before any run. bc05301 scored recall 1.000,
    # role 0.995, metric 0.978, metric_exact 0.839, precision 1.000, qualifier 1.000, period
    # 1.000. A works named by its site before a scope word as the body that reports (市机场
    # 全年旅客吞吐量, 农场, 处理厂, 煤矿) and verbs inside a deed's object after a body or a
    # scope word (全年结算异地|就医|费用, 分配公共|租赁|住房) gave 0.860. Tried and withdrawn:
    # a bare 增速 before a comparison named by the figure before (classes2 and lead12 label
    # 增速 itself: the rate compared); its one label here was brought to that convention
    # (增速高于全市3.2个百分点 -> 增速): 0.866 (0.844 on bc05301). A rate compared with
    # another group's (高于城镇居民1.9个百分点: comparison) and 的 closing a deed's object
    # (relative_object) gave role 1.000, metric 0.989, 0.871; a share after a rate's
    # comparison of the thing, not of 增速 (share_past_size), metric 0.995.
    # Decided, not changed: 发展党员 and 新认定 keep their verb in the name (every label drops
    # it, as the guide's leading verbs go, but only 新增 is keyed apart by pairs.plans and
    # derived from the phrase: dropped, the year's new members would merge with the stock
    # in a trend; lexicon.changes.ADDITION would have to become a set of words first); 日均
    # before a deed stays (日均接诉, a day's figure); 参与 before an activity goes (the dev
    # gold names those who took part by the activity: 有奖问答活动…参与xxxx余人). Left:
    # places and zones as subjects (李家村, 高新区, 开发区: by design), 帮助412名就业困难
    # 人员实现再就业 (the files label both the people and the result), verbs with a short or
    # verb-holding object with no scope word before them (提出审计建议, 促成两岸…项目), a body
    # the dictionary cuts as a place and a verb (口岸|办), 年 before a yearly flow in a plan
    # (年出入境旅客: the files keep 年产值, 年参观量).
    # Round 13 (口岸办全年监管进出境货物 -> 进出境货物) raised it to 0.882.
    "heldout_meaning_lex11.jsonl": (
        {
            "recall": 1.0,
            "role": 1.0,
            "metric": 0.99,
            "metric_exact": 0.88,
            "precision": 1.0,
            "qualifier": 1.0,
            "period": 1.0,
        },
        186,
    ),
    # The second blind file of round 11 (36 sentences, 89 figures: 水利, 地质灾害, 文物, 市场
    # 监管, 公交, 热力, 加装电梯, 医共体, 托育, 民政, 体彩, 畜牧, 知识产权, 政务服务, 改厕, 统计,
    # 林业, 渔政, 充电桩, 就业, 招商, 国有林场, 外资外贸, 卫生院, 学位, 慈善, 电商, 秸秆, 物流
    # 园区; 2009-2010 and 2030-2040; a spaced and full-width figure), written after the round's
    # fixes and labelled before any run. Its first run on this branch (the honest figure):
    # recall 1.000, role 1.000, metric 0.978, metric_exact 0.820, precision 1.000 (bc05301:
    # role 0.989, metric_exact 0.798). Verbs ending in 布 taking their object (spread_ends:
    # 新公布县级文物保护单位) gave 0.831; 更新 as a verb of work done (the dictionary files it
    # as an adverb: 新增更新新能源公交车, 更新老旧供水管网) 0.854. 城镇新增就业 (新增 inside
    # the name, as written) was labelled 城镇就业 against the dev gold's own example (城镇新增
    # 实名制就业 keeps it); relabelled: metric 1.000, 0.876.
    "heldout_meaning_lex11b.jsonl": (
        {
            "recall": 1.0,
            "role": 1.0,
            "metric": 1.0,
            "metric_exact": 0.88,
            "precision": 1.0,
            "qualifier": 1.0,
            "period": 1.0,
        },
        89,
    ),
    # Written blind in round 12 of the lexicon work (61 sentences, 162 figures) from bodies
    # and years the others lack (档案, 地方志, 保密, 机要, 编办, 党校, 老干部局, 工商联, 红十字会,
    # 慈善总会, 气象, 地震, 邮政管理, 烟草, 盐务, 粮食和物资储备, 供水公司, 公交公司, 殡仪馆,
    # 监狱, 戒毒所, 海关, 边检, 海事, 渔政, 草原站, 垦区, 兵团, 乡, 苏木, 嘎查; 2001-2005
    # reviews and 2045-2050 plans; a wrap inside a name and inside a figure, spaced and
    # full-width digits, masks), labelled from the gold guide before any run. 98e6046 scored
    # recall 1.000, role 1.000, metric 0.994, metric_exact 0.753, precision 1.000, qualifier
    # 1.000, period 1.000. The classes it showed, taken as open classes: a part named after
    # its set and 中 (规上工业企业中民营企业 -> 民营企业: part_of_set); 有效 sorting a register's
    # items (有效灌溉面积: valid_ones); schools and prisons as bodies (市委党校, 第二监狱);
    # the levels 苏木 and 嘎查 alone as the unit that reports; 不 and a word opening a deed's
    # object (查扣不合格食盐: negated_attribute); verbs ending in 成 taking their object
    # (形成课题调研成果); a measure the dictionary cut after a verb of one character (供水公司
    # 全年售|水量: one_verb_measure): 0.815 (lex10 0.830 -> 0.836: 县委党校全年举办; lex11
    # 0.871 -> 0.876: 促成两岸经贸合作项目; lex11b 0.876 -> 0.888: 学校新建改扩建校舍).
    # Then 参与 before people standing right before the figure kept (参与老同志, 参与党员:
    # participants_kept) 0.821. Left: bodies the dictionary files as places (海关, 垦区,
    # 兵团第七师), verbs before an object of one short word (征收税款, 滞留船舶: no scope
    # word before them), a wrap inside a name (助学\n金: no name), 新装 (a noun by the
    # dictionary), two verbs before people (解除强制隔离戒毒), 市本级 before a name.
    # Round 13 (海关 before a scope word as a body: 海关全年…) raised it to 0.827; 轮换 as a
    # verb of work done 0.833; 征收, 监管 and 数字化扫描 as deeds (征收税款 after a
    # comma, 数字化扫描馆藏档案) 0.852.
    "heldout_meaning_lex12.jsonl": (
        {
            "recall": 1.0,
            "role": 1.0,
            "metric": 0.99,
            "metric_exact": 0.85,
            "precision": 1.0,
            "qualifier": 1.0,
            "period": 1.0,
        },
        162,
    ),
    # The second blind file of round 12 (33 sentences, 86 figures: 人社, 自然资源, 水务, 统计,
    # 商务, 科技, 医保, 城管, 住建, 文旅, 教育, 卫健, 民政, 退役军人, 乡村振兴, 公安, 税务,
    # 林业, 应急, 信访, a 镇; 2011-2014 reviews and 2040 plans; a mask, a wrap between
    # clauses), written after the round's fixes and labelled before any run. Its first run
    # on this branch (the honest figure): recall 1.000, role 1.000, metric 1.000,
    # metric_exact 0.930 (98e6046: metric 0.965, metric_exact 0.826). Left: 新认定 kept (by
    # design, see lex11), 种植 before a longer object (种植 holds its object by the
    # dictionary: 植 is a noun), 流转土地 with no scope word before it, two verbs before
    # people (巩固提升农村饮水安全人口), people before 增收 (带动脱贫人口增收).
    "heldout_meaning_lex12b.jsonl": (
        {
            "recall": 1.0,
            "role": 1.0,
            "metric": 1.0,
            "metric_exact": 0.93,
            "precision": 1.0,
            "qualifier": 1.0,
            "period": 1.0,
        },
        86,
    ),
}


# Written blind in round 13 of the lexicon work (67 sentences, 165 figures) from bodies and
# years the others lack (人防, 档案, 机关事务, 信访, 国资委, 金融办, 口岸办, 台办, 侨联, 残联,
# 妇联, 科协, 文联, 社科联, 供销社, 垦区, 兵团, 农场, 国有林场, 水文站, 航道, 港口, 机场, 铁路,
# 供电, 燃气; 1998-2003 reviews and 2030/2049 plans; a wrap inside a name, spaced and
# full-width digits, masks), labelled from the gold guide before any run. 5cf1114 scored
# recall 0.988, role 0.981, metric 0.988, metric_exact 0.764, precision 1.000. The classes it
# showed, taken as open classes: what people attained (喝上, 吃上, 住上, 用上) ends their name
# (让8.6万农村群众喝上放心水 -> 农村群众; 家庭 names people too); 登记在册, 查补, 换发 and
# 立项 as deeds; research topics under a standing plan set no goal (社科规划课题: three
# figures read as targets); a tax or a fee keeps the verbs of what it is levied on
# (levy_in_name: 城镇土地使用税、房产税合计 -> the pair); 海关, 垦区, 农垦 before a scope word
# as bodies; a count of units, their deed and an object with its own figure (86个嘎查落实…
# 项目112个 -> 嘎查): 0.845, role 1.000; 征收, 监管, 数字化加工 as deeds (征收关税及进口
# 环节税, 市口岸办全年监管出入境旅客) 0.863. Tried and withdrawn: 纳入 as a deed (纳入监测户
# merged the year's intake with the stock in the corpus's stats). Left: 近百亿元 and
# 逾千万人次 are no figures (no Arabic digit: the figure rules' side), a wrap inside a name on
# a short line gives no name (残疾人就\n业: the line is read as no wrap), a count's name
# running on into the measure after it (26个地表水考核断面水质达标率, 32所中小学校塑胶运动场
# 覆盖率: no cut the words show between the things and their measure), verbs with short
# objects and no body or scope word before them (采购办公用品, 到发货物, 管护森林面积),
# scopes before a measure (城区, 林场, 网上信访事项), 兵团第八师 (师 after a
# number), 帮助1,080名妇女实现创业就业 (the result named, by design), 建档立卡 kept.
# The second blind file of round 13 (36 sentences, 96 figures: 水利, 交通, 文旅, 教育, 卫健,
# 民政, 人社, 乡镇, 税务, 海关, 垦区, 商务, 应急, 市场监管, 城管, 自然资源, 生态环境, 林草,
# 粮储, 气象, 团委, 总工会, 红十字会, 邮政, 烟草, 教科院; 2000-2003 reviews, 2035 plans),
# written after the round's fixes and labelled before any run. Its first run on this branch
# (the honest figure): recall 0.990, role 0.989, metric 1.000, metric_exact 0.863 (5cf1114:
# role 0.968, metric_exact 0.821). 乡镇 as units that act (14个乡镇落实…项目36个) and 参与
# before 志愿者 kept (participants_kept: 参与青年志愿者) gave 0.895; 查办, 清运, 轮换 and
# 新修 as verbs of work done 0.937. Left: 预计 carried past
# ； (预计全年完成A…；完成B: B read as actual; rules/roles.py's side), a population before
# 实现 (规模以上工业企业实现利润), 保护农作物面积 (a measure keeps its verb), 32点次 (点次
# no unit).
FLOORS["heldout_meaning_lex13.jsonl"] = (
    {
        "recall": 0.98,
        "role": 1.0,
        "metric": 0.98,
        "metric_exact": 0.86,
        "precision": 1.0,
        "qualifier": 1.0,
    },
    163,
)
FLOORS["heldout_meaning_lex13b.jsonl"] = (
    {"recall": 0.98, "role": 0.98, "metric": 1.0, "metric_exact": 0.93, "precision": 1.0},
    96,
)

# Written blind in round 14 of the lexicon work (60 sentences, 161 figures and one optional)
# from bodies and years the others lack (气象, 地震, 测绘, 粮食和物资储备, 烟草, 邮政管理, 盐务,
# 体彩, 红十字会, 工商联, 台联, 黄埔军校同学会, 老干部局, 党校, 史志办, 保密, 机要, 编办, 乡,
# 镇 and 街道; 1995-2000 and 九五 reviews, 2026 and 2035 plans; spaced, wrapped and full-width
# digits, masks, numbers inside quoted names and slogans), labelled from the gold guide
# before any run. 6e47194 scored recall 1.000, role 0.981, metric 0.969, metric_exact 0.807,
# precision 1.000, qualifier 1.000. A share whose whole is said as 在…中 is of the part
# before 在 or, elided, of the figure before (part_before_whole: 在公务员队伍中占比达到12.4%
# -> 少数民族干部) gave metric 0.988, metric_exact 0.826 (lead16b 0.815 -> 0.824). A bare
# total after parts listed with 、 is of them all, and parts that share no name are listed
# (total_of_listed: 契税…、耕地占用税…，合计5.8亿元 -> 契税、耕地占用税; 两税合计) gave
# metric 0.994 (lead15b 0.891 -> 0.913). A manner between the things counted and their
# deed ends their noun (manner_before_deed: 2860户脱贫户稳定实现 -> 脱贫户) 0.832.
# Left: the role of a share with its subject elided and no 占 (在县处级干部中达到9.8%: read as
# a level; the role cues' side), 协议投资 read as done (the guide's 意向投资 is a target),
# verbs no list holds or two in a row before a short object with no body or scope word before
# them (收发处理电报, 转移安置受灾群众, 临时救助, 储备食用油, 上缴税金, 精简, 兴办), a deed or a
# state after its noun (台资项目落地, 密码设备升级换装, 年鉴编纂), a count's name running on
# into the measure after it (16所乡镇卫生院标准化建设达标率: no cut the words show), bodies
# the body test does not know (黄埔军校同学会, 网格员), 入库 before a tax, 1∶2000 inside a name.
FLOORS["heldout_meaning_lex14.jsonl"] = (
    {
        "recall": 1.0,
        "role": 0.98,
        "metric": 0.99,
        "metric_exact": 0.83,
        "precision": 1.0,
        "qualifier": 1.0,
    },
    161,
)

# The second blind file of round 14 (33 sentences, 84 figures: 水文, 人防, 机关事务, 医保,
# 公积金, 港航, 消防救援, 老龄, 妇联, 团委, 残联, 科协, 侨联, 民宗, 档案, 司法所, 农机, 畜牧,
# 渔业, 林草, 街道, 社区, 乡, 镇; 1997-2000 and 九五 reviews, 2026 and 2035 plans; full-width
# digits, masks, quoted names), written after the round's fixes and labelled before any run.
# Its first run on this branch (the honest figure): recall 1.000, role 1.000, metric 1.000,
# metric_exact 0.881, precision 1.000, qualifier 1.000 (6e47194: metric 0.976, 0.810).
# A deed's rate dealt by 分别 keeps its verb (deed_rate: 响应率、解决率分别达到 -> 解决率, was
# 响应率、解决率 for both) gave 0.905; when the things counted did their deed (全年, 今年)
# and 按月 as a manner end their noun (316户低保户按月足额领取 -> 低保户, 14个司法所调解室
# 全年受理 -> 司法所调解室) 0.929; kinds in quotes before 等 (quoted_kind: “科技活动周”等
# 科普活动 -> 科普活动) 0.940. Left: 压减 and 拒付 before what they count, 新发展 kept (by
# design), a quoted name inside a deed's object after a body (街道全年办结“接诉即办”诉求),
# people before 就业 (帮扶困难群众就业300人: the files label the people).
FLOORS["heldout_meaning_lex14b.jsonl"] = (
    {
        "recall": 1.0,
        "role": 1.0,
        "metric": 1.0,
        "metric_exact": 0.94,
        "precision": 1.0,
        "qualifier": 1.0,
    },
    84,
)


# Written blind in round 15 of the lexicon work (46 sentences, 135 figures and one optional)
# from bodies and years the others lack (侨务, 药监, 机场, 自贸片区, 边境管理, 新闻出版, 文物,
# 律师, 收养, 水土保持, 林长, 新能源, 算力, 专项债, 职教, 团委, 经普, 海事, 体育, 供电, 轨道
# 交通, 殡葬, 种业, 兽医, 托育, 人防, 乡; 2008-2015 and 十二五 reviews, 十五五 and 2026 plans;
# masks, a wrap, spaced digits), labelled before any run. 6639208 scored recall 0.993, role
# 0.978, metric 0.978, metric_exact 0.813, precision 1.000, qualifier 1.000. 计划 before any
# verb of work done pledges it (计划惠及; not 按计划, 该计划, 目前，计划…) and a part of a year
# not over against the year (上半年…占全年60%, 占全年预算的28.5%) is a completion: role
# 1.000. A head of one character after qualities (4个基础较好的村) and the fund a 规模 sizes
# (首期规模20亿元的产业引导基金): metric 1.000, metric_exact 0.836; 程度 keeping its deed
# (治理程度) and 达 inside 雷达 0.851; a count's name cut before the rate of its things, at
# the last head of a place (count_before_measure) 0.866. Left: 850PFlops (no unit), verbs
# no list holds before a short object (支持, 发行, 硬化, 新打, 滞留, 免疫, 播出, 年产), bodies
# before the thing (县职教中心在校生, 自贸片区新增注册企业), a census before its units (第三次
# 全国经济普查清查单位), 新认定 kept by design.
FLOORS["heldout_meaning_lex15.jsonl"] = (
    {
        "recall": 0.99,
        "role": 1.0,
        "metric": 1.0,
        "metric_exact": 0.86,
        "precision": 1.0,
        "qualifier": 1.0,
    },
    135,
)
# The second blind file of round 15 (25 sentences, 71 figures: 外事侨务, 民宗, 信用, 物业, 征地
# 拆迁, 河湖长, 氢能储能, 特种设备, 计量, 商标, 戒毒, 公证, 仲裁, 双拥, 高铁, 上市, 疫苗, 非遗,
# 广电, 社工, 供销, PPP, 口岸; 2009-2015 and 十二五 reviews, 十五五 and 2026 plans; masks),
# written after the round's fixes and labelled before any run. Its first run on this branch
# (the honest figure): recall 1.000, role 1.000, metric 1.000, metric_exact 0.817, precision
# 1.000, qualifier 1.000 (6639208: role 0.986, metric 0.958, metric_exact 0.775). 开通 as a
# deed 0.831. Left: a body before its deed (仲裁院结案, 金融机构发放, 河湖长巡河), 认定 and
# 检验检测 before their objects, 服务 and 发展 kept (by design), 慰问金及物资折款 cut at 折款.
FLOORS["heldout_meaning_lex15b.jsonl"] = (
    {
        "recall": 1.0,
        "role": 1.0,
        "metric": 1.0,
        "metric_exact": 0.83,
        "precision": 1.0,
        "qualifier": 1.0,
    },
    71,
)

# Written blind in round 16 of the lexicon work (49 sentences, 166 figures and four optional
# thresholds) from bodies and years the others lack (机关党委, 工信, 对口支援, 东西部协作, 文明办,
# 行政审批, 大数据, 国资, 金融, 林草, 乡村振兴, 统战, 政法, 纪委, 人大, 政协, 法院, 检察院, 融媒体,
# 医共体, 血站, 老干部, 党校, 史志, 移民, 镇, 街道; 2006-2012 and 十一五 reviews, 十五五 and 2026
# plans; masks, a wrap), labelled before any run. d792f12 scored recall 0.994, role 0.982,
# metric 0.982, metric_exact 0.733, precision 1.000, qualifier 1.000. A bound figure bare
# before the noun a count after it counts is a threshold, the count named with it
# (threshold_before_noun: 其中10亿元以上项目4个 -> 10亿元以上项目) 0.752; 单位 as blood's unit at
# a clause's end (采集全血3.6万单位) recall 1.000, metric 0.988, 0.759; a pledge by the shape of
# its verb (pledge_by_effort: 将全力冲刺, 努力实现, 奋力完成, 将新增; 力促 before a verb of a
# level) role 0.994, 0.765. Left: a body or its staff before a deed no list holds (对口支援工作
# 落实, 县人民检察院批准逮捕, 社区网格员入户走访, 民营企业结对帮扶村), verbs no list holds (初核,
# 听取和审议, 经审查立案, 提起, 编印, 办结), a deed after its noun (协作企业落地, 老旧小区改造xx个),
# 注册志愿者达到 (trimmed to nothing, verb_before keeps the verb), a rate above a group's
# (增速高于全县农村居民: no benchmark word), a count before the 目标 it is
# (高层次人才100名目标超额完成), people before their problem (XX万农村人口饮水不安全问题), and
# 发展党员 kept by design.
# After a second reader's cases (the lead's merge): a word of effort pledges only after a
# time still ahead in its clause (年底前, 下半年, 四季度), since in a review 全县上下奋力实现
# 地区生产总值210亿元 reports a result; so 努力实现…增长10% after a clause that pledged with
# 将 is read as a growth again: role 0.988 here, 0.987 on lex16b.
FLOORS["heldout_meaning_lex16.jsonl"] = (
    {
        "recall": 1.0,
        "role": 0.98,
        "metric": 0.98,
        "metric_exact": 0.76,
        "precision": 1.0,
        "qualifier": 1.0,
    },
    166,
)
# The second blind file of round 16 (25 sentences, 77 figures and three optional
# thresholds: 公共资源交易, 12345热线, 网信办, 组织部, 科技局, 知识产权, 图书馆, 红十字会,
# 社区矫正, 反诈, 茶叶局, 城投集团, 人武部, 关工委, 社会组织, 血站, 街道, 镇; 2009-2011
# reviews, 十五五 and 2026 plans; masks), written after the round's first three classes and
# labelled before any run. Its first run on this branch (the honest figure): recall 1.000,
# role 0.987, metric 1.000, metric_exact 0.844, precision 0.987, qualifier 1.000 (d792f12:
# role 0.974, metric 0.974, metric_exact 0.779). 力促 before a verb of a level pledges it:
# role 1.000, 0.857. Left: 15分钟便民生活圈 (a duration inside a name read as a figure),
# verbs no list holds (节约, 外借, 招引, 处置), a body before its deed (社区矫正机构全年接收),
# 新认定 and 提档升级 after its noun.
FLOORS["heldout_meaning_lex16b.jsonl"] = (
    {
        "recall": 1.0,
        "role": 0.98,
        "metric": 1.0,
        "metric_exact": 0.85,
        "precision": 0.98,
        "qualifier": 1.0,
    },
    77,
)

# Written blind in round 17 of the lexicon work (61 sentences, 199 figures and two optional),
# weighted toward roles, from bodies and years the others lack (团委, 党史研究室, 农商银行, 农村
# 信用社, 船闸, 渔港, 国有苗圃, 种子管理站, 120急救中心, 人口计生, 卫生监督所, 食品药品监管, 盐业,
# 物价局, 人影和防雷, 调查队, 作家协会, 机关幼儿园, 村两委, 社区居委会, 老区促进会, 水库移民,
# 农广校, 公证处, 烟草; 2003-2010 and 十一五 reviews, 十五五 and 2026 plans; masks, full-width
# and spaced digits, a wrap), labelled before any run. Main 6db9ccb scored recall 1.000, role 0.970,
# metric 0.985, metric_exact 0.744, precision 1.000, qualifier 1.000. The role classes it
# showed: a start named with its year (由2025年的54.6%提高到62%), a stock word before a change
# to a new level (由现有的18个增加到25个), 今年 before 明年 in a plan (this year's result), a
# forecast opening its clause carried to the clauses after it (forecast_carried), a completion
# rate pledged (pledged_rate), a pledge by a deadline after the count (deadline_after): role
# 1.000, metric 0.990. Left (metric names, not roles): verbs kept before their objects after
# a body or a scope word (全年累计办结, 圆满承办, 出圃, 编印, 协调落实, 发放), 下步将督促 and
# 计划于 left in a name, 占比 kept after a noun (the files disagree), 人均 after a name.
FLOORS["heldout_meaning_lex17.jsonl"] = (
    {
        "recall": 1.0,
        "role": 1.0,
        "metric": 0.98,
        "metric_exact": 0.74,
        "precision": 1.0,
        "qualifier": 1.0,
    },
    199,
)
# The second blind file of round 17 (30 sentences, 86 figures and one optional: 老年大学,
# 特殊教育学校, 教师进修学校, 灌区, 供热公司, 公路管理段, 农机监理, 畜牧兽医站, 城管执法, 环卫处,
# 非遗保护中心, 经普办, 文化站, 旅游景区, 新能源; 2008 and 十一五 reviews, 2026 and 2030 plans; a
# mask, spaced and full-width digits), written after the round's role classes and labelled
# before any run. Its first run on this branch (the honest figure): recall 1.000, role 0.977,
# metric 0.965, metric_exact 0.744, precision 1.000, qualifier 1.000 (6db9ccb: role 0.919,
# metric_exact 0.733). 新增 after a base that is a period of its own (较上个采暖季新增) and words
# between 年初 and the verb that set a figure (年初向社会公开承诺的15件) gave role 1.000, metric
# 0.977. Left: a share's name after a pause (，占电力总装机比重超过60%: the whole named, not the
# part before), a pledge's time left in a name (在明年6月底前完成剩余23公里道路).
FLOORS["heldout_meaning_lex17b.jsonl"] = (
    {
        "recall": 1.0,
        "role": 1.0,
        "metric": 0.97,
        "metric_exact": 0.74,
        "precision": 1.0,
        "qualifier": 1.0,
    },
    86,
)

# exact24's blind files of metric names (round 24), labelled before any run: lex18 (49
# sentences, 148 figures) and lex18b (27, 67), first runs on 6db9ccb metric 0.939 / 0.896,
# metric_exact 0.662 / 0.522. Merged with print_space_in_name only (exact24's
# effort_before_deed and area_before_deed were left out: a second reader found 23 readings
# worse than main's, honours' names and nouns that open with a verb cut): 0.703 / 0.612.
# exact25 read who worked, how hard and where before the deed by their shape (effort_before_deed,
# area_before_deed, together_before_deed): 0.811 / 0.746.
FLOORS["heldout_meaning_lex18.jsonl"] = (
    {"recall": 1.0, "role": 0.99, "metric": 0.97, "metric_exact": 0.81, "precision": 1.0},
    148,
)
FLOORS["heldout_meaning_lex18b.jsonl"] = (
    {"recall": 1.0, "role": 1.0, "metric": 0.98, "metric_exact": 0.74, "precision": 1.0},
    67,
)
# exact25's blind files of metric names (round 25), labelled before any run: lex19 (44
# sentences, 133 figures: 司法行政, 林草, 自然资源, 统计, 退役军人, 医保, 数据局, 政务服务, 国资,
# 港航, 民宗, 侨联, 台办, 团委, 文联; names opened by a verb or a word of effort beside the deed
# and the effort), on main 4d6dac4 recall 0.992, role 0.977, metric 1.000, metric_exact 0.803,
# after the round's rules 0.894; lex19b (25 sentences, 70 figures, other bodies), written
# before the rules were run on anything and first scored after them: main 0.743, this round
# 0.871 (role 0.986 both). Left (each read so on main too): a body with no scope word before
# its deed (人民调解委员会受理, 仲裁院立案受理, 城投公司实施), unlisted verbs (供应, 巡查 filed vn,
# 收发处理, 联系服务, 新批), a verb that opens a name after its deed (参与志愿服务青年, 参加新农保
# 人数, 参与企业 cut to 企业), the three roles of one 2025 sentence of a plan's words
# (压缩至: meaning25's).
FLOORS["heldout_meaning_lex19.jsonl"] = (
    {"recall": 0.99, "role": 0.97, "metric": 1.0, "metric_exact": 0.89, "precision": 1.0},
    133,
)
FLOORS["heldout_meaning_lex19b.jsonl"] = (
    {"recall": 1.0, "role": 0.98, "metric": 1.0, "metric_exact": 0.87, "precision": 1.0},
    70,
)

# meaning25's blind files of roles (round 25), labelled before any run: lex20 (67 sentences,
# 145 figures: pledges before and after the figure in wordings no list holds, carried
# forecasts and their stops, counts described as existing with a deadline after, last year's
# figures in a plan, rates of completion as results and as targets; 审计, 机要, 保密, 编办,
# 老干部局, 贸促会, 红十字会, 总工会, 交警, 水利站, 街道办, 计生 2007-2008, 盐务 2010, 蚕桑
# 2011, 台办, 十五五): main 4d6dac4 role 0.812; after the pledge by its shape (role_cues'
# pledge block, time_ahead) 0.979. Left: 年初计划维修…14座 (计划 before a verb no list holds),
# 超额完成2座 (a beat with no task word), 年内再建成…38公里，确保11月底前通车 (a deed, then the
# pledge in the next clause). lex20b (27 sentences, 48 figures, other bodies, written after
# the fixes): first run role 0.979 (main 0.604); a growth under a time ahead and a pledge of
# its own (今后两年，…计划把…再降低5%) then 1.000. review25's second round (a time ahead opens
# a plan only with a comma after it) took lex20 to 0.972 (明年县计生协会拟为500户…: no comma).
FLOORS["heldout_meaning_lex20.jsonl"] = (
    {"recall": 0.99, "role": 0.97, "metric": 0.90, "metric_exact": 0.59, "precision": 0.99},
    145,
)
FLOORS["heldout_meaning_lex20b.jsonl"] = (
    {"recall": 1.0, "role": 1.0, "metric": 0.93, "metric_exact": 0.70, "precision": 1.0},
    48,
)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_heldout_file_keeps_its_floor(name: str) -> None:
    floors, figures = FLOORS[name]
    path = heldout.DEFAULT.with_name(name)
    lines = path.read_text(encoding="utf-8").splitlines()
    result = heldout.score([json.loads(line) for line in lines if line.strip()])
    assert result["figures"] >= figures
    for field, floor in floors.items():
        assert result[field] >= floor, (field, result)


def test_metric_match_follows_the_gold_rule() -> None:
    assert heldout.metric_ok("城镇新增就业人数", "新增就业")
    assert heldout.metric_ok("就业", "城镇新增就业")
    assert not heldout.metric_ok("业", "城镇新增就业")
    assert not heldout.metric_ok(None, "就业")
