-- One person, one seat: a member who came from an installation request (Membership."requestId") is the
-- same person as that newcomer. The unique indexes already give one row per member and per request for an
-- event. This trigger refuses an active registration of one identity while the other one holds an active
-- registration for the same event, whichever way the person registered.
--
-- The migration runner (the pg driver adapter) splits scripts on every semicolon, even inside a function
-- body: the body is therefore an escaped string where \073 stands for each semicolon.
CREATE FUNCTION "EventRegistration_one_person"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NEW."status" = \'CANCELLED\' THEN
    RETURN NEW\073
  END IF\073
  -- Two transactions registering both identities at once would each miss the other: serialise per event.
  PERFORM pg_advisory_xact_lock(hashtext(\'EventRegistration_one_person\'), hashtext(NEW."eventId"))\073
  IF EXISTS (
    SELECT 1
    FROM "EventRegistration" r
    LEFT JOIN "Membership" rm ON rm."id" = r."membershipId"
    WHERE r."eventId" = NEW."eventId"
      AND r."id" <> NEW."id"
      AND r."status" <> \'CANCELLED\'
      AND (
        (r."requestId" IS NOT NULL
          AND r."requestId" = (SELECT m."requestId" FROM "Membership" m WHERE m."id" = NEW."membershipId"))
        OR (NEW."requestId" IS NOT NULL AND rm."requestId" = NEW."requestId")
      )
  ) THEN
    RAISE EXCEPTION \'This person already has an active registration for this event\'
      USING ERRCODE = \'unique_violation\', CONSTRAINT = \'EventRegistration_one_person\'\073
  END IF\073
  RETURN NEW\073
END
';

CREATE TRIGGER "EventRegistration_one_person"
  BEFORE INSERT OR UPDATE OF "status", "membershipId", "requestId" ON "EventRegistration"
  FOR EACH ROW EXECUTE FUNCTION "EventRegistration_one_person"();
