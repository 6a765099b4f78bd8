package io.stepwise.tasks.services;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where each service's calls go, set as AWS's SDKs read it: {@code AWS_ENDPOINT_URL_<SERVICE>} (for
 * example {@code AWS_ENDPOINT_URL_SQS}) for one service, {@code AWS_ENDPOINT_URL} for every
 * service, and explicit settings ({@code --aws-endpoint sqs=URL}) over both. A service with none is
 * not called: its tasks fail, naming the setting to use.
 */
public final class ServiceEndpoints {
  private final Map<String, URI> byEndpointId;
  private final Optional<URI> fallback;

  private ServiceEndpoints(Map<String, URI> byEndpointId, Optional<URI> fallback) {
    this.byEndpointId = Map.copyOf(byEndpointId);
    this.fallback = fallback;
  }

  public static ServiceEndpoints none() {
    return new ServiceEndpoints(Map.of(), Optional.empty());
  }

  /** The endpoints of the SDKs' environment variables. */
  public static ServiceEndpoints fromEnvironment(Map<String, String> environment) {
    Map<String, URI> endpoints = new HashMap<>();
    String prefix = "AWS_ENDPOINT_URL_";
    environment.forEach(
        (name, value) -> {
          if (name.startsWith(prefix) && !value.isBlank()) {
            endpoints.put(name.substring(prefix.length()), URI.create(value.strip()));
          }
        });
    Optional<URI> all =
        Optional.ofNullable(environment.get("AWS_ENDPOINT_URL"))
            .filter(value -> !value.isBlank())
            .map(value -> URI.create(value.strip()));
    return new ServiceEndpoints(endpoints, all);
  }

  /**
   * These endpoints with {@code service} (an {@code aws-sdk} name such as {@code sqs}, or an
   * endpoint id such as {@code SECRETS_MANAGER}) sent to {@code endpoint}.
   */
  public ServiceEndpoints with(String service, URI endpoint) {
    Map<String, URI> endpoints = new HashMap<>(byEndpointId);
    String id =
        AwsServices.bySdkName(service.toLowerCase(Locale.ROOT))
            .map(AwsService::endpointId)
            .orElse(service.toUpperCase(Locale.ROOT));
    endpoints.put(id, endpoint);
    return new ServiceEndpoints(endpoints, fallback);
  }

  /** The endpoint of the service with {@code endpointId}, if one is set. */
  public Optional<URI> of(String endpointId) {
    return Optional.ofNullable(byEndpointId.get(endpointId)).or(() -> fallback);
  }

  /** What a user sets to give the service an endpoint, for error messages. */
  public static String setting(String endpointId, String sdkName) {
    return "AWS_ENDPOINT_URL_" + endpointId + " (or --aws-endpoint " + sdkName + "=URL)";
  }
}
