package io.stepwise.service.api;

/**
 * The error shape names that Stepwise itself produces outside any one operation. The names are
 * AWS's: SDKs map them to their exception classes.
 */
public final class ErrorTypes {

  public static final String VALIDATION_EXCEPTION = "ValidationException";
  public static final String INVALID_ARN = "InvalidArn";
  public static final String INVALID_NAME = "InvalidName";
  public static final String SERIALIZATION_EXCEPTION = "SerializationException";
  public static final String UNKNOWN_OPERATION = "UnknownOperationException";
  public static final String INTERNAL_FAILURE = "InternalFailure";
  public static final String MISSING_AUTHENTICATION_TOKEN = "MissingAuthenticationTokenException";
  public static final String UNRECOGNIZED_CLIENT = "UnrecognizedClientException";
  public static final String INVALID_SIGNATURE = "InvalidSignatureException";
  public static final String INCOMPLETE_SIGNATURE = "IncompleteSignatureException";
  public static final String REQUEST_TOO_LARGE = "RequestEntityTooLargeException";

  private ErrorTypes() {}
}
