"""The built-in rules: one module per rule, each a pluggy plugin registered under its code.

Adding a rule: write its module here, add its name below, and add its case file
under ``tests/rules/cases/``.
"""

BUILTIN_RULES = (
    # S structure
    "parse_problem",
    "section_missing",
    "section_order",
    "section_title",
    "heading_numbering",
    "heading_separator",
    "title_incomplete",
    # D dates
    "signature_date_missing",
    "date_empty",
    "date_invalid",
    "date_window",
    "date_under_title",
    # T tables
    # P numbers in prose
    # W wording
    "unfinished_sentence",
    "template_placeholder",
    # L layout
)
