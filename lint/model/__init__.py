"""The model layer: what a report says, read once and shared by the rules.

The outline and the official format in force (``outline``, ``standard``), the
reporting agency (``agency``), the standard tables (``tables``), the counts, dates,
totals and claims that running text states, sentences and paired punctuation, and
the proofreader's language data (``proofread``).  Built on :mod:`govlint.syntax`.
"""
