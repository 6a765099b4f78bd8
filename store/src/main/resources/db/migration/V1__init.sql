-- The first schema of the Stepwise store. Each statement ends with a semicolon at the end of a
-- line; the migration runner splits on those.

CREATE TABLE state_machines (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  arn TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  definition TEXT NOT NULL,
  role_arn TEXT NOT NULL,
  logging_configuration TEXT,
  tracing_enabled INTEGER NOT NULL,
  encryption_configuration TEXT,
  description TEXT,
  creation_date INTEGER NOT NULL,
  revision_id TEXT NOT NULL,
  status TEXT NOT NULL,
  last_version INTEGER NOT NULL DEFAULT 0
);

-- Every definition a machine has had, by revision: executions run the revision they started with.
CREATE TABLE definitions (
  state_machine_arn TEXT NOT NULL,
  revision_id TEXT NOT NULL,
  definition TEXT NOT NULL,
  PRIMARY KEY (state_machine_arn, revision_id)
) WITHOUT ROWID;

CREATE TABLE versions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  arn TEXT NOT NULL UNIQUE,
  number INTEGER NOT NULL,
  version_description TEXT,
  version_creation_date INTEGER NOT NULL,
  state_machine_arn TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  definition TEXT NOT NULL,
  role_arn TEXT NOT NULL,
  logging_configuration TEXT,
  tracing_enabled INTEGER NOT NULL,
  encryption_configuration TEXT,
  description TEXT,
  creation_date INTEGER NOT NULL,
  revision_id TEXT NOT NULL,
  status TEXT NOT NULL
);
CREATE INDEX versions_by_machine ON versions (state_machine_arn, seq);

CREATE TABLE aliases (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  arn TEXT NOT NULL UNIQUE,
  state_machine_arn TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT,
  routing TEXT NOT NULL,
  creation_date INTEGER NOT NULL,
  update_date INTEGER
);
CREATE INDEX aliases_by_machine ON aliases (state_machine_arn, seq);

CREATE TABLE activities (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  arn TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  encryption_configuration TEXT,
  creation_date INTEGER NOT NULL
);

CREATE TABLE tags (
  resource_arn TEXT NOT NULL,
  tag_key TEXT NOT NULL,
  tag_value TEXT NOT NULL,
  PRIMARY KEY (resource_arn, tag_key)
) WITHOUT ROWID;

CREATE TABLE executions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  arn TEXT NOT NULL UNIQUE,
  state_machine_arn TEXT NOT NULL,
  version_arn TEXT,
  alias_arn TEXT,
  revision_id TEXT NOT NULL,
  name TEXT NOT NULL,
  status TEXT NOT NULL,
  start_date INTEGER NOT NULL,
  stop_date INTEGER,
  input TEXT NOT NULL,
  output TEXT,
  error TEXT,
  cause TEXT,
  redrive_count INTEGER NOT NULL,
  redrive_date INTEGER,
  map_run_arn TEXT,
  UNIQUE (state_machine_arn, name)
);
CREATE INDEX executions_by_machine ON executions (state_machine_arn, seq);
CREATE INDEX executions_by_status ON executions (status, seq);
CREATE INDEX executions_by_map_run ON executions (map_run_arn, seq) WHERE map_run_arn IS NOT NULL;

CREATE TABLE history (
  execution_seq INTEGER NOT NULL,
  event_id INTEGER NOT NULL,
  body BLOB NOT NULL,
  PRIMARY KEY (execution_seq, event_id)
) WITHOUT ROWID;

CREATE TABLE timers (
  execution_arn TEXT NOT NULL,
  timer_id INTEGER NOT NULL,
  due_time INTEGER NOT NULL,
  PRIMARY KEY (execution_arn, timer_id)
) WITHOUT ROWID;
CREATE INDEX timers_by_due ON timers (due_time, execution_arn, timer_id);

CREATE TABLE pending_tasks (
  execution_arn TEXT NOT NULL,
  token INTEGER NOT NULL,
  resource TEXT NOT NULL,
  parameters TEXT NOT NULL,
  task_token TEXT UNIQUE,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (execution_arn, token)
) WITHOUT ROWID;
CREATE INDEX pending_tasks_by_age ON pending_tasks (created_at, execution_arn, token);
