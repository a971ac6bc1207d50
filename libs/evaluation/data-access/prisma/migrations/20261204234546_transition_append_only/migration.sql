-- Hand-written migration: SQL that schema.prisma cannot express.
-- EvaluationTransition is the audit trail of the evaluator workflow, so its rows are only ever
-- inserted. This trigger rejects UPDATE and DELETE. DROP SCHEMA … CASCADE and TRUNCATE do not fire
-- row triggers and still remove the rows.
CREATE FUNCTION "reject_transition_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'EvaluationTransition rows are append-only, so % is not allowed.', TG_OP;
END;
$$;

CREATE TRIGGER "EvaluationTransition_append_only"
  BEFORE UPDATE OR DELETE ON "EvaluationTransition"
  FOR EACH ROW EXECUTE FUNCTION "reject_transition_change"();
