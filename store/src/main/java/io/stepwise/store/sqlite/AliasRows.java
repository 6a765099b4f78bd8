package io.stepwise.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stepwise.store.AliasRecord;
import io.stepwise.store.AliasRoute;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The {@code aliases} table; the routing configuration is a JSON array in AWS's shape. */
final class AliasRows {
  static final String COLUMNS =
      "seq, arn, state_machine_arn, name, description, routing, creation_date, update_date";
  private static final ObjectMapper JSON = new ObjectMapper();

  private AliasRows() {}

  /** Binds arn, machine, name, description, routing, creation and update date as 1 to 7. */
  static void bind(PreparedStatement statement, AliasRecord alias) throws SQLException {
    statement.setString(1, alias.arn());
    statement.setString(2, alias.stateMachineArn());
    statement.setString(3, alias.name());
    statement.setString(4, alias.description());
    statement.setString(5, routing(alias.routing()));
    statement.setLong(6, alias.creationDate());
    Sql.setLong(statement, 7, alias.updateDate());
  }

  static AliasRecord read(ResultSet row) throws SQLException {
    return new AliasRecord(
        row.getString("arn"),
        row.getString("state_machine_arn"),
        row.getString("name"),
        row.getString("description"),
        routing(row.getString("routing")),
        row.getLong("creation_date"),
        Sql.getLong(row, "update_date"));
  }

  private static String routing(List<AliasRoute> routes) {
    ArrayNode array = JSON.createArrayNode();
    for (AliasRoute route : routes) {
      array
          .addObject()
          .put("stateMachineVersionArn", route.versionArn())
          .put("weight", route.weight());
    }
    return array.toString();
  }

  private static List<AliasRoute> routing(String text) {
    try {
      List<AliasRoute> routes = new ArrayList<>();
      for (JsonNode route : JSON.readTree(text)) {
        routes.add(
            new AliasRoute(
                route.get("stateMachineVersionArn").asText(), route.get("weight").asInt()));
      }
      return routes;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Expected a stored routing configuration, but got " + text, e);
    }
  }
}
