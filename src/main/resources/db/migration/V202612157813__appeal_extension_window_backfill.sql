-- Appeals that entered compliance before V202612157200 have no extension_ask_due, so the window to ask for a
-- compliance extension (LGTAIP 2025 art. 191 ¶3: within the first days of the compliance term) was never checked
-- for them. The day is counted in business days on the guarantor authority's calendar, which SQL cannot apply: this
-- marks them, and at start-up AppealService.backfillExtensionWindows computes it by the rule the code uses (from
-- compliance_from, else the day after the notification or the resolution; art. 128, 156), writes each to the
-- ledger and clears the mark (ADR 0026). No past step changes.
ALTER TABLE appeal ADD COLUMN extension_window_pending BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE appeal SET extension_window_pending = TRUE WHERE compliance_due IS NOT NULL AND extension_ask_due IS NULL;
