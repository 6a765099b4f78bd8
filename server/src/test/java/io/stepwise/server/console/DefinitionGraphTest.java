package io.stepwise.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class DefinitionGraphTest {

  static final String NESTED =
      """
      {"StartAt":"Fan","States":{
        "Fan":{"Type":"Parallel","Next":"Each","Branches":[
          {"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}},
          {"StartAt":"B","States":{"B":{"Type":"Wait","Seconds":1,"Next":"B2"},
                                   "B2":{"Type":"Succeed"}}}],
          "Retry":[{"ErrorEquals":["States.Timeout","Boom"]}],
          "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Oops"}]},
        "Each":{"Type":"Map","End":true,"ItemProcessor":{"StartAt":"Item","States":{
          "Item":{"Type":"Pass","End":true}}}},
        "Oops":{"Type":"Fail","Error":"E"}}}""";

  @Test
  void laysParallelBranchesAndMapProcessorsOutAsNestedGroupsJoinedByTheirOwnNodes() {
    ObjectNode graph = ConsoleQueries.graph(NESTED);

    assertThat(texts(graph.path("groups"), "id", "parent"))
        .containsExactly(
            "group:Fan in null",
            "group:Fan#1 in group:Fan",
            "group:Fan#2 in group:Fan",
            "group:Each in null");
    assertThat(texts(graph.path("nodes"), "id", "group"))
        .contains(
            "Fan in group:Fan",
            "Fan#join in group:Fan",
            "A in group:Fan#1",
            "B2 in group:Fan#2",
            "Each in group:Each",
            "Item in group:Each",
            "Oops in null");
    assertThat(edges(graph))
        .contains(
            "Fan->A branch",
            "Fan->B branch",
            "A->Fan#join end",
            "B->B2 next",
            "B2->Fan#join end",
            "Fan#join->Fan retry States.Timeout, Boom",
            "Fan#join->Oops catch States.ALL",
            "Fan#join->Each next",
            "Each->Item branch",
            "Item->Each#join end",
            "Each#join->#end end",
            "Oops->#end end");
  }

  @Test
  void labelsChoiceRulesWithTheirComparisonsAndConditions() {
    ObjectNode graph =
        ConsoleQueries.graph(
            """
            {"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[
              {"And":[{"Variable":"$.n","NumericGreaterThanPath":"$.min"},
                      {"Not":{"Variable":"$.s","IsPresent":true}}],"Next":"Y"}],
              "Default":"N"},
              "Y":{"Type":"Succeed"},"N":{"Type":"Succeed"}}}""");

    assertThat(edges(graph))
        .contains(
            "C->Y choice ($.n NumericGreaterThanPath $.min) and (not ($.s IsPresent true))",
            "C->N default Default");
  }

  @Test
  void hasNoGraphForADefinitionThatDoesNotParse() {
    assertThat(ConsoleQueries.graph("{\"StartAt\":")).isNull();
  }

  /** The edges as {@code from->to kind label} lines. */
  static List<String> edges(JsonNode graph) {
    return StreamSupport.stream(graph.path("edges").spliterator(), false)
        .map(
            e ->
                e.path("from").asText()
                    + "->"
                    + e.path("to").asText()
                    + " "
                    + e.path("kind").asText()
                    + (e.path("label").isNull() ? "" : " " + e.path("label").asText()))
        .toList();
  }

  private static List<String> texts(JsonNode array, String field, String parent) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> n.path(field).asText() + " in " + n.path(parent).asText())
        .toList();
  }
}
