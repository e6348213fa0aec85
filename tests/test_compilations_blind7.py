"""Documents of compilations written blind, seventh set (tests/data/compilations_blind7):
reports each opened by 附件N, separated by rules of dashes, with their year in brackets or on
the line below their organisation; a 人大/政协/法院/检察院 compilation; 述职 and 述责述廉
reports; topic titles (a county's plan, a library's service, a slogan before the body); a
title of its kind alone with its organisation's full name on the line below; reports numbered
一、二、三、 in their compilation. Labelled from ../shared/gold/README.md (kind too) before the
tool was run on them (scored with sets 2-6 in tests/test_compilations_blind2.py).

First run (on 5cf1114): documents 18 of 24, none extra; department 0.833, level 1.000,
summary_year 1.000, plan_year 1.000, kind 1.000.
"""
