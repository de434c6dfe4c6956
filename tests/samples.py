"""Synthetic reports for the integration tests (formats, configuration, baselines,
pre-commit).  Invented text: no real report is copied into the project."""

from __future__ import annotations

CLEAN = """青川市农业农村局
2021年政府信息公开工作年度报告
一、总体情况
全年工作平稳。
二、主动公开政府信息情况
详见门户网站。
三、收到和处理政府信息公开申请情况
本年度未收到申请。
四、政府信息公开行政复议、行政诉讼情况
无。
五、存在的主要问题及改进情况
公开形式还不够丰富。
六、其他需要报告的事项
本年度未收取信息处理费。
青川市农业农村局
2022年1月20日
"""

# table 三 filled in and consistent (rows add up, 三(七) is the sum of its items)
TABLE_THREE = """三、收到和处理政府信息公开申请情况
\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计
\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t
一、本年新收政府信息公开申请数量\t\t\t3\t0\t0\t0\t0\t0\t3
二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0
三、本年度办理结果\t（一）予以公开\t\t2\t0\t0\t0\t0\t0\t2
\t（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1
\t（七）总计\t\t3\t0\t0\t0\t0\t0\t3
四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0
"""
WITH_TABLE_THREE = CLEAN.replace("三、收到和处理政府信息公开申请情况\n", TABLE_THREE)

# three findings: W102 (error) line 6, S105 (info) line 9, W101 (error) line 12
DEFECTIVE = (CLEAN.replace("详见门户网站。", "详见XX网站。")
             .replace("四、政府信息公开行政复议", "四．政府信息公开行政复议")
             .replace("公开形式还不够丰富。", "规范信息发布，增强。"))

# one finding: W101 (error) on line 12
UNFINISHED = CLEAN.replace("公开形式还不够丰富。", "规范信息发布，增强。")

# The rules the integration tests look at.  Test repositories carry this configuration so
# that rules added later (which may well fire on the samples) do not change what they check.
CODES = ("W102", "S105", "W101")
PINNED_CONFIG = 'select = ["W101", "W102", "S105"]\n'
