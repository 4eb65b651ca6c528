-- Offer validity becomes calendar days of the CPTS. Existing rows were the start (00:00:00) and the end
-- (23:59:59) of the typed day in UTC: the date part is the day staff entered.
ALTER TABLE "Offer" ALTER COLUMN "validFrom" SET DATA TYPE DATE USING "validFrom"::date,
ALTER COLUMN "validUntil" SET DATA TYPE DATE USING "validUntil"::date;
