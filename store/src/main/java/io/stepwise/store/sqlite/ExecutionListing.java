package io.stepwise.store.sqlite;

import io.stepwise.store.ExecutionQuery;
import io.stepwise.store.ExecutionRecord;
import io.stepwise.store.Page;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** ListExecutions in SQL: one condition per filter of the query, newest first. */
final class ExecutionListing {

  private ExecutionListing() {}

  static Page<ExecutionRecord> page(SqlSession session, ExecutionQuery query) throws SQLException {
    StringBuilder select =
        new StringBuilder("SELECT ").append(ExecutionRows.COLUMNS).append(" FROM executions");
    select.append(" WHERE 1 = 1");
    List<Object> parameters = new ArrayList<>();
    if (query.stateMachineArn() != null) {
      select.append(" AND state_machine_arn = ?");
      parameters.add(query.stateMachineArn());
    }
    if (query.qualifierArn() != null) {
      select.append(" AND (version_arn = ? OR alias_arn = ?)");
      parameters.add(query.qualifierArn());
      parameters.add(query.qualifierArn());
    }
    if (query.status() != null) {
      select.append(" AND status = ?");
      parameters.add(query.status().name());
    }
    if (query.redriven() != null) {
      select.append(query.redriven() ? " AND redrive_count > 0" : " AND redrive_count = 0");
    }
    if (query.nameContains() != null) {
      // instr rather than LIKE, so that % and _ in the searched text are plain characters.
      select.append(" AND instr(lower(name), lower(?)) > 0");
      parameters.add(query.nameContains());
    }
    return Pages.page(
        session,
        select.toString(),
        parameters,
        true,
        query.limit(),
        query.cursor(),
        ExecutionRows::read);
  }
}
