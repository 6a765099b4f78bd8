-- The events that the engine folds but that stay out of an execution's own history (those of the
-- child executions of a distributed Map state, and MapRunUpdated), in the order they were
-- committed, each with the id of the execution's own event it followed: a replay merges them.
CREATE TABLE journal (
  execution_seq INTEGER NOT NULL,
  position INTEGER NOT NULL,
  after_event_id INTEGER NOT NULL,
  body BLOB NOT NULL,
  PRIMARY KEY (execution_seq, position)
) WITHOUT ROWID;
