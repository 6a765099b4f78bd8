package io.stepwise.tasks.services;

/**
 * A service of AWS's query protocol (a form body, an XML answer), with its names as {@link
 * AwsService} has them for JSON services.
 */
record QueryService(
    String sdkName, String endpointId, String signingName, String version, String errorPrefix) {

  static final QueryService SNS = new QueryService("sns", "SNS", "sns", "2010-03-31", "SNS");
}
