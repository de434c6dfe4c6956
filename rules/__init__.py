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
    "heading_number_lost",
    "title_incomplete",
    "wrong_template",
    "title_repeated",
    "intro_part_names",
    "report_cut_off",
    "cover_letter",
    "old_outline_part_missing",
    "fee_report_missing",
    # D dates
    "signature_date_missing",
    "date_empty",
    "date_invalid",
    "date_window",
    "date_under_title",
    "date_range_reversed",
    "statistics_period",
    # T tables
    "table_unrecognised",
    "table3_row_total",
    "table3_column_balance",
    "table3_outcome_total",
    "table3_group_total",
    "table3_blank_total",
    "table4_total",
    "table_negative_value",
    "table_rules_power",
    "statistics_partition",
    "table_empty_cell",
    "table_row_width",
    "table_row_unlabelled",
    "table_non_numeric",
    "table_row_label",
    # P numbers in prose
    "prose_breakdown_sum",
    "prose_percent_over",
    "prose_part_count",
    "prose_table_mismatch",
    "prose_denies_table",
    # W wording
    "unfinished_sentence",
    "template_placeholder",
    "word_confusion",
    "doubled_word",
    "superfluous_de",
    "wrong_level_term",
    "report_self_reference",
    "truncated_agency_name",
    "contact_without_name",
    "you_for_you",
    "year_without_nian",
    "title_truncated",
    # L layout
    "converter_artifact",
    "space_in_word",
    "halfwidth_punctuation",
    "broken_paragraph",
    "missing_full_stop",
    "unclosed_bracket",
    "heading_runs_into_body",
    "number_unit_spacing",
    # X across reports
    "carry_over_across_years",
)
