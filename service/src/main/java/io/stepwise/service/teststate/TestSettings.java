package io.stepwise.service.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a TestState request asks of the answer.
 *
 * @param stateName the tested state's name in the machine that runs it
 * @param inspectionLevel INFO, DEBUG or TRACE; DEBUG and TRACE show the data flow
 * @param input the state's input
 * @param variables the variables the state sees when it is entered
 * @param retrierRetryCount how many times the state's retrier has retried it already
 */
record TestSettings(
    String stateName,
    String inspectionLevel,
    JsonNode input,
    ObjectNode variables,
    int retrierRetryCount) {

  boolean inspects() {
    return !inspectionLevel.equals("INFO");
  }
}
