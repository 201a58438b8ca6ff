-- organization_id and group_id on members and coverages (and subscriber_id on coverages) are copies
-- of the group's and the family's, written together with the row they copy; their foreign keys
-- checked nothing the other keys do not (member_id → members → groups → organizations), yet cost a
-- lookup per row — the largest part of a 100,000-family census import. The keys that a client's
-- input reaches (member, plan, coverage period, subscriber of a dependent) stay.
ALTER TABLE coverages DROP CONSTRAINT coverages_organization_id_fkey;
ALTER TABLE coverages DROP CONSTRAINT coverages_group_id_fkey;
ALTER TABLE coverages DROP CONSTRAINT coverages_subscriber_id_fkey;
ALTER TABLE members DROP CONSTRAINT members_organization_id_fkey;
ALTER TABLE members DROP CONSTRAINT members_group_id_fkey;
