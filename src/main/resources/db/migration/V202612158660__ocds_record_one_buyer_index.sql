-- ocds_record_buyer_ix (buyer_slug) is the leading column of ocds_record_buyer_updated_ix (buyer_slug, updated_at),
-- which serves every look-up by buyer as well: an import paid for the second index on each new record for nothing
-- (docs/adr/0086).
DROP INDEX ocds_record_buyer_ix;
