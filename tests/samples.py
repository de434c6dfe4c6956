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
